package cn.courts.enforcement.app.platform;

/**
 * The variables every process of a case carries, shared by all process contracts, the tenant provider, the task
 * listeners and the mails: the court (= engine tenant), the case's row, its number and its judge. A process contract
 * refers to these instead of declaring its own {@code "courtId"}.
 */
public final class CaseVariables {

    /** The court (= engine tenant) the case belongs to. */
    public static final ProcessVariable<String> COURT_ID = ProcessVariable.string("courtId");
    /** {@code enforcement_case.id}. */
    public static final ProcessVariable<Long> CASE_ID = ProcessVariable.id("caseId");
    /** 案号, also the business key of the case's instances. */
    public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
    /** The judge in charge (承办法官), a user id. */
    public static final ProcessVariable<String> JUDGE_ID = ProcessVariable.string("judgeId");
    /** Display only: the debtors' names, a column of the Tasklist filters. */
    public static final ProcessVariable<String> DEBTOR_NAMES = ProcessVariable.string("debtorNames");

    private CaseVariables() {
    }
}
