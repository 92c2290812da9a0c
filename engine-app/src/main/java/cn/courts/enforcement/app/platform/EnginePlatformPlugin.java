package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The platform's engine settings that have no Spring Boot property: courts as tenants, case numbers in
 * task names. This plugin and
 * {@code application.yaml} are the only places that configure the engine (see docs/architecture.md,
 * "Frozen engine").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnginePlatformPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CourtTenantIdProvider());
        // tenant checks stay on: a court's users see only their court's data (admins see all)
        configuration.setTenantCheckEnabled(true);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new CaseTaskNames());
        configuration.getCustomPostBPMNParseListeners().add(new cn.courts.enforcement.app.forms.CaseTaskForms());
    }
}
