package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.listing.CorrectionGround;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingApplication;
import cn.courts.enforcement.model.listing.ListingExitReason;
import cn.courts.enforcement.model.listing.ListingGround;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "listings", description = "dishonest-debtor list (失信被执行人名单): proposal, receipt, correction, reconsideration, exit")
class ListingController {

    private final ListingService service;
    private final ListingActions actions;
    private final DishonestListingRepository listings;
    private final ListingApplicationRepository applications;
    private final ListingPushRepository pushes;

    ListingController(ListingService service, ListingActions actions, DishonestListingRepository listings,
                      ListingApplicationRepository applications, ListingPushRepository pushes) {
        this.service = service;
        this.actions = actions;
        this.listings = listings;
        this.applications = applications;
        this.pushes = pushes;
    }

    @PostMapping("/api/cases/{caseId}/listing-proposals")
    @Operation(summary = "Propose listing a debtor (judge): 201; 422 with the reason for an exclusion (security, seized assets, order, minor) or a wrong period")
    ResponseEntity<ListingService.Proposed> propose(CurrentUser user, @PathVariable Long caseId, @Valid @RequestBody ListingProposal proposal) {
        ListingService.Proposed proposed = service.propose(caseId, proposal, user);
        return ResponseEntity.created(URI.create("/api/listings/" + proposed.listingId())).body(proposed);
    }

    record ListingView(Long id, String caseNumber, String courtId, String debtorName, String debtorIdentifier,
                       List<String> grounds, Integer periodYears, String status, String statusZh, LocalDate graceEndsOn,
                       LocalDate publishedOn, LocalDate endsOn, LocalDate decisionReceivedOn, LocalDate rejectionServedOn,
                       LocalDate removedOn, String exitReason, List<String> pushedUnits, List<ApplicationView> applications) {
    }

    record ApplicationView(Long id, String kind, String ground, LocalDate appliedOn, LocalDate lastDay, boolean accepted,
                           String refusalReason) {
        static ApplicationView of(ListingApplication a) {
            return new ApplicationView(a.id(), a.kind().name(), a.ground() == null ? null : a.ground().name(), a.appliedOn(),
                    a.lastDay(), a.isAccepted(), a.refusalReason());
        }
    }

    @GetMapping("/api/cases/{caseId}/listings")
    @Operation(summary = "The listings of a case")
    List<ListingView> ofCase(CurrentUser user, @PathVariable Long caseId) {
        return listings.findByCaseIdOrderById(caseId).stream().filter(l -> user.mayAccessCourt(l.courtId())).map(this::view).toList();
    }

    @GetMapping("/api/listings/{id}")
    @Operation(summary = "A listing: status, dates, pushed units, applications (refused ones included)")
    ListingView get(CurrentUser user, @PathVariable Long id) {
        return view(actions.visibleListing(id, user));
    }

    private ListingView view(DishonestListing l) {
        return new ListingView(l.id(), l.caseNumber(), l.courtId(), l.debtorName(), l.debtorIdentifier(),
                l.grounds().stream().map(ListingGround::name).toList(), l.periodYears(), l.status().name(), l.status().nameZh(),
                l.graceEndsOn(), l.publishedOn(), l.endsOn(), l.decisionReceivedOn(), l.rejectionServedOn(), l.removedOn(),
                l.exitReason() == null ? null : l.exitReason().name(),
                pushes.findByListingIdOrderById(l.id()).stream().map(p -> p.unitCode()).toList(),
                applications.findByListingIdOrderById(l.id()).stream().map(ApplicationView::of).toList());
    }

    record Received(@NotNull(message = "请填写收到决定书的日期") LocalDate receivedOn) {
    }

    @PostMapping("/api/listings/{id}/decision-received")
    @Operation(summary = "Record the day the debtor received the listing decision (starts the 10-day correction window)")
    ResponseEntity<Void> decisionReceived(CurrentUser user, @PathVariable Long id, @Valid @RequestBody Received body) {
        actions.recordDecisionReceived(id, body.receivedOn(), user);
        return ResponseEntity.noContent().build();
    }

    record CorrectionApplication(@NotNull(message = "请选择纠正理由") CorrectionGround ground,
                                 @NotNull(message = "请填写申请日期") LocalDate appliedOn) {
    }

    @PostMapping("/api/listings/{id}/correction-applications")
    @Operation(summary = "Record a correction application (纠正申请): 201 starts the review; 422 (recorded) when late")
    ResponseEntity<ApplicationView> correction(CurrentUser user, @PathVariable Long id, @Valid @RequestBody CorrectionApplication body) {
        ListingApplication a = actions.applyForCorrection(id, body.ground(), body.appliedOn(), user);
        return ResponseEntity.created(URI.create("/api/listings/" + id)).body(ApplicationView.of(a));
    }

    record ReconsiderationApplication(@NotNull(message = "请填写申请日期") LocalDate appliedOn) {
    }

    @PostMapping("/api/listings/{id}/reconsideration-applications")
    @Operation(summary = "Record a reconsideration application (复议) to the next higher court: 201 starts its task there; 422 (recorded) when late")
    ResponseEntity<ApplicationView> reconsideration(CurrentUser user, @PathVariable Long id,
                                                    @Valid @RequestBody ReconsiderationApplication body) {
        ListingApplication a = actions.applyForReconsideration(id, body.appliedOn(), user);
        return ResponseEntity.created(URI.create("/api/listings/" + id)).body(ApplicationView.of(a));
    }

    record ExitRequest(@NotNull(message = "请选择退出事由") ListingExitReason reason) {
    }

    @PostMapping("/api/listings/{id}/exit-requests")
    @Operation(summary = "Report an exit event (creditor's request, 终结执行, 不予执行, 中止...): removal within 3 days")
    ResponseEntity<Void> exit(CurrentUser user, @PathVariable Long id, @Valid @RequestBody ExitRequest body) {
        actions.requestExit(id, body.reason(), user);
        return ResponseEntity.accepted().build();
    }
}
