package cn.courts.enforcement.model.termination;

import cn.courts.enforcement.model.enforcement.PropertyRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a case's record says, as far as the termination gates need it.
 *
 * @param filingDate                   立案日期
 * @param property                     the property records of the case
 * @param completedSteps               the investigation steps completed (not skipped or cancelled)
 * @param consumptionRestrictionIssued the judge confirms a consumption restriction order (限制消费令) was issued;
 *                                     the platform has no restriction process yet, so this is the judge's record
 * @param debtorListedOrNotQualifying  the judge confirms every debtor who qualifies is on the dishonest list (or
 *                                     none qualifies); the listing process is separate, so this too is recorded
 */
public record TerminationRecords(LocalDate filingDate, List<PropertyRecord> property, Set<InvestigationStep> completedSteps,
                                 boolean consumptionRestrictionIssued, boolean debtorListedOrNotQualifying) {

    public TerminationRecords {
        Objects.requireNonNull(filingDate, "filingDate");
        property = List.copyOf(property);
        completedSteps = Set.copyOf(completedSteps);
    }
}
