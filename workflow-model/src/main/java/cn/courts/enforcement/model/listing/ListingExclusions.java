package cn.courts.enforcement.model.listing;

import cn.courts.enforcement.model.enforcement.PartyIdentifiers;
import cn.courts.enforcement.model.enforcement.PartyKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may not be put on the dishonest-debtor list (《最高人民法院关于公布失信被执行人名单信息的若干规定》
 * 法释〔2017〕7号): a debtor who gave adequate security, whose seized assets cover the debt, or who is later
 * in the order of performance (第三条); a minor (第四条). A natural person's age is read from the birth
 * date in the resident identity number: 18 years on the proposal day (《民法典》第十七条).
 */
public final class ListingExclusions {

    /** Age of majority (《民法典》第十七条). */
    static final int AGE_OF_MAJORITY = 18;

    private ListingExclusions() {
    }

    /** The facts the judge states when proposing, besides the debtor's identity. */
    public record Facts(boolean adequateSecurity, boolean seizedAssetsCoverDebt, boolean laterInOrderOfPerformance) {
    }

    /** Every exclusion that applies; empty means the debtor may be proposed. */
    public static List<ListingExclusion> applying(PartyKind kind, String identifier, Facts facts, LocalDate today) {
        List<ListingExclusion> found = new ArrayList<>();
        if (facts.adequateSecurity()) {
            found.add(ListingExclusion.ADEQUATE_SECURITY);
        }
        if (facts.seizedAssetsCoverDebt()) {
            found.add(ListingExclusion.SEIZED_ASSETS_COVER_DEBT);
        }
        if (facts.laterInOrderOfPerformance()) {
            found.add(ListingExclusion.LATER_IN_ORDER_OF_PERFORMANCE);
        }
        if (kind == PartyKind.PERSON && isMinor(identifier, today)) {
            found.add(ListingExclusion.MINOR);
        }
        return List.copyOf(found);
    }

    /** Under 18 on {@code today}; the 18th birthday itself is the first day of majority. */
    public static boolean isMinor(String residentIdNumber, LocalDate today) {
        LocalDate birth = PartyIdentifiers.birthDateOf(residentIdNumber);
        return birth.plusYears(AGE_OF_MAJORITY).isAfter(today);
    }
}
