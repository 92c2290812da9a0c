package cn.courts.enforcement.app.listing;

/**
 * The process contract of {@code ListingReconsiderationProcess} (bpmn/ListingReconsiderationProcess.bpmn):
 * the debtor's reconsideration (复议) of a rejected correction, heard by the next higher court
 * (法释〔2017〕7号 第十二条). Started with {@code courtId} = the higher court, so the instance and its task
 * belong to that court's tenant and appear in its Tasklist only; business key = the case number.
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
        public static final String COURT_ID = "courtId";
        /** The court whose listing is reconsidered. */
        public static final String LISTING_COURT_ID = "listingCourtId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String LISTING_ID = "listingId";
        public static final String DEBTOR_NAMES = "debtorNames";
        /** ISO date the reconsideration was applied for. */
        public static final String APPLIED_ON = "appliedOn";
        public static final String LISTING_UPHELD = "listingUpheld";

        private Variables() {
        }
    }

    private ListingReconsiderationProcess() {
    }
}
