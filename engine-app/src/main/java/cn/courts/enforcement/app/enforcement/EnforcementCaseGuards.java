package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.ProcessStart;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.app.platform.guard.TaskStep;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.enforcement.rule.AmountNotNegativePolicy;
import cn.courts.enforcement.model.enforcement.rule.AuctionReservePricePolicy;
import cn.courts.enforcement.model.enforcement.rule.CaseField;
import cn.courts.enforcement.model.enforcement.rule.ClosingModePolicy;
import cn.courts.enforcement.model.enforcement.rule.DecisionRequiredPolicy;
import cn.courts.enforcement.model.enforcement.rule.DisbursementWithinReceiptsPolicy;
import cn.courts.enforcement.model.enforcement.rule.DisposalOutcomePolicy;
import cn.courts.enforcement.model.enforcement.rule.RecordedDateNotBeforeFilingPolicy;
import cn.courts.enforcement.model.enforcement.rule.RecordedDateNotInFuturePolicy;
import cn.courts.enforcement.model.enforcement.rule.ReferencePriceMethodPolicy;
import cn.courts.enforcement.model.enforcement.rule.ReferencePricePositivePolicy;
import cn.courts.enforcement.model.enforcement.rule.RenewalExtendsControlPolicy;
import cn.courts.enforcement.model.enforcement.rule.RenewalWithinLegalPeriodPolicy;
import cn.courts.enforcement.model.enforcement.rule.SalePriceNotBelowReservePolicy;
import cn.courts.enforcement.model.enforcement.rule.SecondAuctionPriceCutPolicy;
import cn.courts.enforcement.model.enforcement.rule.TerminationReasonPolicy;
import cn.courts.enforcement.model.parameter.LegalRatios;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of {@code EnforcementCaseProcess}, per user task, next to its contract: each guard reads the step's values
 * (submitted over the case's) and the case facts (the filing day of the case row, the property record of a renewal)
 * into the facts of a domain policy ({@code model.enforcement.rule}) and returns its result.
 *
 * <p>What the server requires is deliberately narrower than what the forms require: the decisions the gateways route
 * on and the closing mode ({@link #REQUIRED}) must be present; every other value (dates, prices, notes) is checked when
 * it is given (the form marks it required), so that completions through the Java API that do not record it (the demo
 * cases, scenario tests) still pass.
 *
 * <p>On start: the case (variable {@code caseId}) exists, belongs to the court the instance is started for
 * ({@code courtId}), is in progress and has no enforcement process yet, as {@link CaseFilingService} and
 * {@link CaseResumptionService} start it right after creating the case row.
 */
@Component
public class EnforcementCaseGuards implements ProcessGuards {

    /** The values a completion of a task must hold (the rest is checked when given). */
    public static final Map<String, List<CaseField>> REQUIRED = Map.of(
            Elements.ASK_CREDITOR_FOR_LEADS, List.of(CaseField.LEADS_PROVIDED),
            Elements.COMPLETE_INVESTIGATION, List.of(CaseField.PROPERTY_FOUND),
            Elements.CONTROL_PROPERTY, List.of(CaseField.DISPOSAL_NEEDED),
            Elements.FIRST_AUCTION, List.of(CaseField.AUCTION_SOLD),
            Elements.SECOND_AUCTION, List.of(CaseField.AUCTION_SOLD),
            Elements.DISBURSE_FUNDS, List.of(CaseField.FULLY_PAID),
            Elements.DECIDE_CLOSING, List.of(CaseField.CLOSING_MODE),
            Elements.APPROVE_EXTENSION, List.of(CaseField.EXTENSION_APPROVED));

    static final String START_RULE_CASE_MISSING = "CASE_NOT_FOUND";
    static final String START_RULE_OTHER_COURT = "CASE_OF_ANOTHER_COURT";
    static final String START_RULE_CASE_CLOSED = "CASE_CLOSED";
    static final String START_RULE_ALREADY_RUNNING = "CASE_PROCESS_ALREADY_STARTED";
    /** The platform's own rule: a case's process starts once, from its filing (立案) in its court. */
    static final String START_CITATION = "执行工作规定 第16条（立案后执行）";

    private final EnforcementCaseRepository cases;
    private final PropertyRecordRepository properties;
    private final LegalCalendarService calendar;

    private final DecisionRequiredPolicy decisionRequired = new DecisionRequiredPolicy();
    private final AmountNotNegativePolicy amountNotNegative = new AmountNotNegativePolicy();
    private final RecordedDateNotInFuturePolicy notInFuture = new RecordedDateNotInFuturePolicy();
    private final RecordedDateNotBeforeFilingPolicy notBeforeFiling = new RecordedDateNotBeforeFilingPolicy();
    private final ReferencePricePositivePolicy referencePricePositive = new ReferencePricePositivePolicy();
    private final ReferencePriceMethodPolicy referencePriceMethod = new ReferencePriceMethodPolicy();
    private final AuctionReservePricePolicy auctionReservePrice;
    private final SecondAuctionPriceCutPolicy secondAuctionPriceCut;
    private final SalePriceNotBelowReservePolicy salePriceNotBelowReserve = new SalePriceNotBelowReservePolicy();
    private final DisposalOutcomePolicy disposalOutcome = new DisposalOutcomePolicy();
    private final DisbursementWithinReceiptsPolicy disbursementWithinReceipts = new DisbursementWithinReceiptsPolicy();
    private final ClosingModePolicy closingMode = new ClosingModePolicy();
    private final TerminationReasonPolicy terminationReason = new TerminationReasonPolicy();
    private final RenewalExtendsControlPolicy renewalExtendsControl = new RenewalExtendsControlPolicy();
    private final RenewalWithinLegalPeriodPolicy renewalWithinLegalPeriod;
    private final Map<String, TaskGuards> userTasks;

    EnforcementCaseGuards(EnforcementCaseRepository cases, PropertyRecordRepository properties,
                          LegalCalendarService calendar) {
        this.cases = cases;
        this.properties = properties;
        this.calendar = calendar;
        LegalRatios ratios = LegalRatios.defaults();
        this.auctionReservePrice = new AuctionReservePricePolicy(ratios);
        this.secondAuctionPriceCut = new SecondAuctionPriceCutPolicy(ratios);
        this.renewalWithinLegalPeriod = new RenewalWithinLegalPeriodPolicy(calendar.parameters());
        this.userTasks = declare();
    }

    private Map<String, TaskGuards> declare() {
        Map<String, TaskGuards> tasks = new LinkedHashMap<>();
        tasks.put(Elements.ISSUE_EXECUTION_NOTICE, recordedDate(CaseField.NOTICE_SERVED_ON));
        tasks.put(Elements.ASK_CREDITOR_FOR_LEADS, TaskGuards.completion(decision(CaseField.LEADS_PROVIDED)));
        tasks.put(Elements.CHECK_LEADS, recordedDate(CaseField.CHECKED_ON));
        tasks.put(Elements.INTERVIEW_CREDITOR, recordedDate(CaseField.INTERVIEWED_ON));
        tasks.put(Elements.SEARCH_DEBTOR_ON_SITE, recordedDate(CaseField.SEARCHED_ON));
        tasks.put(Elements.COMPLETE_INVESTIGATION, TaskGuards.completion(decision(CaseField.PROPERTY_FOUND)));
        tasks.put(Elements.CONTROL_PROPERTY, TaskGuards.completion(decision(CaseField.DISPOSAL_NEEDED)));
        tasks.put(Elements.DETERMINE_REFERENCE_PRICE, TaskGuards.completion(
                step -> referencePricePositive.check(new ReferencePricePositivePolicy.Facts(
                        amount(step, CaseField.REFERENCE_PRICE))),
                step -> referencePriceMethod.check(new ReferencePriceMethodPolicy.Facts(
                        text(step, CaseField.REFERENCE_PRICE_METHOD)))));
        tasks.put(Elements.FIRST_AUCTION, TaskGuards.completion(
                decision(CaseField.AUCTION_SOLD),
                notNegative(CaseField.FIRST_AUCTION_RESERVE_PRICE),
                notNegative(CaseField.SALE_PRICE),
                step -> auctionReservePrice.check(new AuctionReservePricePolicy.Facts(
                        amount(step, CaseField.FIRST_AUCTION_RESERVE_PRICE), amount(step, CaseField.REFERENCE_PRICE))),
                salePrice(CaseField.FIRST_AUCTION_RESERVE_PRICE)));
        tasks.put(Elements.SECOND_AUCTION, TaskGuards.completion(
                decision(CaseField.AUCTION_SOLD),
                notNegative(CaseField.SECOND_AUCTION_RESERVE_PRICE),
                notNegative(CaseField.SALE_PRICE),
                step -> secondAuctionPriceCut.check(new SecondAuctionPriceCutPolicy.Facts(
                        amount(step, CaseField.SECOND_AUCTION_RESERVE_PRICE),
                        amount(step, CaseField.FIRST_AUCTION_RESERVE_PRICE))),
                salePrice(CaseField.SECOND_AUCTION_RESERVE_PRICE)));
        tasks.put(Elements.SELL_OR_TRANSFER, TaskGuards.completion(
                step -> disposalOutcome.check(new DisposalOutcomePolicy.Facts(text(step, CaseField.DISPOSAL_OUTCOME))),
                notNegative(CaseField.DISPOSAL_AMOUNT)));
        tasks.put(Elements.DISBURSE_FUNDS, TaskGuards.completion(
                decision(CaseField.FULLY_PAID),
                notNegative(CaseField.AMOUNT_RECEIVED),
                notNegative(CaseField.AMOUNT_DISBURSED),
                step -> disbursementWithinReceipts.check(new DisbursementWithinReceiptsPolicy.Facts(
                        amount(step, CaseField.AMOUNT_RECEIVED), amount(step, CaseField.AMOUNT_DISBURSED)))));
        tasks.put(Elements.DECIDE_CLOSING, TaskGuards.completion(
                step -> closingMode.check(new ClosingModePolicy.Facts(text(step, CaseField.CLOSING_MODE))),
                step -> terminationReason.check(new TerminationReasonPolicy.Facts(closingModeOf(step),
                        text(step, CaseField.CLOSING_REASON)))));
        tasks.put(Elements.APPROVE_EXTENSION, TaskGuards.completion(decision(CaseField.EXTENSION_APPROVED)));
        tasks.put(Elements.RENEW_CONTROL, TaskGuards.completion(this::renewalExtendsControl, this::renewalWithinLegalPeriod));
        return Map.copyOf(tasks);
    }

    @Override
    public String processKey() {
        return EnforcementCaseProcess.KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        return userTasks;
    }

    @Override
    public StartGuard onStart() {
        return this::checkStart;
    }

    private RuleResult checkStart(ProcessStart start) {
        Optional<Long> caseId = CaseVariables.CASE_ID.from(start.variables());
        Optional<EnforcementCase> found = caseId.flatMap(cases::findById);
        if (found.isEmpty()) {
            return RuleResult.refused(START_RULE_CASE_MISSING, START_CITATION, null,
                    "案件" + caseId.map(String::valueOf).orElse("（未指明）") + "不存在，不能启动执行流程，请先立案");
        }
        EnforcementCase c = found.get();
        String court = CaseVariables.COURT_ID.from(start.variables()).orElse(null);
        if (!c.courtId().equals(court)) {
            return RuleResult.refused(START_RULE_OTHER_COURT, START_CITATION, null,
                    "案件" + c.caseNumber() + "不属于发起流程的法院，不能启动执行流程");
        }
        if (c.status() != CaseStatus.IN_PROGRESS) {
            return RuleResult.refused(START_RULE_CASE_CLOSED, START_CITATION, null,
                    "案件" + c.caseNumber() + "已" + c.status().nameZh() + "，不能再启动执行流程（恢复执行须另行立案）");
        }
        return RuleResult.unless(c.processInstanceId() != null, () -> new RuleRefusal(
                START_RULE_ALREADY_RUNNING, START_CITATION, null, "案件" + c.caseNumber() + "已有执行流程，不能重复启动"));
    }

    // --- guards built from the policies ---

    private TaskGuards recordedDate(CaseField field) {
        return TaskGuards.completion(
                step -> notInFuture.check(new RecordedDateNotInFuturePolicy.Facts(field, day(step, field), step.today())),
                step -> notBeforeFiling.check(new RecordedDateNotBeforeFilingPolicy.Facts(field, day(step, field),
                        filingDate(step))));
    }

    private TaskGuard decision(CaseField decision) {
        return step -> decisionRequired.check(new DecisionRequiredPolicy.Facts(decision,
                step.values().flag(decision.key(), decision.labelZh()).orElse(null)));
    }

    private TaskGuard notNegative(CaseField field) {
        return step -> amountNotNegative.check(new AmountNotNegativePolicy.Facts(field, amount(step, field)));
    }

    private TaskGuard salePrice(CaseField reserve) {
        return step -> salePriceNotBelowReserve.check(new SalePriceNotBelowReservePolicy.Facts(reserve,
                step.values().flag(CaseField.AUCTION_SOLD.key(), CaseField.AUCTION_SOLD.labelZh()).orElse(false),
                amount(step, CaseField.SALE_PRICE), amount(step, reserve)));
    }

    private RuleResult renewalExtendsControl(TaskStep step) {
        LocalDate currentExpiry = renewedProperty(step).map(PropertyRecord::controlExpiresOn)
                .orElseGet(() -> day(step, CaseField.CONTROL_EXPIRES_ON));
        return renewalExtendsControl.check(new RenewalExtendsControlPolicy.Facts(day(step, CaseField.RENEWED_UNTIL),
                step.today(), currentExpiry));
    }

    /** The latest end is the kind's period from today, as {@code propertyControls} sets it when the renewal completes. */
    private RuleResult renewalWithinLegalPeriod(TaskStep step) {
        Optional<PropertyRecord> property = renewedProperty(step);
        return renewalWithinLegalPeriod.check(new RenewalWithinLegalPeriodPolicy.Facts(day(step, CaseField.RENEWED_UNTIL),
                property.map(PropertyRecord::kind).orElse(null),
                property.map(p -> calendar.dueDate(step.today(), p.kind().controlPeriod())).orElse(null)));
    }

    // --- reading the step ---

    /** The filing day of the case row (not a value a form could submit). */
    private LocalDate filingDate(TaskStep step) {
        return CaseVariables.CASE_ID.from(step.values()::raw).flatMap(cases::findById)
                .map(EnforcementCase::filingDate).orElse(null);
    }

    private Optional<PropertyRecord> renewedProperty(TaskStep step) {
        return step.values().raw(EnforcementCaseProcess.Variables.PROPERTY_RECORD_ID) instanceof Number id
                ? properties.findById(id.longValue()) : Optional.empty();
    }

    private static ClosingMode closingModeOf(TaskStep step) {
        String name = text(step, CaseField.CLOSING_MODE);
        return Arrays.stream(ClosingMode.values()).filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    private static LocalDate day(TaskStep step, CaseField field) {
        return step.values().day(field.key(), field.labelZh()).orElse(null);
    }

    private static BigDecimal amount(TaskStep step, CaseField field) {
        return step.values().amount(field.key(), field.labelZh()).orElse(null);
    }

    private static String text(TaskStep step, CaseField field) {
        return step.values().text(field.key()).orElse(null);
    }
}
