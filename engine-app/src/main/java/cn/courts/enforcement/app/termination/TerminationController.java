package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import cn.courts.enforcement.model.termination.TerminationFacts;
import cn.courts.enforcement.model.termination.TerminationGate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@RestController
@Tag(name = "termination", description = "终结本次执行程序 (终本): the gates, the 终本 library, resumption, figures")
class TerminationController {

    private static final List<RoleGroup> FIGURE_ROLES = List.of(RoleGroup.LEADER, RoleGroup.REVIEWER, RoleGroup.COMMAND_CENTRE);

    private final TerminationActions actions;
    private final TerminationFigures figures;

    TerminationController(TerminationActions actions, TerminationFigures figures) {
        this.actions = actions;
        this.figures = figures;
    }

    @Schema(description = "承办法官在申请中确认的事项（尚无限制消费与失信流程，由法官确认）")
    record CheckRequest(boolean consumptionRestrictionIssued, boolean debtorListedOrNotQualifying) {
    }

    record GateView(String code, String nameZh, String legalBasis, boolean fourNo, boolean passed, String reason) {
    }

    record CheckResponse(Long caseId, String caseNumber, LocalDate checkedOn, boolean passed, List<GateView> gates,
                         List<String> otherFailures, TerminationFacts facts) {
    }

    @PostMapping("/api/cases/{id}/termination-check")
    @Operation(summary = "Check the \"四个不批\" and the SPC's 终本 conditions now, as an application would be checked; changes nothing")
    CheckResponse check(CurrentUser user, @PathVariable Long id, @RequestBody(required = false) CheckRequest request) {
        CheckRequest r = request == null ? new CheckRequest(false, false) : request;
        GateCheckResult result = actions.check(id, r.consumptionRestrictionIssued(), r.debtorListedOrNotQualifying(), user);
        List<GateView> gates = Arrays.stream(TerminationGate.values())
                .map(g -> result.failureOf(g)
                        .map(f -> new GateView(g.name(), g.nameZh(), g.legalBasis(), g.fourNo(), false, f.reason()))
                        .orElse(new GateView(g.name(), g.nameZh(), g.legalBasis(), g.fourNo(), true, null)))
                .toList();
        List<String> other = result.failures().stream().filter(f -> f.gate() == null).map(GateCheckResult.Failure::reason).toList();
        return new CheckResponse(id, result.caseNumber(), result.checkedOn(), result.passed(), gates, other, result.facts());
    }

    record ResumptionResponse(Long caseId, String status, Long resumedCaseId, String resumptionTrigger) {
        static ResumptionResponse of(TerminatedCaseEntry e) {
            return new ResumptionResponse(e.caseId(), e.status().name(), e.resumedCaseId(),
                    e.resumptionTrigger() == null ? null : e.resumptionTrigger().name());
        }
    }

    @PostMapping("/api/cases/{id}/resumption-requests")
    @Operation(summary = "The creditor applies to resume a case in the 终本 library (申请恢复执行), recorded by a judge of the court: "
            + "201 with the resumed (执恢) case; 422 when the case is not in the library or already resumed")
    ResponseEntity<ResumptionResponse> requestResumption(CurrentUser user, @PathVariable Long id) {
        TerminatedCaseEntry entry = actions.requestResumption(id, user);
        return ResponseEntity.created(URI.create("/api/cases/" + entry.resumedCaseId())).body(ResumptionResponse.of(entry));
    }

    @GetMapping("/api/termination/figures")
    @Operation(summary = "终本 figures of a court for leaders, reviewers and the command centre: 终本合格率 (approved / applied), "
            + "rejections per gate, cases in the library, resumptions")
    TerminationFigures.Figures figures(CurrentUser user, @RequestParam(required = false) String courtId) {
        if (!user.isAdmin() && FIGURE_ROLES.stream().noneMatch(user::hasRole)) {
            throw new ForbiddenException("只有院领导、审批人、执行指挥中心可以查看终本统计。");
        }
        String court = courtId != null ? courtId : user.courtIds().isEmpty() ? null : user.courtIds().get(0);
        if (court == null || !user.mayAccessCourt(court)) {
            throw new ForbiddenException("只能查看本院的终本统计。");
        }
        return figures.of(court);
    }
}
