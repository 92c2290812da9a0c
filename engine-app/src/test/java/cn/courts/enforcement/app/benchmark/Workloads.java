package cn.courts.enforcement.app.benchmark;

import cn.courts.enforcement.app.support.InvestigationJoin;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.networksearch.NetworkSearchTopic;
import cn.courts.enforcement.app.tasklist.MailPreferences;
import cn.courts.enforcement.app.web.CurrentUser;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.ASK_CREDITOR_FOR_LEADS;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.COMPLETE_INVESTIGATION;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.CONTROL_PROPERTY;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.DISBURSE_FUNDS;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.INTERVIEW_CREDITOR;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.SEARCH_DEBTOR_ON_SITE;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.FULLY_PAID;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.LEADS_PROVIDED;

/**
 * The three workloads, each one instance from start to end on the calling thread. All three look a task up
 * the same way before completing it (by process instance and task definition key, as a Tasklist opens a
 * task), so that the driver's own cost is the same in each.
 */
final class Workloads {

    /** Work done, counted as it completes. */
    static final class Counters {
        final LongAdder userTasks = new LongAdder();
        final LongAdder externalTasks = new LongAdder();
        final LongAdder instances = new LongAdder();
    }

    interface Workload {
        String name();

        /** Before each run of this workload (outside the measured time): e.g. the judges' mail preference. */
        default void prepare() {
        }

        /** Runs one instance to its end; {@code seq} picks court and judge. */
        void runOne(long seq, Counters counters);
    }

    /** The four judges of the benchmark. */
    static final List<String> JUDGES = List.of(Beans.FUTIAN.judge1(), Beans.FUTIAN.judge2(), Beans.LUOHU.judge1(),
            Beans.LUOHU.judge2());

    /**
     * Turns the assignment mail (the TasklistEnginePlugin mails the assignee of every user task of every
     * model, unless the user turned it off) on or off for the benchmark's judges.
     */
    static void assignmentMails(Beans beans, boolean on) {
        MailPreferences preferences = beans.context.getBean(MailPreferences.class);
        for (String judge : JUDGES) {
            preferences.set(judge, MailPreferences.Kind.ASSIGNMENT, on);
        }
    }

    /** The user tasks of the happy path, in order; both baselines have as many sequential user tasks. */
    static final List<String> BASELINE_TASKS = List.of("Task_1_Notice", "Task_2_AskForLeads", "Task_3_Interview",
            "Task_4_OnSiteSearch", "Task_5_CompleteInvestigation", "Task_6_ControlProperty", "Task_7_DisburseFunds");
    static final int USER_TASKS_PER_INSTANCE = 7;

    static final String PLAIN_KEY = "BenchmarkPlainProcess";
    static final String ASSIGNED_KEY = "BenchmarkAssignedProcess";
    static final String WORKER_ID = "benchmark-network-search";
    /** One deposit, as the network search reports it (EnforcementCaseProcessTests.DEPOSIT). */
    static final String DEPOSIT = """
            [{"kind":"DEPOSIT","description":"中国工商银行深圳分行 账户 6222****4821","holder":"中国工商银行","estimatedValue":131500.00}]""";

    private Workloads() {
    }

    private static void complete(Beans beans, String processInstanceId, String taskKey, Map<String, Object> variables,
                                 Counters counters) {
        Task task = beans.taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("instance " + processInstanceId + " is not waiting at " + taskKey);
        }
        if (variables == null) {
            beans.taskService.complete(task.getId());
        } else {
            beans.taskService.complete(task.getId(), variables);
        }
        counters.userTasks.increment();
    }

    /**
     * (a) The app: a case filed through {@link CaseFilingService} by its judge, driven down the main happy path:
     * notice, no leads, the network search answers one deposit (external task, as the network-search worker),
     * interview, on-site search, investigation complete, control, disbursement fully paid: closed as 执行完毕.
     * The judge's engine authentication is set as the court API and Tasklist set it (authorization and tenant
     * checks apply to every call). With {@code assignmentMails} the judges get the platform's mail on every task
     * assigned to them, as they do by default; without, they have turned it off (the app's cost without it).
     */
    static Workload app(Beans beans, boolean assignmentMails) {
        return new Workload() {
            @Override
            public String name() {
                return assignmentMails ? "app: enforcement case, happy path"
                        : "app, judges' assignment mails off";
            }

            @Override
            public void prepare() {
                assignmentMails(beans, assignmentMails);
            }

            @Override
            public void runOne(long seq, Counters counters) {
                Beans.CourtSpec court = Beans.court(seq);
                String judge = court.judge(seq);
                CurrentUser user = new CurrentUser(judge, List.of("judge"), List.of(court.id()));
                beans.authenticateAsJudge(judge, court);
                try {
                    String number = beans.nextCaseNumber(court, beans.clock.today());
                    CaseFilingService.FiledCase filed = beans.filing.file(
                            Beans.filingRequest(number, court, judge, beans.clock.today()), user);
                    String id = filed.processInstanceId();
                    complete(beans, id, ISSUE_EXECUTION_NOTICE, null, counters);
                    complete(beans, id, ASK_CREDITOR_FOR_LEADS, Map.of(LEADS_PROVIDED, false), counters);
                    answerNetworkSearch(number, counters);
                    beans.authenticateAsJudge(judge, court);
                    complete(beans, id, INTERVIEW_CREDITOR, null, counters);
                    complete(beans, id, SEARCH_DEBTOR_ON_SITE, null, counters);
                    // the asynchronous join's four jobs, executed as the job executor does: unauthenticated
                    beans.identityService.clearAuthentication();
                    InvestigationJoin.execute(beans.managementService, id);
                    beans.authenticateAsJudge(judge, court);
                    complete(beans, id, COMPLETE_INVESTIGATION, null, counters);
                    complete(beans, id, CONTROL_PROPERTY, null, counters);
                    complete(beans, id, DISBURSE_FUNDS, Map.of(FULLY_PAID, true), counters);
                    counters.instances.increment();
                } finally {
                    beans.identityService.clearAuthentication();
                }
            }

            /** As the network-search worker (its account serves every court) would over /engine-rest. */
            private void answerNetworkSearch(String caseNumber, Counters counters) {
                beans.identityService.setAuthentication(NetworkSearchTopic.WORKER_USER_ID,
                        List.of(NetworkSearchTopic.WORKER_GROUP_ID), List.of(Beans.FUTIAN.id(), Beans.LUOHU.id()));
                List<LockedExternalTask> locked = beans.externalTaskService.fetchAndLock(1, WORKER_ID)
                        .topic(NetworkSearchTopic.TOPIC, 60_000).businessKey(caseNumber).execute();
                if (locked.size() != 1) {
                    throw new IllegalStateException("no network search to answer for " + caseNumber);
                }
                beans.externalTaskService.complete(locked.get(0).getId(), WORKER_ID,
                        Map.of(NetworkSearchTopic.VARIABLE_FINDINGS, DEPOSIT));
                counters.externalTasks.increment();
            }
        };
    }

    /**
     * (b) The baseline: the raw engine, 7 sequential user tasks, no assignment, no listeners or delegates, no
     * engine authentication (so no authorization checks run). Started with the court variable only, because
     * the platform's tenant provider refuses instances without a court.
     */
    static Workload plainBaseline(Beans beans) {
        return new Workload() {
            @Override
            public String name() {
                return "baseline: 7 plain user tasks";
            }

            @Override
            public void runOne(long seq, Counters counters) {
                Beans.CourtSpec court = Beans.court(seq);
                ProcessInstance instance = beans.runtimeService.startProcessInstanceByKey(PLAIN_KEY,
                        Variables.createVariables().putValue("courtId", court.id()));
                for (String key : BASELINE_TASKS) {
                    complete(beans, instance.getId(), key, null, counters);
                }
                counters.instances.increment();
            }
        };
    }

    /**
     * (b') The baseline with the enforcement process's task assignment (assignee ${judgeId}, candidate group
     * judge), started and completed as the judge: the engine's share of the app's authorization model (identity
     * links, one authorization row per assignee and candidate group of every task, checked on every call). The
     * judges' assignment mails are off here, so that this is the engine's cost, not the mail's.
     */
    static Workload assignedBaseline(Beans beans) {
        return new Workload() {
            @Override
            public String name() {
                return "baseline: 7 user tasks, assigned, as judge";
            }

            @Override
            public void prepare() {
                assignmentMails(beans, false);
            }

            @Override
            public void runOne(long seq, Counters counters) {
                Beans.CourtSpec court = Beans.court(seq);
                String judge = court.judge(seq);
                beans.authenticateAsJudge(judge, court);
                try {
                    ProcessInstance instance = beans.runtimeService.startProcessInstanceByKey(ASSIGNED_KEY,
                            Variables.createVariables().putValue("courtId", court.id()).putValue("judgeId", judge));
                    for (String key : BASELINE_TASKS) {
                        complete(beans, instance.getId(), key, null, counters);
                    }
                    counters.instances.increment();
                } finally {
                    beans.identityService.clearAuthentication();
                }
            }
        };
    }
}
