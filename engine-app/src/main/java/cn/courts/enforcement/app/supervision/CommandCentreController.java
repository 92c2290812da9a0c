package cn.courts.enforcement.app.supervision;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

@RestController
@RequestMapping("/api/command-centre")
@Tag(name = "command centre", description = "执行指挥中心: supervisions and cases near their time limit")
class CommandCentreController {

    private final SupervisionRepository supervisions;
    private final EnforcementCaseRepository cases;
    private final LegalCalendarService calendar;
    private final CourtClock clock;

    CommandCentreController(SupervisionRepository supervisions, EnforcementCaseRepository cases,
                            LegalCalendarService calendar, CourtClock clock) {
        this.supervisions = supervisions;
        this.cases = cases;
        this.calendar = calendar;
        this.clock = clock;
    }

    record SupervisionView(Long id, String kind, String caseNumber, Long caseId, String node, String judgeId,
                           Instant due, Instant supervisedAt) {
    }

    record NearLimitView(Long caseId, String caseNumber, String judgeId, LocalDate caseLimitDate, long daysLeft,
                         boolean passed) {
    }

    @GetMapping("/supervisions")
    @Operation(summary = "The court's supervisions (督办), newest first")
    @Transactional(readOnly = true)
    List<SupervisionView> supervisions(CurrentUser user, @RequestParam(required = false) String courtId) {
        return supervisions.findByCourtIdOrderByCreatedAtDesc(courtOf(user, courtId)).stream()
                .map(s -> new SupervisionView(s.id(), s.kind().name(), s.caseNumber(), s.caseId(), s.nodeName(),
                        s.judgeId(), s.dueDate(), s.createdAt()))
                .toList();
    }

    @GetMapping("/cases-near-limit")
    @Operation(summary = "Open cases within 15 days (a legal parameter) of their time limit, or past it")
    @Transactional(readOnly = true)
    List<NearLimitView> nearLimit(CurrentUser user, @RequestParam(required = false) String courtId) {
        LocalDate today = clock.today();
        LocalDate until = today.plusDays(calendar.period(LegalParameterCode.COMMAND_CENTRE_CASE_LIMIT_WARNING).amount());
        return cases.findNearLimit(courtOf(user, courtId), CaseStatus.IN_PROGRESS, until).stream()
                .map(c -> new NearLimitView(c.id(), c.caseNumber(), c.judgeId(), c.caseLimitDate(),
                        ChronoUnit.DAYS.between(today, c.caseLimitDate()), c.caseLimitDate().isBefore(today)))
                .toList();
    }

    private static String courtOf(CurrentUser user, String courtId) {
        if (!user.isAdmin() && !user.hasRole(RoleGroup.COMMAND_CENTRE) && !user.hasRole(RoleGroup.LEADER)) {
            throw new ForbiddenException("只有执行指挥中心和院领导可以查看督办信息。");
        }
        if (courtId != null && user.mayAccessCourt(courtId)) {
            return courtId;
        }
        if (user.courtIds().isEmpty()) {
            throw new ForbiddenException("请指定法院。");
        }
        return user.courtIds().get(0);
    }
}
