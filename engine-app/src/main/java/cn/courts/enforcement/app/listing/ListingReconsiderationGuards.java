package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.ProcessStart;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.rule.ListingDecisionStatesItsReason.Decision;
import cn.courts.enforcement.model.listing.rule.ReconsiderationStarts;
import cn.courts.enforcement.model.rule.RuleResult;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The rules of {@code ListingReconsiderationProcess} (复议, 法释〔2017〕7号 第十二条): {@code Task_DecideReconsideration}
 * decides and states its reason ({@link cn.courts.enforcement.model.listing.rule.ListingDecisionStatesItsReason}). An
 * instance starts only in the tenant of the listing court's next higher court, for a published listing of that court
 * whose correction was rejected and the rejection served ({@link ReconsiderationStarts}).
 */
@Component
class ListingReconsiderationGuards implements ProcessGuards {

    private static final ReconsiderationStarts START = new ReconsiderationStarts();

    private final DishonestListingRepository listings;
    private final CourtDirectory courts;

    ListingReconsiderationGuards(DishonestListingRepository listings, CourtDirectory courts) {
        this.listings = listings;
        this.courts = courts;
    }

    @Override
    public String processKey() {
        return ListingReconsiderationProcess.KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        return Map.of(ListingReconsiderationProcess.Elements.DECIDE, TaskGuards.completion(
                DishonestListingGuards.decision(Decision.RECONSIDERATION, ListingReconsiderationProcess.Variables.LISTING_UPHELD)));
    }

    @Override
    public StartGuard onStart() {
        return this::mayStart;
    }

    private RuleResult mayStart(ProcessStart start) {
        Optional<String> listingCourt = ListingReconsiderationProcess.LISTING_COURT.from(start.variables());
        Optional<DishonestListing> listing = ListingReconsiderationProcess.LISTING.from(start.variables()).flatMap(listings::findById)
                .filter(l -> listingCourt.filter(l.courtId()::equals).isPresent());
        Optional<String> hearingCourt = CaseVariables.COURT_ID.from(start.variables());
        boolean higherCourt = listing.flatMap(l -> courts.find(l.courtId())).map(Court::parentId)
                .filter(parent -> hearingCourt.filter(parent::equals).isPresent()).isPresent();
        return START.check(new ReconsiderationStarts.Facts(listing.map(DishonestListing::status),
                listing.map(DishonestListing::rejectionServedOn).isPresent(), higherCourt));
    }
}
