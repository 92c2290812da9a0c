package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.web.FieldProblem;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.enforcement.CaseNumber;
import cn.courts.enforcement.model.enforcement.PartyIdentifiers;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The domain checks of a filing that bean validation cannot make: case number format and court code,
 * identifier check digits, one creditor and one debtor at least, filing date not in the future (by the
 * engine clock), and a named judge who is a judge of that court. Returns every failing field.
 */
@Component
class CaseFilingValidator {

    private final CourtDirectory courts;
    private final CourtClock clock;
    private final IdentityService identityService;

    CaseFilingValidator(CourtDirectory courts, CourtClock clock, IdentityService identityService) {
        this.courts = courts;
        this.clock = clock;
        this.identityService = identityService;
    }

    List<FieldProblem> check(CaseFilingRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Court> court = courts.find(request.courtId());
        if (court.isEmpty()) {
            problems.add(new FieldProblem("courtId", "法院不存在：" + request.courtId()));
        }
        if (!CaseNumber.isValid(request.caseNumber())) {
            problems.add(new FieldProblem("caseNumber", "案号格式应为“（2026）粤0304执1234号”（全角括号）"));
        } else if (court.isPresent()) {
            CaseNumber number = CaseNumber.parse(request.caseNumber());
            if (!number.courtCode().equals(court.get().caseCode())) {
                problems.add(new FieldProblem("caseNumber", "案号中的法院代字应为" + court.get().caseCode()));
            }
            if (!CaseNumber.ENFORCEMENT.equals(number.typeCode())) {
                problems.add(new FieldProblem("caseNumber", "新立执行案件的类型代字应为“执”；恢复执行案件由系统生成"));
            }
            if (request.filingDate() != null && number.year() != request.filingDate().getYear()) {
                problems.add(new FieldProblem("caseNumber", "案号年度应与立案日期的年度一致"));
            }
        }
        if (request.filingDate() != null && request.filingDate().isAfter(clock.today())) {
            problems.add(new FieldProblem("filingDate", "立案日期不能晚于今天"));
        }
        List<CaseFilingRequest.Party> parties = request.parties() == null ? List.of() : request.parties();
        if (parties.stream().noneMatch(p -> p.role() == PartyRole.CREDITOR)) {
            problems.add(new FieldProblem("parties", "至少需要一名申请执行人"));
        }
        if (parties.stream().noneMatch(p -> p.role() == PartyRole.DEBTOR)) {
            problems.add(new FieldProblem("parties", "至少需要一名被执行人"));
        }
        for (int i = 0; i < parties.size(); i++) {
            CaseFilingRequest.Party p = parties.get(i);
            if (p.kind() == PartyKind.PERSON && !PartyIdentifiers.isValidResidentIdNumber(p.identifier())) {
                problems.add(new FieldProblem("parties[" + i + "].identifier", "身份证号码无效（18位，校验位不符或出生日期不存在）"));
            }
            if (p.kind() == PartyKind.ORGANISATION && !PartyIdentifiers.isValidUnifiedSocialCreditCode(p.identifier())) {
                problems.add(new FieldProblem("parties[" + i + "].identifier", "统一社会信用代码无效（18位，校验码不符）"));
            }
        }
        if (request.judgeId() != null && !request.judgeId().isBlank() && court.isPresent()) {
            boolean isJudgeOfCourt = identityService.createUserQuery().userId(request.judgeId())
                    .memberOfGroup(RoleGroup.JUDGE.groupId()).memberOfTenant(court.get().id()).count() == 1;
            if (!isJudgeOfCourt) {
                problems.add(new FieldProblem("judgeId", "承办法官必须是本院的执行法官"));
            }
        }
        return problems;
    }
}
