package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "enforcement cases (执行案件): filing, reading, what the judge reports")
class CaseController {

    private final CaseFilingService filing;
    private final CaseQueries queries;
    private final CaseActions actions;

    CaseController(CaseFilingService filing, CaseQueries queries, CaseActions actions) {
        this.filing = filing;
        this.queries = queries;
        this.actions = actions;
    }

    @PostMapping
    @Operation(summary = "File a case (立案): 201 with the case id and process instance id; 400 lists every failing field; 409 for a case number already filed")
    ResponseEntity<CaseFilingService.FiledCase> file(CurrentUser user, @Valid @RequestBody CaseFilingRequest request) {
        CaseFilingService.FiledCase filed = filing.file(request, user);
        return ResponseEntity.created(URI.create("/api/cases/" + filed.caseId())).body(filed);
    }

    record CaseSummary(Long id, String caseNumber, String courtId, LocalDate filingDate, BigDecimal amount,
                       String status, String judgeId, LocalDate caseLimitDate) {
        static CaseSummary of(EnforcementCase c) {
            return new CaseSummary(c.id(), c.caseNumber(), c.courtId(), c.filingDate(), c.amount(), c.status().name(),
                    c.judgeId(), c.caseLimitDate());
        }
    }

    @GetMapping
    @Operation(summary = "The cases of the user's court, newest first (admins name the court)")
    List<CaseSummary> list(CurrentUser user, @RequestParam(required = false) String courtId,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String court = courtId != null && user.mayAccessCourt(courtId) ? courtId
                : user.courtIds().isEmpty() ? null : user.courtIds().get(0);
        if (court == null) {
            return List.of();
        }
        return queries.listOfCourt(court, Math.max(page, 0), Math.min(Math.max(size, 1), 200)).stream()
                .map(CaseSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case: parties, amount, status, open nodes with due dates and overdue flags, case limit, timeline")
    CaseView get(CurrentUser user, @PathVariable Long id) {
        return queries.view(id, user);
    }

    @PostMapping("/{id}/full-performance")
    @Operation(summary = "Report that the debtor performed in full (被执行人履行完毕): closes the case from any node")
    ResponseEntity<Void> fullPerformance(CurrentUser user, @PathVariable Long id) {
        actions.reportFullPerformance(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/settlement-performed")
    @Operation(summary = "Report that a settlement (执行和解) was performed: closes the case from any node")
    ResponseEntity<Void> settlementPerformed(CurrentUser user, @PathVariable Long id) {
        actions.reportSettlementPerformed(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/extension-requests")
    @Operation(summary = "Request a case-limit extension (延长执行期限), at least 5 days before it expires; 422 when too late")
    ResponseEntity<Void> requestExtension(CurrentUser user, @PathVariable Long id) {
        actions.requestExtension(id, user);
        return ResponseEntity.accepted().build();
    }
}
