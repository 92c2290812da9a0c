package cn.courts.enforcement.app.platform;

/**
 * Variable names every process of the platform shares. Each process's own variables live in its
 * process contract class; these few are set on every instance.
 */
public final class ProcessVariables {

    /** The court (= engine tenant) the case belongs to. */
    public static final String COURT_ID = CaseVariables.COURT_ID.name();

    private ProcessVariables() {
    }
}
