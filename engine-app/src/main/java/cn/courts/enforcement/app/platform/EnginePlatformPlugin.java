package cn.courts.enforcement.app.platform;

import cn.courts.enforcement.app.platform.guard.GuardParseListener;
import cn.courts.enforcement.app.platform.guard.GuardRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * The platform's engine settings that have no Spring Boot property: courts as tenants, case numbers in task names,
 * the guards on every task and process start, refusals logged as refusals. This plugin and {@code application.yaml}
 * are the only places that configure the engine (see docs/architecture.md, "Frozen engine").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnginePlatformPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<GuardRegistry> guards;

    EnginePlatformPlugin(ObjectProvider<GuardRegistry> guards) {
        this.guards = guards;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CourtTenantIdProvider());
        // tenant checks stay on: a court's users see only their court's data (admins see all)
        configuration.setTenantCheckEnabled(true);
        configuration.setCommandContextFactory(new QuietRefusalsCommandContextFactory(configuration));
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new CaseTaskNames());
        // the guards first: a refused completion runs none of the other built-in listeners
        configuration.getCustomPostBPMNParseListeners().add(new GuardParseListener(guards::getObject));
    }
}
