package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.enforcement.CaseActions;
import cn.courts.enforcement.app.enforcement.CaseFilingRequest;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.listing.CorrectionGround;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingExitReason;
import cn.courts.enforcement.model.listing.ListingGround;
import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.listing.rule.ListingDecisionStatesItsReason;
import cn.courts.enforcement.model.listing.rule.ListingProcessStarts;
import cn.courts.enforcement.model.listing.rule.ProposerDoesNotDecide;
import cn.courts.enforcement.model.listing.rule.ReconsiderationStarts;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.courts.enforcement.app.listing.DishonestListingProcess.Elements.*;
import static cn.courts.enforcement.app.listing.DishonestListingProcess.Variables;
import static cn.courts.enforcement.app.support.RuleRefusalAssert.refusalOf;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Scenario tests of {@code DishonestListingProcess} and {@code ListingReconsiderationProcess} on the real
 * application: cases filed through {@link CaseFilingService}, listings proposed and applications recorded
 * through the services behind the court API, the push answered as the joint-punishment exchange would,
 * timers and the deadline watch driven by moving the engine clock and executing their jobs. Each test is
 * named after the rule it proves and asserts the business outcome: the end event, the listing row, the
 * service register (notices to the debtor and to every pushed unit), the supervision rows, the tenant of
 * the reconsideration task.
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class DishonestListingProcessTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(74000);
    private static final CurrentUser JUDGE = new CurrentUser("ftjudge1", List.of("judge"), List.of("szft"));
    private static final String ADULT = "11010519491231002X";
    /** The configured joint-punishment units (application.yaml). */
    private static final List<String> UNITS = List.of("pbc-credit", "ndrc-credit", "caac", "china-railway", "samr");
    private static final String WORKER = "test-push-worker";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseFilingService filing;
    @Autowired
    CaseActions caseActions;
    @Autowired
    ListingService listingService;
    @Autowired
    ListingActions listingActions;
    @Autowired
    ListingExits listingExits;
    @Autowired
    DishonestListingRepository listings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessStarts processStarts;
    @Autowired
    HistoryService historyService;

    private final Map<String, ProcessInstance> instances = new java.util.HashMap<>();

    @BeforeEach
    void startOnMonday2March2026() {
        BpmnAwareTests.init(processEngine);
        at(LocalDate.of(2026, 3, 2), 9, 0);
    }

    @AfterEach
    void resetClock() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    // --- proposal and risk notice ---

    @Test
    void minorCannotBeProposed() {
        Case c = file(minorIdBorn20100101());
        Assertions.assertThatThrownBy(() -> listingService.propose(c.caseId(), proposal(c, 0, ListingGround.ABLE_BUT_REFUSES), JUDGE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("未成年人").hasMessageContaining("第四条");
        Assertions.assertThat(listings.findByCaseIdOrderById(c.caseId())).isEmpty();
        Assertions.assertThat(listingInstances(c)).isZero();
    }

    @Test
    void debtorWithSeizedAssetsCoveringTheDebtCannotBeProposed() {
        Case c = file(ADULT);
        ListingProposal p = new ListingProposal(c.debtorPartyId(), Set.of(ListingGround.ABLE_BUT_REFUSES), null, 0,
                "支付125000.50元，未履行", null, false, true, false, null);
        Assertions.assertThatThrownBy(() -> listingService.propose(c.caseId(), p, JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("第三条第（二）项");
        Assertions.assertThat(listingInstances(c)).isZero();
    }

    @Test
    void riskNoticeIsServedFirstAndFullPerformanceDuringTheGracePeriodEndsWithoutListing() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 1, ListingGround.ABLE_BUT_REFUSES), JUDGE);
        ProcessInstance listing = instance(proposed);
        // one month from the day after 03-02: 04-02 (Thursday)
        Assertions.assertThat(proposed.graceEndsOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(listing).isWaitingAt(GRACE_PERIOD_ENDED).hasPassed(SERVE_RISK_NOTICE);
        Assertions.assertThat(notices(c, "风险提示通知")).isEqualTo(1);

        at(LocalDate.of(2026, 3, 20), 10, 0);
        caseActions.reportFullPerformance(c.caseId(), JUDGE);

        assertThat(listing).isEnded().hasPassed(END_NOT_LISTED).hasNotPassed(REVIEW_LISTING, PUBLISH_LISTING);
        DishonestListing row = row(proposed);
        Assertions.assertThat(row.status()).isEqualTo(ListingStatus.NOT_LISTED);
        Assertions.assertThat(row.exitReason()).isEqualTo(ListingExitReason.FULL_PERFORMANCE);
        Assertions.assertThat(notices(c, "纳入失信被执行人名单决定书")).isZero();
        Assertions.assertThat(notices(c, "限制消费令")).isZero();
        Assertions.assertThat(jdbc.queryForObject("select count(*) from listing_push where listing_id = ?", Integer.class,
                proposed.listingId())).isZero();
    }

    @Test
    void creditorsApplicationIsDecidedWithin15DaysOfTheApplication() {
        Case c = file(ADULT);
        ListingProposal p = new ListingProposal(c.debtorPartyId(), Set.of(ListingGround.ABLE_BUT_REFUSES), null, 0,
                "支付125000.50元，未履行", null, false, false, false, LocalDate.of(2026, 3, 2));
        ListingService.Proposed proposed = listingService.propose(c.caseId(), p, JUDGE);
        passGracePeriod(proposed);

        Task review = task(proposed, REVIEW_LISTING);
        // 15 days from the day after 03-02: 03-17 (法释〔2017〕7号 第五条)
        Assertions.assertThat(review.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 17)));
        Assertions.assertThat(candidateGroups(review)).containsExactly("reviewer");
    }

    @Test
    void refusedAtApprovalIsNeverPublished() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 0, ListingGround.ABLE_BUT_REFUSES), JUDGE);
        passGracePeriod(proposed);
        taskService.complete(task(proposed, REVIEW_LISTING).getId(), Map.of(Variables.LISTING_APPROVED, true, Variables.DECISION_REASON, "有履行能力而拒不履行，纳入情形成立"));
        taskService.complete(task(proposed, SIGN_LISTING_DECISION).getId(), Map.of(Variables.DECISION_SIGNED, false, Variables.DECISION_REASON, "纳入情形证据不足，不予签发"));

        assertThat(instance(proposed)).isEnded().hasPassed(END_LISTING_REFUSED).hasNotPassed(PUBLISH_LISTING);
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.REFUSED);
    }

    // --- publication ---

    @Test
    void publishedListingServesTheDecisionAndTheConsumptionRestrictionAndRecordsEveryPushedUnit() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);

        DishonestListing row = row(proposed);
        Assertions.assertThat(row.status()).isEqualTo(ListingStatus.PUBLISHED);
        Assertions.assertThat(row.endsOn()).isNull();
        Assertions.assertThat(row.restrictionOrderedOn()).isEqualTo(today());
        Assertions.assertThat(notices(c, "纳入失信被执行人名单决定书")).isEqualTo(1);
        Assertions.assertThat(notices(c, "限制消费令")).isEqualTo(1);
        Assertions.assertThat(jdbc.queryForList("select unit_code from listing_push where listing_id = ? order by id", String.class,
                proposed.listingId())).containsExactlyElementsOf(UNITS);
        // ground 1 alone: no period, listed until an exit event
        assertThat(instance(proposed)).isWaitingAt(CORRECTION_APPLIED);
    }

    @Test
    void fixedPeriodListingIsDeletedWhenThePeriodEnds() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.BREACHES_PROPERTY_REPORT_DUTY);
        Assertions.assertThat(row(proposed).endsOn()).isEqualTo(LocalDate.of(2028, 3, 2));
        Job timer = timer(proposed, LISTING_PERIOD_ENDED);
        Assertions.assertThat(timer.getDuedate()).isEqualTo(endOfDay(LocalDate.of(2028, 3, 2)));

        at(LocalDate.of(2028, 3, 3), 0, 30);
        managementService.executeJob(timer.getId());

        assertThat(instance(proposed)).isEnded().hasPassed(END_LISTING_EXPIRED);
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.REMOVED);
        Assertions.assertThat(row(proposed).exitReason()).isEqualTo(ListingExitReason.PERIOD_EXPIRED);
        assertEveryPushedUnitNotified(c, "失信信息删除及解除限制消费通知");
    }

    @Test
    void correctionOfAFixedPeriodListingHoldsThePeriodTimerUntilRejectedAndTheListingRunsOn() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.EVADES_BY_SHAM_SUIT_OR_HIDING_ASSETS);
        assertThat(instance(proposed)).isWaitingAt(LISTING_IN_FORCE);
        listingActions.recordDecisionReceived(proposed.listingId(), today(), JUDGE);
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.INFORMATION_INACCURATE, today(), JUDGE);
        assertThat(instance(proposed)).isWaitingAtExactly(REVIEW_CORRECTION);
        // a second application while the first is under review is refused
        Assertions.assertThatThrownBy(() -> listingActions.applyForCorrection(proposed.listingId(),
                CorrectionGround.INFORMATION_INACCURATE, today(), JUDGE)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("正在审查");

        taskService.complete(task(proposed, REVIEW_CORRECTION).getId(), Map.of(Variables.CORRECTION_WELL_FOUNDED, false, Variables.DECISION_REASON, "纠正申请理由不成立"));

        assertThat(instance(proposed)).isWaitingAt(LISTING_IN_FORCE);
        Assertions.assertThat(timer(proposed, LISTING_PERIOD_ENDED).getDuedate()).isEqualTo(endOfDay(LocalDate.of(2028, 3, 2)));
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void listingTheReviewerDoesNotApproveIsRefusedWithoutSigning() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 0, ListingGround.ABLE_BUT_REFUSES), JUDGE);
        passGracePeriod(proposed);
        taskService.complete(task(proposed, REVIEW_LISTING).getId(), Map.of(Variables.LISTING_APPROVED, false, Variables.DECISION_REASON, "被执行人已提供履行计划，暂不纳入"));

        assertThat(instance(proposed)).isEnded().hasPassed(RECORD_REFUSAL, END_LISTING_REFUSED).hasNotPassed(SIGN_LISTING_DECISION);
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.REFUSED);
    }

    // --- correction (纠正) ---

    @Test
    void correctionAppliedOnDay10IsAcceptedAndOnDay11IsRefusedAndRecorded() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);
        listingActions.recordDecisionReceived(proposed.listingId(), LocalDate.of(2026, 3, 2), JUDGE);

        at(LocalDate.of(2026, 3, 13), 9, 0);
        // day 11 after receipt on 03-02
        Assertions.assertThatThrownBy(() -> listingActions.applyForCorrection(proposed.listingId(),
                        CorrectionGround.SHOULD_NOT_BE_LISTED, LocalDate.of(2026, 3, 13), JUDGE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("最后一日为2026-03-12").hasMessageContaining("不予受理");
        Assertions.assertThat(jdbc.queryForList("select accepted, refusal_reason from listing_application where listing_id = ?",
                proposed.listingId())).singleElement()
                .satisfies(r -> {
                    Assertions.assertThat(r.get("ACCEPTED")).isEqualTo(false);
                    Assertions.assertThat((String) r.get("REFUSAL_REASON")).contains("2026-03-12");
                });
        assertThat(instance(proposed)).isNotWaitingAt(REVIEW_CORRECTION);

        // day 10: in time; reviewed within 3 days (seed 001), 03-15 is a Sunday → Monday 03-16
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.SHOULD_NOT_BE_LISTED, LocalDate.of(2026, 3, 12), JUDGE);
        Task review = task(proposed, REVIEW_CORRECTION);
        Assertions.assertThat(review.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 16)));
        Assertions.assertThat(candidateGroups(review)).containsExactly("reviewer");
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void correctionWindowEndingInTheNationalDayHolidaysRunsToTheNextWorkingDay() {
        at(LocalDate.of(2026, 9, 25), 9, 0);
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);
        listingActions.recordDecisionReceived(proposed.listingId(), LocalDate.of(2026, 9, 25), JUDGE);

        // day 10 is 10-05, inside 10-01..10-07: the window ends Thursday 10-08 (《民事诉讼法》第八十五条)
        at(LocalDate.of(2026, 10, 9), 9, 0);
        Assertions.assertThatThrownBy(() -> listingActions.applyForCorrection(proposed.listingId(),
                        CorrectionGround.INFORMATION_INACCURATE, LocalDate.of(2026, 10, 9), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2026-10-08");
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.INFORMATION_INACCURATE, LocalDate.of(2026, 10, 8), JUDGE);

        assertThat(instance(proposed)).isWaitingAt(REVIEW_CORRECTION);
        Assertions.assertThat(jdbc.queryForList("select accepted from listing_application where listing_id = ? order by id",
                Boolean.class, proposed.listingId())).containsExactly(false, true);
    }

    @Test
    void lateCorrectionReviewIsEscalatedToTheCommandCentreExactlyOnce() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);
        listingActions.recordDecisionReceived(proposed.listingId(), LocalDate.of(2026, 3, 2), JUDGE);
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.SHOULD_BE_DELETED, LocalDate.of(2026, 3, 2), JUDGE);
        Task review = task(proposed, REVIEW_CORRECTION);
        // due 03-05 (3 days)
        Assertions.assertThat(review.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 5)));

        at(LocalDate.of(2026, 3, 5), 18, 0);
        runDeadlineWatch();
        Assertions.assertThat(supervisionsOf(review)).isZero();

        at(LocalDate.of(2026, 3, 6), 9, 0);
        runDeadlineWatch();
        at(LocalDate.of(2026, 3, 6), 9, 15);
        runDeadlineWatch();

        Assertions.assertThat(supervisionsOf(review)).isEqualTo(1);
        String instanceId = jdbc.queryForObject("select supervision_instance_id from supervision where task_id = ?", String.class, review.getId());
        Task supervise = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        Assertions.assertThat(supervise.getTaskDefinitionKey()).isEqualTo(SupervisionProcess.TASK_SUPERVISE);
        Assertions.assertThat(supervise.getTenantId()).isEqualTo("szft");
        Assertions.assertThat(candidateGroups(supervise)).containsExactly("commandcentre");
    }

    @Test
    void wellFoundedCorrectionRevokesTheListingAndNotifiesEveryPushedUnit() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);
        listingActions.recordDecisionReceived(proposed.listingId(), LocalDate.of(2026, 3, 2), JUDGE);
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.SHOULD_NOT_BE_LISTED, LocalDate.of(2026, 3, 2), JUDGE);

        taskService.complete(task(proposed, REVIEW_CORRECTION).getId(), Map.of(Variables.CORRECTION_WELL_FOUNDED, true, Variables.DECISION_REASON, "被执行人不应纳入，理由成立"));
        Task revoke = task(proposed, REVOKE_LISTING);
        // 3 working days from 03-02: 03-05 (法释〔2017〕7号 第十二条)
        Assertions.assertThat(revoke.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 5)));
        Assertions.assertThat(revoke.getAssignee()).isEqualTo("ftjudge1");
        taskService.complete(revoke.getId());

        assertThat(instance(proposed)).isEnded().hasPassed(NOTIFY_REVOCATION, END_LISTING_REVOKED);
        DishonestListing row = row(proposed);
        Assertions.assertThat(row.status()).isEqualTo(ListingStatus.REVOKED);
        Assertions.assertThat(row.exitReason()).isEqualTo(ListingExitReason.REVOKED_ON_CORRECTION);
        Assertions.assertThat(row.restrictionLiftedOn()).isEqualTo(today());
        assertEveryPushedUnitNotified(c, "失信信息撤销及解除限制消费通知");
        Assertions.assertThat(notices(c, "解除限制消费令")).isEqualTo(1);
        Assertions.assertThat(listings.findByStatusAndDebtorIdentifierOrderById(ListingStatus.PUBLISHED, ADULT))
                .noneMatch(l -> l.id().equals(proposed.listingId()));
    }

    // --- reconsideration (复议) in the next higher court ---

    @Test
    void rejectedCorrectionGoesToAReconsiderationTaskInTheHigherCourtsTasklistOnly() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = rejectCorrection(c);
        Assertions.assertThat(row(proposed).rejectionServedOn()).isEqualTo(today());

        listingActions.applyForReconsideration(proposed.listingId(), today(), JUDGE);

        ProcessInstance reconsideration = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ListingReconsiderationProcess.KEY).processInstanceBusinessKey(c.caseNumber()).singleResult();
        Assertions.assertThat(reconsideration.getTenantId()).isEqualTo("szzy");
        Task decide = taskService.createTaskQuery().processInstanceId(reconsideration.getId()).singleResult();
        Assertions.assertThat(decide.getTaskDefinitionKey()).isEqualTo(ListingReconsiderationProcess.Elements.DECIDE);
        Assertions.assertThat(decide.getTenantId()).isEqualTo("szzy");
        Assertions.assertThat(candidateGroups(decide)).containsExactly("reviewer");
        // 15 days from the day after 03-02: 03-17
        Assertions.assertThat(decide.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 17)));

        Assertions.assertThat(tasksSeenBy("zyreviewer", "szzy", reconsideration)).isEqualTo(1);
        Assertions.assertThat(tasksSeenBy("ftreviewer", "szft", reconsideration)).isZero();
        Assertions.assertThat(tasksSeenBy("lhreviewer", "szlh", reconsideration)).isZero();
        // the listing stays in force while the higher court decides (法释〔2017〕7号 第十二条)
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void higherCourtRevokingOnReconsiderationRemovesTheListingInTheListingCourt() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = rejectCorrection(c);
        listingActions.applyForReconsideration(proposed.listingId(), today(), JUDGE);
        ProcessInstance reconsideration = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ListingReconsiderationProcess.KEY).processInstanceBusinessKey(c.caseNumber()).singleResult();
        Task decide = taskService.createTaskQuery().processInstanceId(reconsideration.getId()).singleResult();

        identityService.setAuthentication("zyreviewer", List.of("reviewer"), List.of("szzy"));
        try {
            taskService.complete(decide.getId(), Map.of(ListingReconsiderationProcess.Variables.LISTING_UPHELD, false,
                    ListingReconsiderationProcess.Variables.DECISION_REASON, "原决定认定事实不清，予以撤销"));
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(reconsideration).isEnded().hasPassed(ListingReconsiderationProcess.Elements.END_REVOKED);
        Task remove = task(proposed, REMOVE_LISTING);
        Assertions.assertThat(remove.getTenantId()).isEqualTo("szft");
        taskService.complete(remove.getId());
        assertThat(instance(proposed)).isEnded().hasPassed(END_LISTING_REMOVED);
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.REVOKED);
        Assertions.assertThat(row(proposed).exitReason()).isEqualTo(ListingExitReason.REVOKED_ON_RECONSIDERATION);
        assertEveryPushedUnitNotified(c, "失信信息撤销及解除限制消费通知");
    }

    @Test
    void reconsiderationAppliedAfterTenDaysIsRefusedAndRecordedWithoutATask() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = rejectCorrection(c);
        // served 03-02: the last day is 03-12
        at(LocalDate.of(2026, 3, 13), 9, 0);
        Assertions.assertThatThrownBy(() -> listingActions.applyForReconsideration(proposed.listingId(), today(), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2026-03-12");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ListingReconsiderationProcess.KEY)
                .processInstanceBusinessKey(c.caseNumber()).count()).isZero();
        Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from listing_application where listing_id = ? and kind = 'RECONSIDERATION' and accepted = false",
                Integer.class, proposed.listingId())).isEqualTo(1);
    }

    // --- exit ---

    @Test
    void listedDebtorWhoPaysIsRemovedWithinThreeDaysAndEveryPushedUnitIsNotified() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);

        at(LocalDate.of(2026, 3, 6), 10, 0);
        caseActions.reportFullPerformance(c.caseId(), JUDGE);

        Task remove = task(proposed, REMOVE_LISTING);
        // 3 days from Friday 03-06: 03-09 (seed 001 四（二）4; 3 working days per 2017 Art. 10 as a parameter)
        Assertions.assertThat(remove.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 9)));
        Assertions.assertThat(runtimeService.getVariable(proposed.processInstanceId(), Variables.EXIT_REASON))
                .isEqualTo(ListingExitReason.FULL_PERFORMANCE.name());
        at(LocalDate.of(2026, 3, 9), 11, 0);
        taskService.complete(remove.getId());

        assertThat(instance(proposed)).isEnded().hasPassed(END_LISTING_REMOVED);
        DishonestListing row = row(proposed);
        Assertions.assertThat(row.status()).isEqualTo(ListingStatus.REMOVED);
        Assertions.assertThat(row.removedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        Assertions.assertThat(row.restrictionLiftedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertEveryPushedUnitNotified(c, "失信信息删除及解除限制消费通知");
        Assertions.assertThat(notices(c, "解除限制消费令")).isEqualTo(1);
    }

    @Test
    void twoFruitlessSearchesAfterTerminationReachEveryListingOfTheCaseByItsCaseNumber() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);

        int reached = listingExits.requestExit(c.caseNumber(), ListingExitReason.TERMINATED_FRUITLESS_SEARCHES);

        Assertions.assertThat(reached).isEqualTo(1);
        assertThat(instance(proposed)).isWaitingAt(REMOVE_LISTING);
        Assertions.assertThat(listingExits.requestExit("（2026）粤0304执0号", ListingExitReason.TERMINATED_FRUITLESS_SEARCHES)).isZero();
    }

    // --- the rules at the listing's tasks and starts (DishonestListingGuards, ListingReconsiderationGuards) ---

    @Test
    void proposerMayNeitherClaimNorApproveHisOwnListing() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 0, ListingGround.ABLE_BUT_REFUSES), JUDGE);
        passGracePeriod(proposed);
        String review = task(proposed, REVIEW_LISTING).getId();
        // ftjudge1 proposed; suppose he also sits as a reviewer
        identityService.setAuthentication("ftjudge1", List.of("judge", "reviewer"), List.of("szft"));

        RuleRefusal claim = refusalOf(() -> taskService.claim(review, "ftjudge1"));
        RuleRefusal approval = refusalOf(() -> taskService.complete(review, Map.of(Variables.LISTING_APPROVED, true,
                Variables.DECISION_REASON, "纳入情形成立")));

        identityService.clearAuthentication();
        Assertions.assertThat(claim.ruleCode()).isEqualTo(ProposerDoesNotDecide.RULE);
        Assertions.assertThat(claim.citation()).isEqualTo("法释〔2017〕7号 第五条");
        Assertions.assertThat(approval.ruleCode()).isEqualTo(ProposerDoesNotDecide.RULE);
        Assertions.assertThat(approval.messageZh()).contains("不得审批或签发本人提出的纳入");
        assertThat(instance(proposed)).isWaitingAtExactly(REVIEW_LISTING);
        Assertions.assertThat(task(proposed, REVIEW_LISTING).getAssignee()).isNull();
        Assertions.assertThat(row(proposed).status()).isEqualTo(ListingStatus.PROPOSED);

        identityService.setAuthentication("ftreviewer", List.of("reviewer"), List.of("szft"));
        taskService.claim(review, "ftreviewer");
        taskService.complete(review, Map.of(Variables.LISTING_APPROVED, true, Variables.DECISION_REASON, "纳入情形成立"));
        identityService.clearAuthentication();
        assertThat(instance(proposed)).isWaitingAtExactly(SIGN_LISTING_DECISION);
    }

    @Test
    void listingDecisionWithoutItsReasonOrWithoutAnAnswerIsRefusedAndTheTaskStays() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 0, ListingGround.ABLE_BUT_REFUSES), JUDGE);
        passGracePeriod(proposed);
        String review = task(proposed, REVIEW_LISTING).getId();

        RuleRefusal noReason = refusalOf(() -> taskService.complete(review, Map.of(Variables.LISTING_APPROVED, true)));
        RuleRefusal noAnswer = refusalOf(() -> taskService.complete(review, Map.of(Variables.DECISION_REASON, "理由")));

        Assertions.assertThat(noReason.ruleCode()).isEqualTo(ListingDecisionStatesItsReason.REASON_REQUIRED);
        Assertions.assertThat(noReason.field()).isEqualTo(Variables.DECISION_REASON);
        Assertions.assertThat(noReason.citation()).isEqualTo("法释〔2017〕7号 第五条");
        Assertions.assertThat(noAnswer.ruleCode()).isEqualTo(ListingDecisionStatesItsReason.DECISION_REQUIRED);
        Assertions.assertThat(noAnswer.field()).isEqualTo(Variables.LISTING_APPROVED);
        assertThat(instance(proposed)).isWaitingAtExactly(REVIEW_LISTING);
        Assertions.assertThat(taskService.getVariable(review, Variables.LISTING_APPROVED)).isNull();
    }

    @Test
    void correctionRejectedWithoutItsReasonIsRefusedAndTheListingStaysUnderReview() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);
        listingActions.recordDecisionReceived(proposed.listingId(), today(), JUDGE);
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.SHOULD_NOT_BE_LISTED, today(), JUDGE);

        RuleRefusal refusal = refusalOf(() -> taskService.complete(task(proposed, REVIEW_CORRECTION).getId(),
                Map.of(Variables.CORRECTION_WELL_FOUNDED, false, Variables.DECISION_REASON, " ")));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ListingDecisionStatesItsReason.REASON_REQUIRED);
        Assertions.assertThat(refusal.citation()).contains("第十二条");
        assertThat(instance(proposed)).isWaitingAtExactly(REVIEW_CORRECTION).hasNotPassed(SERVE_CORRECTION_REJECTION);
        Assertions.assertThat(notices(c, "驳回纠正申请决定书")).isZero();
    }

    @Test
    void listingProcessStartedWithoutAProposalIsRefusedAndNoInstanceExists() {
        Case c = file(ADULT);

        RuleRefusal refusal = refusalOf(() -> processStarts.start(DishonestListingProcess.KEY, c.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(Variables.COURT_ID, "szft").putValue(Variables.CASE_ID, c.caseId())
                        .putValue(Variables.CASE_NUMBER, c.caseNumber()).putValue(Variables.LISTING_ID, 987654321L)));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ListingProcessStarts.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("没有该失信名单记录");
        Assertions.assertThat(listingInstances(c)).isZero();
        Assertions.assertThat(historicInstances(DishonestListingProcess.KEY, c)).isZero();
    }

    @Test
    void secondListingProcessForAListingAlreadyUnderWayIsRefused() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 1, ListingGround.ABLE_BUT_REFUSES), JUDGE);

        RuleRefusal refusal = refusalOf(() -> processStarts.start(DishonestListingProcess.KEY, c.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(Variables.COURT_ID, "szft").putValue(Variables.CASE_ID, c.caseId())
                        .putValue(Variables.CASE_NUMBER, c.caseNumber()).putValue(Variables.LISTING_ID, proposed.listingId())));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ListingProcessStarts.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("已有流程");
        Assertions.assertThat(listingInstances(c)).isEqualTo(1);
    }

    @Test
    void reconsiderationStartedWithoutARejectedCorrectionIsRefusedAndNoInstanceExists() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);

        RuleRefusal refusal = refusalOf(() -> processStarts.start(ListingReconsiderationProcess.KEY, c.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(ListingReconsiderationProcess.Variables.COURT_ID, "szzy")
                        .putValue(ListingReconsiderationProcess.Variables.LISTING_COURT_ID, "szft")
                        .putValue(ListingReconsiderationProcess.Variables.CASE_NUMBER, c.caseNumber())
                        .putValue(ListingReconsiderationProcess.Variables.LISTING_ID, proposed.listingId())
                        .putValue(ListingReconsiderationProcess.Variables.APPLIED_ON, today().toString())));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ReconsiderationStarts.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("没有已送达的驳回决定");
        Assertions.assertThat(historicInstances(ListingReconsiderationProcess.KEY, c)).isZero();
    }

    @Test
    void reconsiderationStartedInTheListingCourtItselfIsRefused() {
        Case c = file(ADULT);
        ListingService.Proposed proposed = rejectCorrection(c);

        RuleRefusal refusal = refusalOf(() -> processStarts.start(ListingReconsiderationProcess.KEY, c.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(ListingReconsiderationProcess.Variables.COURT_ID, "szft")
                        .putValue(ListingReconsiderationProcess.Variables.LISTING_COURT_ID, "szft")
                        .putValue(ListingReconsiderationProcess.Variables.CASE_NUMBER, c.caseNumber())
                        .putValue(ListingReconsiderationProcess.Variables.LISTING_ID, proposed.listingId())
                        .putValue(ListingReconsiderationProcess.Variables.APPLIED_ON, today().toString())));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ReconsiderationStarts.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("上一级人民法院");
        Assertions.assertThat(historicInstances(ListingReconsiderationProcess.KEY, c)).isZero();
    }

    private long historicInstances(String processKey, Case c) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(c.caseNumber()).count();
    }

    // --- scenario steps ---

    private record Case(Long caseId, String caseNumber, Long debtorPartyId) {
    }

    private Case file(String debtorId) {
        String number = "（2026）粤0304执" + SEQUENCE.incrementAndGet() + "号";
        CaseFilingRequest request = new CaseFilingRequest(number, "szft", new BigDecimal("125000.50"),
                "（2025）粤0304民初5678号民事判决书", false, today(), "ftjudge1",
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲科技有限公司",
                                "91350100M000100Y43", "creditor@example.com"),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, PartyKind.PERSON, "王某", debtorId, "debtor@example.com")));
        CaseFilingService.FiledCase filed = filing.file(request, JUDGE);
        Long debtor = jdbc.queryForObject("select id from case_party where case_id = ? and role = 'DEBTOR'", Long.class, filed.caseId());
        return new Case(filed.caseId(), number, debtor);
    }

    private static ListingProposal proposal(Case c, int graceMonths, ListingGround... grounds) {
        Set<ListingGround> set = EnumSet.of(grounds[0], grounds);
        Integer years = set.stream().anyMatch(ListingGround::fixedPeriod) ? 2 : null;
        return new ListingProposal(c.debtorPartyId(), set, years, graceMonths, "支付125000.50元及迟延履行期间的债务利息，未履行",
                null, false, false, false, null);
    }

    /** Proposed today with no grace period, approved, signed, published and pushed to every configured unit. */
    private ListingService.Proposed publish(Case c, ListingGround ground) {
        ListingService.Proposed proposed = listingService.propose(c.caseId(), proposal(c, 0, ground), JUDGE);
        passGracePeriod(proposed);
        taskService.complete(task(proposed, REVIEW_LISTING).getId(), Map.of(Variables.LISTING_APPROVED, true, Variables.DECISION_REASON, "有履行能力而拒不履行，纳入情形成立"));
        taskService.complete(task(proposed, SIGN_LISTING_DECISION).getId(), Map.of(Variables.DECISION_SIGNED, true, Variables.DECISION_REASON, "同意审批意见，签发决定书"));
        List<LockedExternalTask> push = externalTaskService.fetchAndLock(1, WORKER).topic(JointPunishmentTopic.TOPIC, 30_000)
                .businessKey(c.caseNumber()).execute();
        Assertions.assertThat(push).hasSize(1);
        externalTaskService.complete(push.get(0).getId(), WORKER,
                Map.of(JointPunishmentTopic.VARIABLE_PUSHED_UNITS, String.join(",", UNITS)));
        assertThat(instance(proposed)).hasPassed(PUBLISH_LISTING, RECORD_PUSHED_UNITS);
        return proposed;
    }

    private ListingService.Proposed rejectCorrection(Case c) {
        ListingService.Proposed proposed = publish(c, ListingGround.ABLE_BUT_REFUSES);
        listingActions.recordDecisionReceived(proposed.listingId(), today(), JUDGE);
        listingActions.applyForCorrection(proposed.listingId(), CorrectionGround.SHOULD_NOT_BE_LISTED, today(), JUDGE);
        taskService.complete(task(proposed, REVIEW_CORRECTION).getId(), Map.of(Variables.CORRECTION_WELL_FOUNDED, false, Variables.DECISION_REASON, "纠正申请理由不成立"));
        // the listing stays in force: the process waits again for an exit event (or a new correction)
        assertThat(instance(proposed)).hasPassed(SERVE_CORRECTION_REJECTION).isWaitingAt(CORRECTION_APPLIED);
        Assertions.assertThat(notices(c, "驳回纠正申请决定书")).isEqualTo(1);
        return proposed;
    }

    private void passGracePeriod(ListingService.Proposed proposed) {
        instance(proposed);
        managementService.executeJob(timer(proposed, GRACE_PERIOD_ENDED).getId());
    }

    private Job timer(ListingService.Proposed proposed, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(proposed.processInstanceId()).activityId(activityId)
                .timers().singleResult();
        Assertions.assertThat(job).as("timer %s", activityId).isNotNull();
        return job;
    }

    private void runDeadlineWatch() {
        Job timer = managementService.createJobQuery().processDefinitionKey(SupervisionProcess.WATCH_KEY).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    // --- what the tests read ---

    /** The instance as it was while running: BpmnAwareTests asserts ended instances from history by its id. */
    private ProcessInstance instance(ListingService.Proposed proposed) {
        return instances.computeIfAbsent(proposed.processInstanceId(), id -> {
            ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
            Assertions.assertThat(running).as("listing instance %s is running when first read", id).isNotNull();
            return running;
        });
    }

    private Task task(ListingService.Proposed proposed, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(proposed.processInstanceId()).taskDefinitionKey(key).singleResult();
        Assertions.assertThat(task).as("task %s", key).isNotNull();
        return task;
    }

    private DishonestListing row(ListingService.Proposed proposed) {
        return listings.findById(proposed.listingId()).orElseThrow();
    }

    private long listingInstances(Case c) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DishonestListingProcess.KEY)
                .processInstanceBusinessKey(c.caseNumber()).count();
    }

    private int notices(Case c, String document) {
        return jdbc.queryForObject("select count(*) from service_record where case_id = ? and document = ?", Integer.class,
                c.caseId(), document);
    }

    private void assertEveryPushedUnitNotified(Case c, String document) {
        Assertions.assertThat(jdbc.queryForList("select recipient_address from service_record where case_id = ? and document = ? order by id",
                        String.class, c.caseId(), document))
                .containsExactly("credit@units.example", "creditchina@units.example", "caac@units.example",
                        "railway@units.example", "samr@units.example");
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    private int supervisionsOf(Task task) {
        return jdbc.queryForObject("select count(*) from supervision where task_id = ?", Integer.class, task.getId());
    }

    /** The tasks of the reconsideration a court's reviewer gets, with the engine's tenant check as in Tasklist. */
    private long tasksSeenBy(String userId, String courtId, ProcessInstance reconsideration) {
        identityService.setAuthentication(userId, List.of("reviewer"), List.of(courtId));
        try {
            return taskService.createTaskQuery().processInstanceBusinessKey(reconsideration.getBusinessKey())
                    .processDefinitionKey(ListingReconsiderationProcess.KEY).count();
        } finally {
            identityService.clearAuthentication();
        }
    }

    // --- the engine clock ---

    private static void at(LocalDate day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(BEIJING).toInstant()));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, LocalTime.of(23, 59, 59), BEIJING).toInstant());
    }

    private static String minorIdBorn20100101() {
        String body = "44030420100101001";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + check[sum % 11];
    }
}
