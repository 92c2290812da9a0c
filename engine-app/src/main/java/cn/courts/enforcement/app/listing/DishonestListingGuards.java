package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.ProcessStart;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.app.platform.guard.TaskStep;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.rule.ListingDecisionStatesItsReason;
import cn.courts.enforcement.model.listing.rule.ListingDecisionStatesItsReason.Decision;
import cn.courts.enforcement.model.listing.rule.ListingProcessStarts;
import cn.courts.enforcement.model.listing.rule.ProposerDoesNotDecide;
import cn.courts.enforcement.model.rule.RuleResult;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

import static cn.courts.enforcement.app.listing.DishonestListingProcess.Elements;
import static cn.courts.enforcement.app.listing.DishonestListingProcess.Variables;

/**
 * The rules of {@code DishonestListingProcess}, per user task:
 * <ul>
 *   <li>{@code Task_ReviewListing} (纳入失信名单审批) and {@code Task_SignListingDecision} (院领导签发失信决定书): the judge
 *   who proposed the listing neither holds nor decides it ({@link ProposerDoesNotDecide}, on every claim, delegation,
 *   assignment and completion); the decision is made and states its reason ({@link ListingDecisionStatesItsReason},
 *   法释〔2017〕7号 第五条);</li>
 *   <li>{@code Task_ReviewCorrection} (审查纠正申请): the decision is made and states its reason (seed 001 四（二）3;
 *   第十二条);</li>
 *   <li>{@code Task_RevokeListing}, {@code Task_RemoveListing}: none (the judge carries out what was decided).</li>
 * </ul>
 * An instance starts only for a listing the judge proposed in the court's case, with no process yet
 * ({@link ListingProcessStarts}).
 */
@Component
class DishonestListingGuards implements ProcessGuards {

    private static final ProposerDoesNotDecide PROPOSER = new ProposerDoesNotDecide();
    private static final ListingDecisionStatesItsReason DECISION = new ListingDecisionStatesItsReason();
    private static final ListingProcessStarts START = new ListingProcessStarts();

    private final DishonestListingRepository listings;

    DishonestListingGuards(DishonestListingRepository listings) {
        this.listings = listings;
    }

    @Override
    public String processKey() {
        return DishonestListingProcess.KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        TaskGuard completedByOther = step -> proposer(step, step.actorOrAssignee());
        TaskGuard assignedToOther = step -> proposer(step, Optional.ofNullable(step.assignee()));
        return Map.of(
                Elements.REVIEW_LISTING, TaskGuards.completion(completedByOther,
                        decision(Decision.LISTING_REVIEW, Variables.LISTING_APPROVED)).andAssignment(assignedToOther),
                Elements.SIGN_LISTING_DECISION, TaskGuards.completion(completedByOther,
                        decision(Decision.DECISION_SIGNING, Variables.DECISION_SIGNED)).andAssignment(assignedToOther),
                Elements.REVIEW_CORRECTION, TaskGuards.completion(
                        decision(Decision.CORRECTION_REVIEW, Variables.CORRECTION_WELL_FOUNDED)),
                Elements.REVOKE_LISTING, TaskGuards.none(),
                Elements.REMOVE_LISTING, TaskGuards.none());
    }

    /** A decision of the listing's processes and its reason ({@value Variables#DECISION_REASON}). */
    static TaskGuard decision(Decision decision, String answerVariable) {
        return step -> DECISION.check(new ListingDecisionStatesItsReason.Facts(decision, answerVariable,
                step.values().flag(answerVariable, decision.questionZh()), Variables.DECISION_REASON,
                step.values().text(Variables.DECISION_REASON)));
    }

    private RuleResult proposer(TaskStep step, Optional<String> user) {
        if (user.isEmpty()) {
            return RuleResult.allowed();
        }
        String proposedBy = DishonestListingProcess.LISTING.from(step.values()::raw).flatMap(listings::findById)
                .map(DishonestListing::proposedBy).orElse(null);
        return PROPOSER.check(new ProposerDoesNotDecide.Facts(proposedBy, user));
    }

    @Override
    public StartGuard onStart() {
        return this::mayStart;
    }

    private RuleResult mayStart(ProcessStart start) {
        Optional<String> court = CaseVariables.COURT_ID.from(start.variables());
        Optional<Long> caseId = CaseVariables.CASE_ID.from(start.variables());
        Optional<DishonestListing> listing = DishonestListingProcess.LISTING.from(start.variables()).flatMap(listings::findById)
                .filter(l -> court.filter(l.courtId()::equals).isPresent() && caseId.filter(l.caseId()::equals).isPresent());
        return START.check(new ListingProcessStarts.Facts(listing.map(DishonestListing::status),
                listing.map(DishonestListing::processInstanceId).isPresent()));
    }
}
