package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.ProcessVariable;

/**
 * The process contract of {@code DishonestListingProcess} (bpmn/DishonestListingProcess.bpmn): risk
 * notice, approval, publication and push, correction, exit. One instance per proposed debtor listing;
 * business key = the case number, tenant = the case's court. Code outside this package talks to the
 * process through this class only.
 *
 * <p>The exit contract is shared with other features (e.g. the 终本 monitoring): correlate the message
 * {@value Messages#EXIT_REQUESTED} by business key (the case number) to every instance of the case with the
 * variable {@value Variables#EXIT_REASON} = a {@link cn.courts.enforcement.model.listing.ListingExitReason}
 * name; see {@link ListingExits}. Its rules are declared in {@link DishonestListingGuards}.
 */
public final class DishonestListingProcess {

    public static final String KEY = "DishonestListingProcess";

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_ListingProposed";
        public static final String SERVE_RISK_NOTICE = "Task_ServeRiskNotice";
        public static final String GRACE_PERIOD_ENDED = "Event_GracePeriodEnded";
        public static final String REVIEW_LISTING = "Task_ReviewListing";
        public static final String SIGN_LISTING_DECISION = "Task_SignListingDecision";
        public static final String PUBLISH_LISTING = "Task_PublishListing";
        public static final String PUSH_TO_UNITS = "Task_PushToJointPunishmentUnits";
        public static final String RECORD_PUSHED_UNITS = "Task_RecordPushedUnits";
        public static final String LISTING_PERIOD_ENDED = "Event_ListingPeriodEnded";
        public static final String DELETE_EXPIRED_LISTING = "Task_DeleteExpiredListing";
        /** Event-based gateway of a fixed-period listing: the period ends, or the debtor applies for correction. */
        public static final String LISTING_IN_FORCE = "EventGateway_ListingInForce";
        /** Where a listing without a fixed period (ground 1 alone) waits: a correction, or an exit event. */
        public static final String CORRECTION_APPLIED = "Event_CorrectionApplied";
        public static final String CORRECTION_APPLIED_IN_PERIOD = "Event_CorrectionAppliedInPeriod";
        public static final String RECORD_REFUSAL = "Task_RecordRefusal";
        public static final String REVIEW_CORRECTION = "Task_ReviewCorrection";
        public static final String REVOKE_LISTING = "Task_RevokeListing";
        public static final String NOTIFY_REVOCATION = "Task_NotifyRevocation";
        public static final String SERVE_CORRECTION_REJECTION = "Task_ServeCorrectionRejection";
        public static final String REMOVE_LISTING = "Task_RemoveListing";
        public static final String NOTIFY_REMOVAL = "Task_NotifyRemoval";
        public static final String END_UNLISTED = "Task_EndUnlisted";

        public static final String END_LISTING_REFUSED = "EndEvent_ListingRefused";
        public static final String END_LISTING_EXPIRED = "EndEvent_ListingExpired";
        public static final String END_LISTING_REVOKED = "EndEvent_ListingRevoked";
        public static final String END_LISTING_REMOVED = "EndEvent_ListingRemoved";
        public static final String END_NOT_LISTED = "EndEvent_NotListed";

        private Elements() {
        }
    }

    /** Variables: ids, ISO dates and decision flags; the listing itself lives in the dishonest_listing table. */
    public static final class Variables {
        public static final String COURT_ID = CaseVariables.COURT_ID.name();
        public static final String CASE_ID = CaseVariables.CASE_ID.name();
        public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER.name();
        public static final String LISTING_ID = "listingId";
        /** Display only: the debtor's name, a column of the Tasklist filters. */
        public static final String DEBTOR_NAMES = CaseVariables.DEBTOR_NAMES.name();
        public static final String JUDGE_ID = CaseVariables.JUDGE_ID.name();
        /** ISO date: the last day of the risk notice's grace period. */
        public static final String GRACE_ENDS_ON = "graceEndsOn";
        /** ISO date: the day the approval and the signing are due. */
        public static final String DECISION_DUE_ON = "decisionDueOn";
        public static final String LISTING_APPROVED = "listingApproved";
        public static final String DECISION_SIGNED = "decisionSigned";
        public static final String PUBLISHED = "published";
        public static final String FIXED_PERIOD = "fixedPeriod";
        /** ISO date: the last day of a fixed-period listing. */
        public static final String LISTING_ENDS_ON = "listingEndsOn";
        /** Output of the push: the codes of the units reached, comma-separated. */
        public static final String PUSHED_UNITS = "pushedUnits";
        /** ISO date of the correction application. */
        public static final String CORRECTION_APPLIED_ON = "correctionAppliedOn";
        public static final String CORRECTION_WELL_FOUNDED = "correctionWellFounded";
        /** The reason of a decision (review, signing, correction review), required (法释〔2017〕7号 第五条、第十二条). */
        public static final String DECISION_REASON = "decisionReason";
        /** A {@link cn.courts.enforcement.model.listing.ListingExitReason} name. */
        public static final String EXIT_REASON = "exitReason";

        private Variables() {
        }
    }

    /** The listing's row ({@code dishonest_listing.id}), typed. */
    public static final ProcessVariable<Long> LISTING = ProcessVariable.id(Variables.LISTING_ID);

    /** Message names. */
    public static final class Messages {
        public static final String EXIT_REQUESTED = "ListingExitRequested";
        public static final String CORRECTION_APPLIED = "ListingCorrectionApplied";

        private Messages() {
        }
    }

    private DishonestListingProcess() {
    }
}
