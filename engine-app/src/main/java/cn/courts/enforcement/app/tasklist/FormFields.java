package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.model.enforcement.DisposalOutcome;
import cn.courts.enforcement.model.enforcement.ReferencePriceMethod;
import cn.courts.enforcement.model.enforcement.rule.CaseField;
import cn.courts.enforcement.model.supervision.rule.SupervisionOpinionPolicy;

/**
 * The variables the task forms ({@code bpmn/forms/*.form}) read and write, beside the decision variables of
 * the process contracts ({@link EnforcementCaseProcess.Variables}). Every value is flat: a string (dates as
 * {@code yyyy-MM-dd}, as the form's date picker submits them), a number or a boolean.
 *
 * <p>Two kinds:
 * <ul>
 *   <li><b>display variables</b>, set task-locally by {@link CaseFormContext} when a task is created (unless
 *   the task already sees them) and shown read-only at the top of every form (disabled fields, which a form
 *   never submits);</li>
 *   <li><b>completion variables</b>, which the judge enters: the values the rules of the domain name
 *   ({@link CaseField}, {@link SupervisionOpinionPolicy#FIELD}), checked by the guards of the task's feature
 *   ({@code EnforcementCaseGuards}, {@code SupervisionGuards}).</li>
 * </ul>
 */
public final class FormFields {

    // --- display variables (task-local, read-only in the forms) ---

    /** One line: 申请执行人：… 被执行人：… 执行标的：人民币…元. */
    public static final String CASE_SUMMARY = "caseSummary";
    /** 申请执行人, names joined by 、 */
    public static final String CREDITOR_NAMES = "creditorNames";
    /** 被执行人, names joined by 、 (already a process variable of the enforcement case, set there at filing). */
    public static final String DEBTOR_NAMES = "debtorNames";
    /** 执行标的: 人民币125000.50元 */
    public static final String AMOUNT_TEXT = "amountText";
    /** The node's legal due date: 2026年03月05日 */
    public static final String DUE_DATE_TEXT = "dueDateText";
    /** Task_RenewControl: the property whose control is to be renewed. */
    public static final String PROPERTY_TEXT = "propertyText";
    /** Task_Supervise: the overdue node's due date, as text. */
    public static final String OVERDUE_SINCE_TEXT = "overdueSinceText";

    /** Every display variable (never a completion variable). */
    public static final java.util.Set<String> DISPLAY_VARIABLES = java.util.Set.of(CASE_SUMMARY, CREDITOR_NAMES,
            DEBTOR_NAMES, AMOUNT_TEXT, DUE_DATE_TEXT, PROPERTY_TEXT, OVERDUE_SINCE_TEXT);

    // --- completion variables ---

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
    /** Task_Supervise: the command centre's opinion (督办意见). */
    public static final String SUPERVISION_OPINION = SupervisionOpinionPolicy.FIELD;

    private FormFields() {
    }
}
