package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.CaseNumber;
import cn.courts.enforcement.model.enforcement.CaseParty;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Resumes a case terminated this round (恢复执行, 终本规定 第九条): a new enforcement case numbered with 执恢
 * ({@link CaseNumber#resumed}: the resuming year and the court's next 执恢 sequence), linked to the old case
 * ({@code resumed_from_case_id}), with the old case's parties, basis and amount, filed today and run through
 * EnforcementCaseProcess from the start, with the old case's judge.
 *
 * <p>Separate from {@link CaseFilingService}: a resumption is not a filing request (no 立案审查 of a new application,
 * no 执 number), but it starts the same process with the same variables.
 */
@Service
public class CaseResumptionService {

    private static final Logger log = LoggerFactory.getLogger(CaseResumptionService.class);

    private final EnforcementCaseRepository cases;
    private final CaseLimits limits;
    private final ProcessStarts processStarts;
    private final JdbcTemplate jdbc;
    private final CaseNumberSequences sequences;
    private final CourtClock clock;

    CaseResumptionService(EnforcementCaseRepository cases, CaseLimits limits, ProcessStarts processStarts, JdbcTemplate jdbc,
                          CaseNumberSequences sequences, CourtClock clock) {
        this.cases = cases;
        this.limits = limits;
        this.processStarts = processStarts;
        this.jdbc = jdbc;
        this.sequences = sequences;
        this.clock = clock;
    }

    /** The resumed case: its row and its process instance. */
    public record ResumedCase(Long caseId, String caseNumber, String processInstanceId, String judgeId) {
    }

    /**
     * @param oldCaseId the case terminated this round
     * @param createdBy who resumes: the judge acting for the creditor, or the library's search
     */
    @Transactional
    public ResumedCase resume(Long oldCaseId, String createdBy) {
        EnforcementCase old = cases.findById(oldCaseId)
                .orElseThrow(() -> new IllegalStateException("case " + oldCaseId + " not found"));
        LocalDate today = clock.today();
        CaseNumber oldNumber = CaseNumber.parse(old.caseNumber());
        CaseNumber number = oldNumber.resumed(today.getYear(), nextResumedSequence(old.courtId(), oldNumber.courtCode(), today.getYear()));
        LocalDate limit = limits.initialLimit(today, old.nonLitigation());
        EnforcementCase resumed = new EnforcementCase(number, old.courtId(), today, old.amount(), old.basisDocument(),
                old.nonLitigation(), limit, createdBy, clock.now());
        for (CaseParty p : old.parties()) {
            resumed.addParty(p.role(), p.kind(), p.name(), p.identifier(), p.email());
        }
        resumed.markResumedFrom(old.id());
        cases.saveAndFlush(resumed);

        VariableMap variables = Variables.createVariables()
                .putValue(EnforcementCaseProcess.Variables.COURT_ID, resumed.courtId())
                .putValue(EnforcementCaseProcess.Variables.CASE_ID, resumed.id())
                .putValue(EnforcementCaseProcess.Variables.CASE_NUMBER, resumed.caseNumber())
                .putValue(EnforcementCaseProcess.Variables.FILING_DATE, today.toString())
                .putValue(EnforcementCaseProcess.Variables.CASE_LIMIT_DATE, limit.toString())
                .putValue(EnforcementCaseProcess.Variables.DEBTOR_NAMES, resumed.parties(PartyRole.DEBTOR).stream()
                        .map(CaseParty::name).collect(Collectors.joining("、")));
        if (old.judgeId() != null) {
            variables.putValue(EnforcementCaseProcess.Variables.JUDGE_ID, old.judgeId());
        }
        ProcessInstance instance = processStarts.start(EnforcementCaseProcess.KEY, resumed.caseNumber(), variables);
        resumed.linkProcessInstance(instance.getId());
        log.info("Case {} resumed as {} by {}, process instance {}", old.caseNumber(), resumed.caseNumber(), createdBy, instance.getId());
        return new ResumedCase(resumed.id(), resumed.caseNumber(), instance.getId(), resumed.judgeId());
    }

    /**
     * The court's next 执恢 sequence in the year, from the court's counter (locked until this transaction commits, so
     * two resumptions in one court never take the same number), and above any 执恢 number already on file.
     */
    private int nextResumedSequence(String courtId, String courtCode, int year) {
        try {
            sequences.ensureRow(courtId, year, CaseNumber.RESUMED_ENFORCEMENT);
        } catch (DuplicateKeyException e) {
            // another resumption created the counter a moment ago: use it
        }
        String prefix = "（" + year + "）" + courtCode + CaseNumber.RESUMED_ENFORCEMENT;
        int onFile = jdbc.queryForList("select case_number from enforcement_case where court_id = ? and case_number like ?",
                        String.class, courtId, prefix + "%").stream()
                .filter(CaseNumber::isValid)
                .map(CaseNumber::parse)
                .filter(n -> n.year() == year && n.courtCode().equals(courtCode) && CaseNumber.RESUMED_ENFORCEMENT.equals(n.typeCode()))
                .mapToInt(CaseNumber::sequence)
                .max().orElse(0);
        return sequences.next(courtId, year, CaseNumber.RESUMED_ENFORCEMENT, onFile + 1);
    }
}
