package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.ProcessStart;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.termination.rule.MonitoringStartsOnATerminatedCase;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The rules of {@code TerminatedCaseMonitoringProcess}: it has no user task (the searches, the resumption and the
 * listing exit are the platform's own steps); an instance starts only for a case of the court closed as 终本, with
 * that case's library entry ({@link MonitoringStartsOnATerminatedCase}, 法〔2016〕373号 第九条).
 */
@Component
class TerminatedCaseMonitoringGuards implements ProcessGuards {

    private static final MonitoringStartsOnATerminatedCase START = new MonitoringStartsOnATerminatedCase();

    private final EnforcementCaseRepository cases;
    private final TerminatedCaseEntryRepository entries;

    TerminatedCaseMonitoringGuards(EnforcementCaseRepository cases, TerminatedCaseEntryRepository entries) {
        this.cases = cases;
        this.entries = entries;
    }

    @Override
    public String processKey() {
        return TerminatedCaseMonitoringProcess.KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        return Map.of();
    }

    @Override
    public StartGuard onStart() {
        return this::mayStart;
    }

    private RuleResult mayStart(ProcessStart start) {
        Optional<String> court = CaseVariables.COURT_ID.from(start.variables());
        Optional<EnforcementCase> c = CaseVariables.CASE_ID.from(start.variables()).flatMap(cases::findById)
                .filter(found -> court.filter(found.courtId()::equals).isPresent());
        boolean entryOfCase = c.isPresent() && TerminatedCaseMonitoringProcess.LIBRARY_ENTRY.from(start.variables())
                .flatMap(entries::findById).filter(e -> e.caseId().equals(c.get().id())).isPresent();
        return START.check(new MonitoringStartsOnATerminatedCase.Facts(c.map(EnforcementCase::status),
                c.map(EnforcementCase::closingMode), entryOfCase));
    }
}
