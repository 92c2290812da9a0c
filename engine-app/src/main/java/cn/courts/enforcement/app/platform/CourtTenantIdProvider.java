package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Puts every process instance into the tenant of its court. The models are deployed once, without a
 * tenant (shared definitions); each instance takes its court from the {@value ProcessVariables#COURT_ID}
 * variable it is started with, or from its super process instance. Tasks, jobs and history inherit the
 * instance's tenant, which is what keeps one court's judges from seeing another court's work.
 *
 * <p>An instance started without a court is refused: a case without a court would be visible to nobody
 * but the administrators.
 */
class CourtTenantIdProvider implements TenantIdProvider {

    /** Processes of the platform itself (no court): the deadline watch that serves every court. */
    static final java.util.Set<String> PLATFORM_PROCESSES = java.util.Set.of("DeadlineWatchProcess");

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null && ctx.getSuperExecution().getTenantId() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        VariableMap variables = ctx.getVariables();
        Object court = variables == null ? null : variables.get(ProcessVariables.COURT_ID);
        if (court instanceof String courtId && !courtId.isBlank()) {
            return courtId;
        }
        if (ctx.getProcessDefinition().getTenantId() != null) {
            return ctx.getProcessDefinition().getTenantId();
        }
        if (PLATFORM_PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
            return null;
        }
        throw new IllegalArgumentException("process instance of '" + ctx.getProcessDefinition().getKey()
                + "' started without the variable '" + ProcessVariables.COURT_ID + "': every case belongs to a court");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return ctx.getCaseDefinition().getTenantId();
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        if (execution != null) {
            return execution.getTenantId();
        }
        return ctx.getDecisionDefinition().getTenantId();
    }
}
