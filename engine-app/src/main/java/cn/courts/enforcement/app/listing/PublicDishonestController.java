package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.enforcement.PartyIdentifiers;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingGround;
import cn.courts.enforcement.model.listing.ListingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The public query of the dishonest-debtor list (no login): current listings only, identifiers masked
 * (法释〔2017〕7号 第六条: the items published; the platform masks the middle of the ID number in public
 * view). A name alone that matches more than a page of people returns nothing: the public must not page
 * through the list by common surnames and names.
 */
@RestController
@Tag(name = "public", description = "public query of the dishonest-debtor list (失信被执行人名单公开查询)")
class PublicDishonestController {

    static final int PAGE = 20;

    private final DishonestListingRepository listings;
    private final CourtDirectory courts;
    private final PublicQueryRateLimiter limiter;

    PublicDishonestController(DishonestListingRepository listings, CourtDirectory courts, PublicQueryRateLimiter limiter) {
        this.listings = listings;
        this.courts = courts;
        this.limiter = limiter;
    }

    /** One published listing with the items of 法释〔2017〕7号 第六条. */
    record PublicListing(String name, String identifier, String legalRepresentative, String duty, List<String> dishonestActs,
                         String caseNumber, LocalDate filingDate, String court, LocalDate publishedOn, LocalDate endsOn) {
    }

    record Answer(List<PublicListing> listings, String message) {
    }

    @GetMapping("/api/public/dishonest")
    @Operation(summary = "Public query (no login): current listings by name and/or ID number, masked; 429 when too frequent")
    @Transactional(readOnly = true)
    ResponseEntity<?> query(HttpServletRequest request, @RequestParam(required = false) String name,
                            @RequestParam(required = false) String idNumber) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "查询过于频繁：每分钟最多查询" + limiter.perMinute() + "次，请稍后再试。");
            problem.setTitle("查询过于频繁");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(problem);
        }
        String n = name == null ? "" : name.strip();
        String id = idNumber == null ? "" : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        if (n.isEmpty() && id.isEmpty()) {
            return ResponseEntity.badRequest().body(new Answer(List.of(), "请输入被执行人姓名（名称）或身份证号码（统一社会信用代码）。"));
        }
        List<DishonestListing> found;
        if (!id.isEmpty()) {
            found = listings.findByStatusAndDebtorIdentifierOrderById(ListingStatus.PUBLISHED, id).stream()
                    .filter(l -> n.isEmpty() || l.debtorName().equals(n)).toList();
        } else {
            if (listings.countPeopleByStatusAndName(ListingStatus.PUBLISHED, n) > PAGE) {
                return ResponseEntity.ok(new Answer(List.of(), "与“" + n + "”同名的失信被执行人超过" + PAGE
                        + "人，请同时输入身份证号码或统一社会信用代码查询。"));
            }
            found = listings.findByStatusAndDebtorNameOrderById(ListingStatus.PUBLISHED, n, PageRequest.of(0, PAGE * 5));
        }
        List<PublicListing> shown = found.stream().map(this::publicView).toList();
        return ResponseEntity.ok(new Answer(shown, shown.isEmpty() ? "未查询到符合条件的失信被执行人。" : null));
    }

    private PublicListing publicView(DishonestListing l) {
        String court = courts.find(l.courtId()).map(Court::name).orElse(l.courtId());
        return new PublicListing(l.debtorName(), PartyIdentifiers.mask(l.debtorIdentifier()), l.legalRepresentative(), l.duty(),
                l.grounds().stream().map(ListingGround::nameZh).toList(), l.caseNumber(), l.caseFilingDate(), court,
                l.publishedOn(), l.endsOn());
    }
}
