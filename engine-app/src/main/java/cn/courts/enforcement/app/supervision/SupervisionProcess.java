package cn.courts.enforcement.app.supervision;

/** The process contracts of {@code SupervisionProcess} (督办) and {@code DeadlineWatchProcess} (期限监控). */
public final class SupervisionProcess {

    public static final String KEY = "SupervisionProcess";
    public static final String WATCH_KEY = "DeadlineWatchProcess";
    public static final String TASK_SUPERVISE = "Task_Supervise";
    public static final String WATCH_START = "StartEvent_EveryQuarterHour";

    /** Variables of a supervision instance. */
    public static final class Variables {
        public static final String COURT_ID = "courtId";
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String OVERDUE_NODE = "overdueNode";
        public static final String OVERDUE_TASK_ID = "overdueTaskId";
        public static final String JUDGE_ID = "judgeId";
        public static final String DUE_DATE = "overdueSince";

        private Variables() {
        }
    }

    private SupervisionProcess() {
    }
}
