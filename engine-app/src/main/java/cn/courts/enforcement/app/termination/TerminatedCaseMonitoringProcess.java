package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.ProcessVariable;

/**
 * The process contract of {@code TerminatedCaseMonitoringProcess} (bpmn/TerminatedCaseMonitoringProcess.bpmn), the
 * 终本 library: one instance per terminated case, business key = the case number, tenant = the court. Also the
 * contract with the dishonest-listing process ({@link ListingExit}). Its start rule is declared in
 * {@link TerminatedCaseMonitoringGuards}.
 */
public final class TerminatedCaseMonitoringProcess {

    public static final String KEY = "TerminatedCaseMonitoringProcess";

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_CaseEnteredLibrary";
        public static final String SCHEDULE_NEXT_SEARCH = "Task_ScheduleNextSearch";
        public static final String SEARCH_DUE = "TimerEvent_SearchDue";
        public static final String LIBRARY_NETWORK_SEARCH = "Task_LibraryNetworkSearch";
        public static final String RECORD_LIBRARY_SEARCH = "Task_RecordLibrarySearch";
        public static final String RESUME_CASE = "Task_ResumeCase";
        public static final String REQUEST_LISTING_EXIT = "Task_RequestListingExit";
        public static final String END_MONITORING = "Task_EndMonitoring";
        public static final String RESUME_ON_REQUEST = "Task_ResumeOnRequest";
        public static final String END_CASE_RESUMED = "EndEvent_CaseResumed";
        public static final String END_MONITORING_ENDED = "EndEvent_MonitoringEnded";
        public static final String END_RESUMED_ON_REQUEST = "EndEvent_ResumedOnRequest";

        private Elements() {
        }
    }

    /**
     * Variables: ids, the timer's date and decision flags, deliberately few (a province's library holds millions of
     * instances, each variable a row and, with full history, history rows); the terminated day and the rounds done are
     * in the library row.
     */
    public static final class Variables {
        public static final String COURT_ID = CaseVariables.COURT_ID.name();
        /** The terminated case ({@code enforcement_case.id}). */
        public static final String CASE_ID = CaseVariables.CASE_ID.name();
        /** The terminated case's number; also the network search's input (NetworkSearchTopic). */
        public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER.name();
        /** {@code terminated_case_library.id} */
        public static final String LIBRARY_ENTRY_ID = "libraryEntryId";
        /** When the timer fires: a Date. */
        public static final String NEXT_SEARCH_AT = "nextSearchAt";
        public static final String MONITORING_OVER = "monitoringOver";
        /** The network search's answer (NetworkSearchTopic.VARIABLE_FINDINGS). */
        public static final String SEARCH_FINDINGS = "searchFindings";
        public static final String ASSETS_FOUND = "assetsFound";
        public static final String LISTING_EXIT_DUE = "listingExitDue";
        /** Input of the resume tasks: a {@code TerminatedCaseEntry.ResumptionTrigger} name. */
        public static final String RESUMPTION_TRIGGER = "resumptionTrigger";
        /** Who asked to resume on the creditor's behalf (the judge's user id). */
        public static final String RESUMPTION_REQUESTED_BY = "resumptionRequestedBy";
        public static final String RESUMED_CASE_ID = "resumedCaseId";
        public static final String RESUMED_CASE_NUMBER = "resumedCaseNumber";

        private Variables() {
        }
    }

    /** The library entry, typed. */
    public static final ProcessVariable<Long> LIBRARY_ENTRY = ProcessVariable.id(Variables.LIBRARY_ENTRY_ID);

    /** Message names. */
    public static final class Messages {
        /** The creditor applies to resume (申请恢复执行), at any time. */
        public static final String RESUMPTION_REQUESTED = "ResumptionRequested";

        private Messages() {
        }
    }

    /**
     * The contract with the dishonest-listing process: after two fruitless library searches (法释〔2017〕7号 第十条第（四）项)
     * the message {@value #MESSAGE} is correlated, with the variable {@value #EXIT_REASON_VARIABLE} =
     * {@value #EXIT_REASON}, to every process instance of the court whose business key is the case number and which
     * waits for that message (the listing process's exit path). A case without a listing has none: that is recorded
     * and logged, not an error.
     */
    public static final class ListingExit {
        public static final String LISTING_PROCESS_KEY = "DishonestListingProcess";
        public static final String MESSAGE = "ListingExitRequested";
        public static final String EXIT_REASON_VARIABLE = "exitReason";
        public static final String EXIT_REASON = "TERMINATED_FRUITLESS_SEARCHES";

        private ListingExit() {
        }
    }

    private TerminatedCaseMonitoringProcess() {
    }
}
