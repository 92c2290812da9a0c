package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.model.enforcement.rule.CaseField;

import java.util.Map;

/**
 * The process contract of {@code EnforcementCaseProcess} (bpmn/EnforcementCaseProcess.bpmn): its key,
 * the element ids code refers to, its variables and messages. Code outside this package talks to the
 * process through this class only, never through string literals.
 */
public final class EnforcementCaseProcess {

    public static final String KEY = "EnforcementCaseProcess";

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_CaseFiled";
        public static final String ASSIGN_JUDGE = "Task_AssignJudge";
        public static final String ISSUE_EXECUTION_NOTICE = "Task_IssueExecutionNotice";
        public static final String ASK_CREDITOR_FOR_LEADS = "Task_AskCreditorForLeads";
        public static final String CHECK_LEADS = "Task_CheckLeads";
        public static final String NETWORK_ASSET_SEARCH = "Task_NetworkAssetSearch";
        public static final String RECORD_SEARCH_RESULTS = "Task_RecordSearchResults";
        public static final String INTERVIEW_CREDITOR = "Task_InterviewCreditor";
        public static final String SEARCH_DEBTOR_ON_SITE = "Task_SearchDebtorOnSite";
        /**
         * The join of the four investigation branches; asynchronous before (an exclusive job per arriving branch), so
         * a network search answer and a judge's completion arriving together never conflict.
         */
        public static final String INVESTIGATION_JOIN = "Gateway_InvestigationJoin";
        public static final String COMPLETE_INVESTIGATION = "Task_CompleteInvestigation";
        public static final String CONTROL_PROPERTY = "Task_ControlProperty";
        public static final String DETERMINE_REFERENCE_PRICE = "Task_DetermineReferencePrice";
        public static final String FIRST_AUCTION = "Task_FirstAuction";
        public static final String SECOND_AUCTION = "Task_SecondAuction";
        public static final String SELL_OR_TRANSFER = "Task_SellOrTransfer";
        public static final String DISBURSE_FUNDS = "Task_DisburseFunds";
        public static final String DECIDE_CLOSING = "Task_DecideClosing";
        /** 终本审批: calls TerminationApprovalProcess when the judge applies to terminate this round. */
        public static final String TERMINATION_APPROVAL = "CallActivity_TerminationApproval";
        public static final String CLOSE_CASE = "Task_CloseCase";
        /** 纳入终本案件库: starts TerminatedCaseMonitoringProcess. */
        public static final String ENTER_TERMINATED_LIBRARY = "Task_EnterTerminatedLibrary";
        public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
        public static final String RENEW_CONTROL = "Task_RenewControl";

        public static final String END_EXECUTION_COMPLETED = "EndEvent_CaseClosedExecutionCompleted";
        public static final String END_FULLY_PERFORMED = "EndEvent_CaseClosedFullyPerformed";
        public static final String END_BY_SETTLEMENT = "EndEvent_CaseClosedBySettlement";
        public static final String END_DECIDED_EXECUTION_COMPLETED = "EndEvent_CaseClosedByDecisionExecutionCompleted";
        public static final String END_TERMINATED_THIS_ROUND = "EndEvent_CaseClosedTerminatedThisRound";
        public static final String END_TERMINATED = "EndEvent_CaseClosedTerminated";
        public static final String END_WITHDRAWN = "EndEvent_CaseClosedWithdrawn";
        public static final String END_NOT_ENFORCED = "EndEvent_CaseClosedNotEnforced";
        public static final String END_APPLICATION_REJECTED = "EndEvent_CaseClosedApplicationRejected";
        public static final String END_EXTENSION_GRANTED = "EndEvent_ExtensionGranted";
        public static final String END_EXTENSION_REFUSED = "EndEvent_ExtensionRefused";

        private Elements() {
        }
    }

    /** Variables: ids and decision flags only; the case itself lives in the enforcement_case table. */
    public static final class Variables {
        public static final String COURT_ID = CaseVariables.COURT_ID.name();
        public static final String CASE_ID = CaseVariables.CASE_ID.name();
        public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER.name();
        /** Display only: the debtors' names, a column of the Tasklist filters. */
        public static final String DEBTOR_NAMES = CaseVariables.DEBTOR_NAMES.name();
        public static final String JUDGE_ID = CaseVariables.JUDGE_ID.name();
        public static final String FILING_DATE = "filingDate";
        public static final String CASE_LIMIT_DATE = "caseLimitDate";
        public static final String LEADS_PROVIDED = "leadsProvided";
        public static final String SEARCH_FINDINGS = "searchFindings";
        public static final String PROPERTY_FOUND = "propertyFound";
        public static final String DISPOSAL_NEEDED = "disposalNeeded";
        public static final String AUCTION_SOLD = "auctionSold";
        public static final String FULLY_PAID = "fullyPaid";
        public static final String CLOSING_MODE = "closingMode";
        /** The judge's record in a 终本 application: a consumption restriction order was issued (终本规定 第一条第（二）项). */
        public static final String CONSUMPTION_RESTRICTION_ISSUED = "consumptionRestrictionIssued";
        /** The judge's record in a 终本 application: every qualifying debtor is listed as dishonest, or none qualifies. */
        public static final String DEBTOR_LISTED_OR_NOT_QUALIFYING = "debtorListedOrNotQualifying";
        /** Set when an application passes the gates: who applied (mapped to the approval's applicantId). */
        public static final String TERMINATION_APPLICANT_ID = "terminationApplicantId";
        /** Set when an application passes the gates: {@code termination_application.id}. */
        public static final String TERMINATION_APPLICATION_ID = "terminationApplicationId";
        /** Set when an application passes the gates: the gate results in Chinese, for the reviewers. */
        public static final String TERMINATION_GATE_SUMMARY = "terminationGateSummary";
        /** Out of the approval: whether the 终本 was approved. */
        public static final String TERMINATION_APPROVED = "terminationApproved";
        public static final String EXTENSION_APPROVED = "extensionApproved";
        public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
        public static final String CONTROL_EXPIRES_ON = "controlExpiresOn";
        public static final String PROPERTY_RECORD_ID = "propertyRecordId";

        // --- values the judge records in the task forms (bpmn/forms), checked by EnforcementCaseGuards ---

        /** Task_IssueExecutionNotice: day the 执行通知书 and 报告财产令 were served. */
        public static final String NOTICE_SERVED_ON = CaseField.NOTICE_SERVED_ON.key();
        /** Task_AskCreditorForLeads: what the creditor reported (optional). */
        public static final String LEADS_SUMMARY = "leadsSummary";
        /** Task_CheckLeads: day the leads were checked. */
        public static final String CHECKED_ON = CaseField.CHECKED_ON.key();
        /** Task_CheckLeads: result of the check. */
        public static final String LEADS_CHECK_RESULT = "leadsCheckResult";
        /** Task_InterviewCreditor: day of the interview (约谈). */
        public static final String INTERVIEWED_ON = CaseField.INTERVIEWED_ON.key();
        /** Task_InterviewCreditor: notes of the interview. */
        public static final String INTERVIEW_NOTES = "interviewNotes";
        /** Task_SearchDebtorOnSite: day of the on-site search (上门查找). */
        public static final String SEARCHED_ON = CaseField.SEARCHED_ON.key();
        /** Task_SearchDebtorOnSite: what was found. */
        public static final String ON_SITE_FINDINGS = "onSiteFindings";
        /** Task_DetermineReferencePrice: 参考价 (元). */
        public static final String REFERENCE_PRICE = CaseField.REFERENCE_PRICE.key();
        /** Task_DetermineReferencePrice: how it was set, a {@link ReferencePriceMethod} name. */
        public static final String REFERENCE_PRICE_METHOD = CaseField.REFERENCE_PRICE_METHOD.key();
        /** Task_FirstAuction: 起拍价 of the first auction (元). */
        public static final String FIRST_AUCTION_RESERVE_PRICE = CaseField.FIRST_AUCTION_RESERVE_PRICE.key();
        /** Task_SecondAuction: 起拍价 of the second auction (元). */
        public static final String SECOND_AUCTION_RESERVE_PRICE = CaseField.SECOND_AUCTION_RESERVE_PRICE.key();
        /** Task_FirstAuction / Task_SecondAuction: 成交价 when sold (元). */
        public static final String SALE_PRICE = CaseField.SALE_PRICE.key();
        /** Task_SellOrTransfer: a {@link DisposalOutcome} name. */
        public static final String DISPOSAL_OUTCOME = CaseField.DISPOSAL_OUTCOME.key();
        /** Task_SellOrTransfer: price of the sale or value of the transfer in lieu (元). */
        public static final String DISPOSAL_AMOUNT = CaseField.DISPOSAL_AMOUNT.key();
        /** Task_DisburseFunds: money arrived in the case account (元). */
        public static final String AMOUNT_RECEIVED = CaseField.AMOUNT_RECEIVED.key();
        /** Task_DisburseFunds: money paid out to the creditor (元). */
        public static final String AMOUNT_DISBURSED = CaseField.AMOUNT_DISBURSED.key();
        /** Task_DecideClosing: the reasons of the closing decision. */
        public static final String CLOSING_REASON = CaseField.CLOSING_REASON.key();
        /** Task_ApproveExtension: the leader's reasons. */
        public static final String EXTENSION_REASON = "extensionReason";
        /** Task_RenewControl: the day the renewed control (续行查封/冻结) ends. */
        public static final String RENEWED_UNTIL = CaseField.RENEWED_UNTIL.key();

        private Variables() {
        }
    }

    /** Message names (the BPMN message's name attribute). */
    public static final class Messages {
        public static final String FULLY_PERFORMED = "FullyPerformed";
        public static final String SETTLEMENT_PERFORMED = "SettlementPerformed";
        public static final String EXTENSION_REQUESTED = "ExtensionRequested";
        public static final String CONTROL_EXPIRING = "ControlExpiring";

        private Messages() {
        }
    }

    /** Node names as the court says them, for the timeline and mails (the model holds the same names). */
    public static final Map<String, String> NODE_NAMES_ZH = Map.ofEntries(
            Map.entry(Elements.ISSUE_EXECUTION_NOTICE, "发出执行通知书及报告财产令"),
            Map.entry(Elements.ASK_CREDITOR_FOR_LEADS, "通知申请执行人提供财产线索"),
            Map.entry(Elements.CHECK_LEADS, "核查财产线索"),
            Map.entry(Elements.NETWORK_ASSET_SEARCH, "网络查控（总对总/点对点）"),
            Map.entry(Elements.INTERVIEW_CREDITOR, "约谈申请执行人"),
            Map.entry(Elements.SEARCH_DEBTOR_ON_SITE, "上门查找被执行人"),
            Map.entry(Elements.COMPLETE_INVESTIGATION, "财产调查完成"),
            Map.entry(Elements.CONTROL_PROPERTY, "控制财产（查封/扣押/冻结）"),
            Map.entry(Elements.DETERMINE_REFERENCE_PRICE, "确定参考价（议价/询价/评估）"),
            Map.entry(Elements.FIRST_AUCTION, "第一次网络司法拍卖"),
            Map.entry(Elements.SECOND_AUCTION, "第二次网络司法拍卖"),
            Map.entry(Elements.SELL_OR_TRANSFER, "变卖或以物抵债"),
            Map.entry(Elements.DISBURSE_FUNDS, "案款发放"),
            Map.entry(Elements.DECIDE_CLOSING, "结案审查"),
            Map.entry(Elements.TERMINATION_APPROVAL, "终本审批"),
            Map.entry(Elements.APPROVE_EXTENSION, "审批延长执行期限"),
            Map.entry(Elements.RENEW_CONTROL, "续行查封/冻结"));

    private EnforcementCaseProcess() {
    }
}
