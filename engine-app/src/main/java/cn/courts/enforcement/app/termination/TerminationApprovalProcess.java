package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.ProcessVariable;
import cn.courts.enforcement.model.termination.ConsentBasis;

/**
 * The process contract of {@code TerminationApprovalProcess} (bpmn/TerminationApprovalProcess.bpmn), 终本审批: called
 * by {@code CallActivity_TerminationApproval} of the enforcement case once the application passed the gates of the
 * DMN table {@value #GATES_DECISION}. Business key = the case number; tenant = the court (from the calling case). Its
 * rules are declared in {@link TerminationApprovalGuards}.
 */
public final class TerminationApprovalProcess {

    public static final String KEY = "TerminationApprovalProcess";

    /** The DMN decision of the "四个不批" and the SPC's conditions (bpmn/TerminationGates.dmn). */
    public static final String GATES_DECISION = "TerminationGates";

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_TerminationApplied";
        public static final String REVIEW_APPLICATION = "Task_ReviewApplication";
        public static final String LEADER_APPROVAL = "Task_LeaderApproval";
        public static final String REVISE_APPLICATION = "Task_ReviseApplication";
        public static final String RECORD_APPROVAL = "Task_RecordApproval";
        public static final String RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
        public static final String END_APPROVED = "EndEvent_TerminationApproved";
        public static final String END_WITHDRAWN = "EndEvent_ApplicationWithdrawn";

        private Elements() {
        }
    }

    /** Variables. The case's own (caseId, caseNumber, courtId, judgeId, ...) come in from the calling case. */
    public static final class Variables {
        public static final String COURT_ID = CaseVariables.COURT_ID.name();
        public static final String CASE_ID = CaseVariables.CASE_ID.name();
        public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER.name();
        public static final String JUDGE_ID = CaseVariables.JUDGE_ID.name();
        /** The judge who applied (completed the closing review): may never approve (回避). */
        public static final String APPLICANT_ID = "applicantId";
        /** {@code termination_application.id} */
        public static final String APPLICATION_ID = "applicationId";
        /** Display: the gate results in Chinese, one line per gate, as the reviewer and the leader see them. */
        public static final String GATE_SUMMARY = "gateSummary";
        /** The judge's reasons (执行经过、财产调查措施、财产情况) from the closing review. */
        public static final String CLOSING_REASON = "closingReason";
        public static final String CONSUMPTION_RESTRICTION_ISSUED = "consumptionRestrictionIssued";
        public static final String DEBTOR_LISTED_OR_NOT_QUALIFYING = "debtorListedOrNotQualifying";
        /** The reviewer's decision (庭长/执行局长): true approves, false returns. */
        public static final String REVIEW_APPROVED = "reviewApproved";
        /** The leader's decision (院领导): true approves, false returns. */
        public static final String LEADER_APPROVED = "leaderApproved";
        /** Required with a return: why. */
        public static final String RETURN_REASON = "returnReason";
        /** On what the approval rests (民诉法解释 第517条): a {@link ConsentBasis} name. */
        public static final String CONSENT_BASIS = "consentBasis";
        /** The document: the creditor's signed confirmation, or the collegial panel's record. */
        public static final String CONSENT_RECORD = "consentRecord";
        /** The applicant's answer to a return: true resubmits, false withdraws. */
        public static final String RESUBMIT = "resubmit";
        /** Out: whether the application was approved (mapped back to the case as terminationApproved). */
        public static final String TERMINATION_APPROVED = "terminationApproved";
        /** Input of the record tasks: APPROVED or WITHDRAWN. */
        public static final String OUTCOME = "outcome";

        private Variables() {
        }
    }

    /** The judge who applied, typed. */
    public static final ProcessVariable<String> APPLICANT = ProcessVariable.string(Variables.APPLICANT_ID);
    /** The application's row, typed. */
    public static final ProcessVariable<Long> APPLICATION = ProcessVariable.id(Variables.APPLICATION_ID);
    /** The applicant's answer to a return, typed. */
    public static final ProcessVariable<Boolean> RESUBMITTED = ProcessVariable.flag(Variables.RESUBMIT);

    private TerminationApprovalProcess() {
    }
}
