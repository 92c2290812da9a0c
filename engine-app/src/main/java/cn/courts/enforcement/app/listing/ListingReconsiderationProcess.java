package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.ProcessVariable;

/**
 * The process contract of {@code ListingReconsiderationProcess} (bpmn/ListingReconsiderationProcess.bpmn):
 * the debtor's reconsideration (复议) of a rejected correction, heard by the next higher court
 * (法释〔2017〕7号 第十二条). Started with {@code courtId} = the higher court, so the instance and its task
 * belong to that court's tenant and appear in its Tasklist only; business key = the case number. Its rules are declared
 * in {@link ListingReconsiderationGuards}.
 */
public final class ListingReconsiderationProcess {

    public static final String KEY = "ListingReconsiderationProcess";

    public static final class Elements {
        public static final String DECIDE = "Task_DecideReconsideration";
        public static final String RECORD_DECISION = "Task_RecordReconsiderationDecision";
        public static final String END_UPHELD = "EndEvent_ListingUpheld";
        public static final String END_REVOKED = "EndEvent_ListingRevokedOnReconsideration";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The higher court hearing the reconsideration (the instance's tenant). */
        public static final String COURT_ID = CaseVariables.COURT_ID.name();
        /** The court whose listing is reconsidered. */
        public static final String LISTING_COURT_ID = "listingCourtId";
        public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER.name();
        public static final String LISTING_ID = "listingId";
        public static final String DEBTOR_NAMES = CaseVariables.DEBTOR_NAMES.name();
        /** ISO date the reconsideration was applied for. */
        public static final String APPLIED_ON = "appliedOn";
        public static final String LISTING_UPHELD = "listingUpheld";
        /** The reason of the decision, required (法释〔2017〕7号 第十二条). */
        public static final String DECISION_REASON = "decisionReason";

        private Variables() {
        }
    }

    /** The listing reconsidered, typed. */
    public static final ProcessVariable<Long> LISTING = ProcessVariable.id(Variables.LISTING_ID);
    /** The court whose listing is reconsidered, typed. */
    public static final ProcessVariable<String> LISTING_COURT = ProcessVariable.string(Variables.LISTING_COURT_ID);

    private ListingReconsiderationProcess() {
    }
}
