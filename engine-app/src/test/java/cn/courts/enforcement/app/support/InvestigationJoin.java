package cn.courts.enforcement.app.support;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import java.util.List;

/**
 * The investigation's parallel join is asynchronous (an exclusive job per arriving branch, see
 * {@link EnforcementCaseProcess.Elements#INVESTIGATION_JOIN}). Tests run without the job executor; this executes
 * those jobs of one case as the job executor would.
 */
public final class InvestigationJoin {

    private InvestigationJoin() {
    }

    /** Executes the jobs of the branches waiting before the join; returns how many there were. */
    public static int execute(ManagementService managementService, String processInstanceId) {
        List<Job> arrivals = managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(EnforcementCaseProcess.Elements.INVESTIGATION_JOIN).list();
        arrivals.forEach(job -> managementService.executeJob(job.getId()));
        return arrivals.size();
    }
}
