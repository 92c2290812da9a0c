package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.web.ConflictException;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.FieldProblem;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.app.web.InvalidRequestException;
import cn.courts.enforcement.model.enforcement.CaseNumber;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.CASE_ID;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.CASE_LIMIT_DATE;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.CASE_NUMBER;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.COURT_ID;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.FILING_DATE;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables.JUDGE_ID;

/**
 * Files a case: the domain rows and the process instance in one transaction, so a case never exists
 * without its process or a process without its case.
 */
@Service
public class CaseFilingService {

    private static final Logger log = LoggerFactory.getLogger(CaseFilingService.class);

    private final EnforcementCaseRepository cases;
    private final CaseFilingValidator validator;
    private final CaseLimits limits;
    private final ProcessStarts processStarts;
    private final CourtClock clock;

    CaseFilingService(EnforcementCaseRepository cases, CaseFilingValidator validator, CaseLimits limits,
                      ProcessStarts processStarts, CourtClock clock) {
        this.cases = cases;
        this.validator = validator;
        this.limits = limits;
        this.processStarts = processStarts;
        this.clock = clock;
    }

    /** The outcome of a filing: the case and its process instance. */
    public record FiledCase(Long caseId, String caseNumber, String processInstanceId, String judgeId, LocalDate caseLimitDate) {
    }

    @Transactional
    public FiledCase file(CaseFilingRequest request, CurrentUser user) {
        if (!user.isAdmin() && !user.hasRole(RoleGroup.JUDGE)) {
            throw new ForbiddenException("只有执行法官或系统管理员可以立案。");
        }
        if (request.courtId() != null && !user.mayAccessCourt(request.courtId())) {
            throw new ForbiddenException("只能为本院立案。");
        }
        List<FieldProblem> problems = validator.check(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (cases.existsByCaseNumber(request.caseNumber().strip())) {
            throw new ConflictException("案号已存在：" + request.caseNumber());
        }
        CaseNumber number = CaseNumber.parse(request.caseNumber());
        LocalDate limit = limits.initialLimit(request.filingDate(), request.nonLitigation());
        EnforcementCase enforcementCase = new EnforcementCase(number, request.courtId(), request.filingDate(),
                request.amount(), request.basisDocument().strip(), request.nonLitigation(), limit, user.userId(), clock.now());
        request.parties().forEach(p -> enforcementCase.addParty(p.role(), p.kind(), p.name().strip(),
                p.identifier().strip(), p.email()));
        cases.saveAndFlush(enforcementCase);

        VariableMap variables = Variables.createVariables()
                .putValue(COURT_ID, enforcementCase.courtId())
                .putValue(CASE_ID, enforcementCase.id())
                .putValue(CASE_NUMBER, enforcementCase.caseNumber())
                .putValue(FILING_DATE, enforcementCase.filingDate().toString())
                .putValue(CASE_LIMIT_DATE, limit.toString())
                .putValue(EnforcementCaseProcess.Variables.DEBTOR_NAMES, String.join("、",
                        enforcementCase.parties(PartyRole.DEBTOR).stream().map(p -> p.name()).toList()));
        if (request.judgeId() != null && !request.judgeId().isBlank()) {
            variables.putValue(JUDGE_ID, request.judgeId());
        }
        ProcessInstance instance = processStarts.start(EnforcementCaseProcess.KEY,
                enforcementCase.caseNumber(), variables);
        enforcementCase.linkProcessInstance(instance.getId());
        log.info("Case {} filed in court {} by {}, process instance {}", enforcementCase.caseNumber(),
                enforcementCase.courtId(), user.userId(), instance.getId());
        return new FiledCase(enforcementCase.id(), enforcementCase.caseNumber(), instance.getId(),
                enforcementCase.judgeId(), limit);
    }
}
