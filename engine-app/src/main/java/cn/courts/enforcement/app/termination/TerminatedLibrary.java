package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.CaseResumptionService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.networksearch.NetworkSearchTopic;
import cn.courts.enforcement.app.notice.NoticeService;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.enforcement.CaseParty;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import cn.courts.enforcement.model.termination.LibrarySearchSchedule;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The 终本 library (终本案件库, seed 002; 终本规定 第九条): entering a terminated case, scheduling its six-monthly network
 * searches for five years, recording what they find, resuming the case (恢复执行) when assets appear or the creditor
 * asks, and asking the listing process to delete the debtor's listing after two fruitless searches (法释〔2017〕7号
 * 第十条第（四）项). The TerminatedCaseMonitoringProcess instance of each case calls it.
 *
 * <p><b>Search times.</b> A search falls due on its legal day ({@link LibrarySearchSchedule}) at
 * {@code enforcement.termination.library.search-start} (default 01:00, the courts' night), spread over
 * {@code search-window} (default 4 hours) by the case id, so that the cases terminated on one day (and a migrated
 * library of thousands) do not fall due in the same second: the job executor and the network search then see a steady
 * trickle rather than a wall (docs/performance.md).
 */
@Service
public class TerminatedLibrary {

    private static final Logger log = LoggerFactory.getLogger(TerminatedLibrary.class);

    static final String RESUMPTION_NOTICE = "恢复执行通知书";
    static final String LIBRARY_SEARCH_USER = "system:terminated-library";

    private final TerminatedCaseEntryRepository entries;
    private final EnforcementCaseRepository cases;
    private final PropertyRecordRepository properties;
    private final CaseResumptionService resumption;
    private final NoticeService notices;
    private final CourtDirectory courts;
    private final ProcessStarts processStarts;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final LegalCalendarService calendar;
    private final CourtClock clock;
    private final LocalTime searchStart;
    private final long searchWindowSeconds;

    TerminatedLibrary(TerminatedCaseEntryRepository entries, EnforcementCaseRepository cases, PropertyRecordRepository properties,
                      CaseResumptionService resumption, NoticeService notices, CourtDirectory courts,
                      ProcessStarts processStarts, RuntimeService runtimeService, RepositoryService repositoryService, LegalCalendarService calendar,
                      CourtClock clock,
                      @Value("${enforcement.termination.library.search-start:01:00}") LocalTime searchStart,
                      @Value("${enforcement.termination.library.search-window:PT4H}") Duration searchWindow) {
        this.entries = entries;
        this.cases = cases;
        this.properties = properties;
        this.resumption = resumption;
        this.notices = notices;
        this.courts = courts;
        this.processStarts = processStarts;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.calendar = calendar;
        this.clock = clock;
        this.searchStart = searchStart;
        this.searchWindowSeconds = Math.max(1, searchWindow.toSeconds());
    }

    /** Backs {@code Task_EnterTerminatedLibrary}: the case closed as 终本 today enters the library. */
    @Transactional
    public TerminatedCaseEntry enter(Long caseId) {
        EnforcementCase c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        LocalDate terminatedOn = c.closedOn() != null ? c.closedOn() : clock.today();
        TerminatedCaseEntry entry = entries.saveAndFlush(new TerminatedCaseEntry(c.id(), c.caseNumber(), c.courtId(), terminatedOn,
                schedule(terminatedOn).monitoringEndsOn(calendar.calendar())));
        ProcessInstance instance = processStarts.start(TerminatedCaseMonitoringProcess.KEY, c.caseNumber(),
                TerminatedCaseMonitoringProcess.LIBRARY_ENTRY.putIn(CaseVariables.CASE_NUMBER.putIn(CaseVariables.CASE_ID.putIn(
                        CaseVariables.COURT_ID.putIn(Variables.createVariables(), c.courtId()), c.id()), c.caseNumber()), entry.id()));
        entry.linkMonitoringInstance(instance.getId());
        log.info("Case {} entered the terminated-case library, monitored until {}", c.caseNumber(), entry.monitoringEndsOn());
        return entry;
    }

    /** A scheduled search: its legal day and the instant its timer fires. */
    public record ScheduledSearch(int round, LocalDate day, Date at) {
    }

    /**
     * Backs {@code Task_ScheduleNextSearch}: the round after the searches done so far, or empty when the five years
     * are over.
     */
    @Transactional
    public Optional<ScheduledSearch> scheduleNextSearch(Long entryId) {
        TerminatedCaseEntry entry = entry(entryId);
        int round = entry.searchesDone() + 1;
        Optional<LocalDate> day = schedule(entry.terminatedOn()).searchDay(calendar.calendar(), round);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        entry.scheduleNextSearch(day.get());
        return Optional.of(new ScheduledSearch(round, day.get(), searchTime(day.get(), entry.caseId())));
    }

    /** The instant a search on {@code day} runs: the window's start plus the case's own offset in the window. */
    Date searchTime(LocalDate day, Long caseId) {
        long offset = Math.floorMod(caseId, searchWindowSeconds);
        return Date.from(day.atTime(searchStart).atZone(clock.zone()).toInstant().plusSeconds(offset));
    }

    /** What a library search found, and what follows. */
    public record SearchOutcome(boolean assetsFound, boolean listingExitDue) {
    }

    /**
     * Backs {@code Task_RecordLibrarySearch}: the findings become property records of the terminated case.
     */
    @Transactional
    public SearchOutcome recordSearch(Long entryId, List<NetworkSearchTopic.Finding> findings) {
        TerminatedCaseEntry entry = entry(entryId);
        LocalDate today = clock.today();
        for (NetworkSearchTopic.Finding f : findings) {
            properties.save(new PropertyRecord(entry.caseId(), f.kind(), f.description(), f.holder(), f.estimatedValue(),
                    PropertyRecord.Source.NETWORK_SEARCH, today));
        }
        boolean found = !findings.isEmpty();
        entry.recordSearch(today, found);
        log.info("Library search {} of case {}: {}", entry.searchesDone(), entry.caseNumber(),
                found ? findings.size() + " finding(s)" : "nothing found (" + entry.fruitlessSearches() + " fruitless)");
        return new SearchOutcome(found, !found && entry.listingExitDue());
    }

    /**
     * Backs {@code Task_RequestListingExit}: the contract {@link TerminatedCaseMonitoringProcess.ListingExit}. Every
     * process instance of the case waiting for the exit message gets it; a case without a listing has none.
     *
     * @return how many listing instances were reached
     */
    @Transactional
    public int requestListingExit(Long entryId) {
        TerminatedCaseEntry entry = entry(entryId);
        entry.markListingExitRequested(clock.today());
        boolean listingDeployed = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TerminatedCaseMonitoringProcess.ListingExit.LISTING_PROCESS_KEY).count() > 0;
        List<MessageCorrelationResult> reached = runtimeService
                .createMessageCorrelation(TerminatedCaseMonitoringProcess.ListingExit.MESSAGE)
                .processInstanceBusinessKey(entry.caseNumber())
                .tenantId(entry.courtId())
                .setVariable(TerminatedCaseMonitoringProcess.ListingExit.EXIT_REASON_VARIABLE,
                        TerminatedCaseMonitoringProcess.ListingExit.EXIT_REASON)
                .correlateAllWithResult();
        if (reached.isEmpty()) {
            log.info("Case {}: {} fruitless library searches, no listing to delete{}", entry.caseNumber(),
                    entry.fruitlessSearches(), listingDeployed ? "" : " (the listing process is not deployed)");
        } else {
            log.info("Case {}: {} fruitless library searches, listing exit requested from {} instance(s)", entry.caseNumber(),
                    entry.fruitlessSearches(), reached.size());
        }
        return reached.size();
    }

    /**
     * Backs {@code Task_ResumeCase} and {@code Task_ResumeOnRequest}: files the 执恢 case and notifies the creditors.
     */
    @Transactional
    public CaseResumptionService.ResumedCase resume(Long entryId, TerminatedCaseEntry.ResumptionTrigger trigger, String by) {
        TerminatedCaseEntry entry = entry(entryId);
        CaseResumptionService.ResumedCase resumed = resumption.resume(entry.caseId(), by);
        entry.resumed(resumed.caseId(), trigger, clock.today());
        EnforcementCase old = cases.findById(entry.caseId()).orElseThrow();
        String courtName = courts.find(old.courtId()).map(Court::name).orElse(old.courtId());
        for (CaseParty creditor : old.parties(PartyRole.CREDITOR)) {
            notices.serveOnParty(resumed.caseId(), old.courtId(), creditor.name(), creditor.email(), RESUMPTION_NOTICE,
                    resumed.caseNumber() + " 恢复执行通知书", resumptionNotice(old, resumed, trigger, creditor, courtName));
        }
        return resumed;
    }

    private String resumptionNotice(EnforcementCase old, CaseResumptionService.ResumedCase resumed,
                                    TerminatedCaseEntry.ResumptionTrigger trigger, CaseParty creditor, String courtName) {
        String why = trigger == TerminatedCaseEntry.ResumptionTrigger.ASSETS_FOUND
                ? "本院在终结本次执行程序后定期通过网络执行查控系统查询，发现被执行人有可供执行的财产"
                : "根据你方的申请";
        return creditor.name() + "：\n\n"
                + "你申请执行的" + old.caseNumber() + "一案，本院已于" + old.closedOn() + "裁定终结本次执行程序。" + why
                + "，依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条，本院决定恢复执行，案号"
                + resumed.caseNumber() + "。\n\n" + courtName + "\n" + clock.today();
    }

    /** Backs {@code Task_EndMonitoring}: five years passed. */
    @Transactional
    public void endMonitoring(Long entryId) {
        TerminatedCaseEntry entry = entry(entryId);
        entry.endMonitoring(clock.today());
        log.info("Case {}: library monitoring ended after {} searches", entry.caseNumber(), entry.searchesDone());
    }

    public Optional<TerminatedCaseEntry> entryOfCase(Long caseId) {
        return entries.findByCaseId(caseId);
    }

    private TerminatedCaseEntry entry(Long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new IllegalStateException("library entry " + entryId + " not found"));
    }

    private LibrarySearchSchedule schedule(LocalDate terminatedOn) {
        return new LibrarySearchSchedule(terminatedOn, calendar.period(LegalParameterCode.TERMINATED_LIBRARY_SEARCH_INTERVAL),
                calendar.period(LegalParameterCode.TERMINATED_LIBRARY_MONITORING));
    }
}
