package cn.courts.enforcement.app.supervision;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.model.supervision.rule.SupervisionOpinionPolicy;

/** The process contracts of {@code SupervisionProcess} (督办) and {@code DeadlineWatchProcess} (期限监控). */
public final class SupervisionProcess {

    public static final String KEY = "SupervisionProcess";
    public static final String WATCH_KEY = "DeadlineWatchProcess";
    public static final String TASK_SUPERVISE = "Task_Supervise";
    public static final String WATCH_START = "StartEvent_EveryQuarterHour";

    /** Variables of a supervision instance. */
    public static final class Variables {
        public static final String COURT_ID = CaseVariables.COURT_ID.name();
        public static final String CASE_ID = CaseVariables.CASE_ID.name();
        public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER.name();
        public static final String OVERDUE_NODE = "overdueNode";
        public static final String OVERDUE_TASK_ID = "overdueTaskId";
        public static final String JUDGE_ID = CaseVariables.JUDGE_ID.name();
        public static final String DUE_DATE = "overdueSince";
        /** Task_Supervise: the command centre's opinion (督办意见), checked by SupervisionGuards. */
        public static final String SUPERVISION_OPINION = SupervisionOpinionPolicy.FIELD;

        private Variables() {
        }
    }

    private SupervisionProcess() {
    }
}
