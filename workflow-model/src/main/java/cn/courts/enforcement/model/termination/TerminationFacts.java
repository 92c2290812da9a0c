package cn.courts.enforcement.model.termination;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts the termination gates decide on: the inputs of the DMN table {@code TerminationGates}, each a
 * boolean stated so that {@code true} is the good case except {@link #propertyFoundNotDisposed()}. Computed
 * by {@link FourNoApprovalGates} from the case's records.
 */
public record TerminationFacts(boolean propertyFoundNotDisposed, boolean debtorSearchedOnSite, boolean creditorInterviewed,
                               boolean moreThanThreeMonthsSinceFiling, boolean executionNoticeSent,
                               boolean consumptionRestrictionIssued, boolean debtorListedOrNotQualifying,
                               boolean networkSearchDone) {

    /** Input names of the DMN table (its {@code inputExpression}s). */
    public static final String PROPERTY_FOUND_NOT_DISPOSED = "propertyFoundNotDisposed";
    public static final String DEBTOR_SEARCHED_ON_SITE = "debtorSearchedOnSite";
    public static final String CREDITOR_INTERVIEWED = "creditorInterviewed";
    public static final String MORE_THAN_THREE_MONTHS_SINCE_FILING = "moreThanThreeMonthsSinceFiling";
    public static final String EXECUTION_NOTICE_SENT = "executionNoticeSent";
    public static final String CONSUMPTION_RESTRICTION_ISSUED = "consumptionRestrictionIssued";
    public static final String DEBTOR_LISTED_OR_NOT_QUALIFYING = "debtorListedOrNotQualifying";
    public static final String NETWORK_SEARCH_DONE = "networkSearchDone";

    /** The facts by input name, in the table's order. */
    public Map<String, Object> asInputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(PROPERTY_FOUND_NOT_DISPOSED, propertyFoundNotDisposed);
        inputs.put(DEBTOR_SEARCHED_ON_SITE, debtorSearchedOnSite);
        inputs.put(CREDITOR_INTERVIEWED, creditorInterviewed);
        inputs.put(MORE_THAN_THREE_MONTHS_SINCE_FILING, moreThanThreeMonthsSinceFiling);
        inputs.put(EXECUTION_NOTICE_SENT, executionNoticeSent);
        inputs.put(CONSUMPTION_RESTRICTION_ISSUED, consumptionRestrictionIssued);
        inputs.put(DEBTOR_LISTED_OR_NOT_QUALIFYING, debtorListedOrNotQualifying);
        inputs.put(NETWORK_SEARCH_DONE, networkSearchDone);
        return inputs;
    }
}
