package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.enforcement.CaseFilingRequest;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail on assignment and the day before a due date, each once per task, and a user may turn them off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class TaskMailsIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(81000);

    @Autowired
    CaseFilingService filing;
    @Autowired
    MailPreferences preferences;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void monday() {
        at(LocalDate.of(2026, 3, 2), 9);
    }

    @AfterEach
    void resetClockAndPreferences() {
        ClockUtil.reset();
        preferences.set("ftjudge2", MailPreferences.Kind.ASSIGNMENT, true);
        preferences.set("ftjudge2", MailPreferences.Kind.DUE_REMINDER, true);
    }

    @Test
    void assigningATaskMailsTheAssigneeOnce() {
        CaseFilingService.FiledCase filed = file("ftjudge2");
        assertThat(mails(filed.caseId(), TaskMails.ASSIGNMENT_DOCUMENT)).containsExactly("ftjudge2@court.example");
    }

    @Test
    void aJudgeWhoTurnedTheAssignmentMailOffGetsNone() {
        preferences.set("ftjudge2", MailPreferences.Kind.ASSIGNMENT, false);
        CaseFilingService.FiledCase filed = file("ftjudge2");
        assertThat(mails(filed.caseId(), TaskMails.ASSIGNMENT_DOCUMENT)).isEmpty();
    }

    @Test
    void theDayBeforeTheDueDateTheAssigneeIsRemindedOnce() {
        // filed Monday 03-02: the execution notice is due Thursday 03-05 (3 days)
        CaseFilingService.FiledCase filed = file("ftjudge2");
        at(LocalDate.of(2026, 3, 3), 9);
        runDeadlineWatch();
        assertThat(mails(filed.caseId(), TaskMails.DUE_DOCUMENT)).as("two days before: no reminder yet").isEmpty();

        at(LocalDate.of(2026, 3, 4), 9);
        runDeadlineWatch();
        assertThat(mails(filed.caseId(), TaskMails.DUE_DOCUMENT)).containsExactly("ftjudge2@court.example");

        at(LocalDate.of(2026, 3, 4), 15);
        runDeadlineWatch();
        assertThat(mails(filed.caseId(), TaskMails.DUE_DOCUMENT)).hasSize(1);
    }

    @Test
    void aJudgeWhoTurnedTheReminderOffGetsNone() {
        preferences.set("ftjudge2", MailPreferences.Kind.DUE_REMINDER, false);
        CaseFilingService.FiledCase filed = file("ftjudge2");
        at(LocalDate.of(2026, 3, 4), 9);
        runDeadlineWatch();
        assertThat(mails(filed.caseId(), TaskMails.DUE_DOCUMENT)).isEmpty();
    }

    private CaseFilingService.FiledCase file(String judge) {
        CaseFilingRequest request = new CaseFilingRequest("（2026）粤0304执" + SEQUENCE.incrementAndGet() + "号", "szft",
                new BigDecimal("5000.00"), "（2025）粤0304民初1号民事判决书", false, LocalDate.of(2026, 3, 2), judge,
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲公司", "91350100M000100Y43", null),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, PartyKind.PERSON, "王某", "11010519491231002X", null)));
        return filing.file(request, new CurrentUser("ftjudge1", List.of("judge"), List.of("szft")));
    }

    private List<String> mails(Long caseId, String document) {
        return jdbc.queryForList("select recipient_address from service_record where case_id = ? and document = ?",
                String.class, caseId, document);
    }

    private void runDeadlineWatch() {
        Job timer = managementService.createJobQuery().processDefinitionKey("DeadlineWatchProcess").timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    private static void at(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }
}
