package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.model.parameter.LegalRatios;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which rules a completion of which user task must keep: the catalogue behind {@link FormCompletionRules}.
 * A task without rules (e.g. of a test model) completes unchecked.
 *
 * <p>What the server requires is deliberately narrower than what the forms require: the decisions the
 * gateways route on ({@link DecisionRequiredPolicy}), the closing mode, the reason of a 终本 and the
 * supervision opinion must be present; every other value (dates, prices, notes) is checked when it is given
 * (the form marks it required), so that completions through the Java API that do not record it (the demo
 * cases, scenario tests) still pass.
 */
public final class TaskRules {

    /** A user task of a model: the process definition key and the activity id. */
    public record TaskRef(String processKey, String activityId) {
        public TaskRef {
            Objects.requireNonNull(processKey, "processKey");
            Objects.requireNonNull(activityId, "activityId");
        }
    }

    private final Map<TaskRef, List<CompletionPolicy>> rules = new LinkedHashMap<>();

    /**
     * @param ratios           the auction percentages ({@code LegalRatios.defaults()})
     * @param renewalLatestEnd the latest legal end of a renewal of the completion's property, if known
     */
    public TaskRules(LegalRatios ratios, Function<Completion, Optional<LocalDate>> renewalLatestEnd) {
        enforcement(Elements.ISSUE_EXECUTION_NOTICE, recordedDate(FormFields.NOTICE_SERVED_ON, "执行通知书送达日期"));
        enforcement(Elements.ASK_CREDITOR_FOR_LEADS, List.of(
                new DecisionRequiredPolicy(Variables.LEADS_PROVIDED, "申请执行人是否提供了财产线索")));
        enforcement(Elements.CHECK_LEADS, recordedDate(FormFields.CHECKED_ON, "核查日期"));
        enforcement(Elements.INTERVIEW_CREDITOR, recordedDate(FormFields.INTERVIEWED_ON, "约谈日期"));
        enforcement(Elements.SEARCH_DEBTOR_ON_SITE, recordedDate(FormFields.SEARCHED_ON, "上门查找日期"));
        enforcement(Elements.COMPLETE_INVESTIGATION, List.of(
                new DecisionRequiredPolicy(Variables.PROPERTY_FOUND, "是否发现可供执行财产")));
        enforcement(Elements.CONTROL_PROPERTY, List.of(
                new DecisionRequiredPolicy(Variables.DISPOSAL_NEEDED, "是否需要变价")));
        enforcement(Elements.DETERMINE_REFERENCE_PRICE, List.of(
                new ReferencePricePositivePolicy(),
                new ReferencePriceMethodPolicy()));
        enforcement(Elements.FIRST_AUCTION, List.of(
                new DecisionRequiredPolicy(Variables.AUCTION_SOLD, "是否成交"),
                new AmountNotNegativePolicy(FormFields.FIRST_AUCTION_RESERVE_PRICE, AuctionReservePricePolicy.LABEL),
                new AmountNotNegativePolicy(FormFields.SALE_PRICE, SalePriceNotBelowReservePolicy.LABEL),
                new AuctionReservePricePolicy(ratios),
                new SalePriceNotBelowReservePolicy(FormFields.FIRST_AUCTION_RESERVE_PRICE, AuctionReservePricePolicy.LABEL)));
        enforcement(Elements.SECOND_AUCTION, List.of(
                new DecisionRequiredPolicy(Variables.AUCTION_SOLD, "是否成交"),
                new AmountNotNegativePolicy(FormFields.SECOND_AUCTION_RESERVE_PRICE, SecondAuctionPriceCutPolicy.LABEL),
                new AmountNotNegativePolicy(FormFields.SALE_PRICE, SalePriceNotBelowReservePolicy.LABEL),
                new SecondAuctionPriceCutPolicy(ratios),
                new SalePriceNotBelowReservePolicy(FormFields.SECOND_AUCTION_RESERVE_PRICE, SecondAuctionPriceCutPolicy.LABEL)));
        enforcement(Elements.SELL_OR_TRANSFER, List.of(
                new DisposalOutcomePolicy(),
                new AmountNotNegativePolicy(FormFields.DISPOSAL_AMOUNT, "变卖价款或抵债金额")));
        enforcement(Elements.DISBURSE_FUNDS, List.of(
                new DecisionRequiredPolicy(Variables.FULLY_PAID, "是否全部执行到位"),
                new AmountNotNegativePolicy(FormFields.AMOUNT_RECEIVED, DisbursementWithinReceiptsPolicy.RECEIVED_LABEL),
                new AmountNotNegativePolicy(FormFields.AMOUNT_DISBURSED, DisbursementWithinReceiptsPolicy.DISBURSED_LABEL),
                new DisbursementWithinReceiptsPolicy()));
        enforcement(Elements.DECIDE_CLOSING, List.of(
                new ClosingModePolicy(),
                new TerminationReasonPolicy()));
        enforcement(Elements.APPROVE_EXTENSION, List.of(
                new DecisionRequiredPolicy(Variables.EXTENSION_APPROVED, "是否批准延长执行期限")));
        enforcement(Elements.RENEW_CONTROL, List.of(
                new RenewalExtendsControlPolicy(),
                new RenewalWithinLegalPeriodPolicy(renewalLatestEnd)));
        rules.put(new TaskRef(SupervisionProcess.KEY, SupervisionProcess.TASK_SUPERVISE), List.of(
                new SupervisionOpinionPolicy()));
    }

    private void enforcement(String activityId, List<CompletionPolicy> policies) {
        rules.put(new TaskRef(EnforcementCaseProcess.KEY, activityId), List.copyOf(policies));
    }

    private static List<CompletionPolicy> recordedDate(String variable, String labelZh) {
        return List.of(new RecordedDateNotInFuturePolicy(variable, labelZh),
                new RecordedDateNotBeforeFilingPolicy(variable, labelZh));
    }

    /** The rules of a task, in the order they are checked; empty for a task the catalogue does not know. */
    public List<CompletionPolicy> of(String processKey, String activityId) {
        return rules.getOrDefault(new TaskRef(processKey, activityId), List.of());
    }

    /**
     * Checks a completion against every rule of its task, in order.
     *
     * @throws CompletionRefusedException at the first broken rule
     */
    public void check(String processKey, String activityId, Completion completion) {
        for (CompletionPolicy policy : of(processKey, activityId)) {
            policy.check(completion);
        }
    }

    /** The variables the rules of a task require to be present. */
    public Set<String> requiredFields(String processKey, String activityId) {
        Set<String> required = new LinkedHashSet<>();
        of(processKey, activityId).forEach(policy -> required.addAll(policy.requiredFields()));
        return required;
    }

    /** Every task with rules. */
    public Set<TaskRef> tasks() {
        return Set.copyOf(rules.keySet());
    }
}
