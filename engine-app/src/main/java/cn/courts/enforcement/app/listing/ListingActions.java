package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.app.web.NotFoundException;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.listing.CorrectionGround;
import cn.courts.enforcement.model.listing.CorrectionWindow;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingApplication;
import cn.courts.enforcement.model.listing.ListingExitReason;
import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the court's staff record about a listing from outside the process: the day the debtor received the
 * decision, the debtor's correction and reconsideration applications, an exit event. An application
 * outside its window is refused (422 with the Chinese reason) and still recorded: the refusal is written
 * in its own transaction before the error, so the file keeps it.
 */
@Service
public class ListingActions {

    private static final Logger log = LoggerFactory.getLogger(ListingActions.class);

    /** Exit events the court reports by hand; the period's end and revocations come from the process itself. */
    static final Set<ListingExitReason> REPORTED_EXITS = EnumSet.of(ListingExitReason.FULL_PERFORMANCE,
            ListingExitReason.SETTLEMENT_PERFORMED, ListingExitReason.CREDITOR_REQUEST, ListingExitReason.CASE_TERMINATED,
            ListingExitReason.NOT_ENFORCED, ListingExitReason.SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY,
            ListingExitReason.TERMINATED_FRUITLESS_SEARCHES);

    private final DishonestListingRepository listings;
    private final ListingApplicationRepository applications;
    private final LegalCalendarService calendar;
    private final CourtDirectory courts;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;
    private final ProcessStarts processStarts;
    private final CourtClock clock;
    private final TransactionTemplate transaction;

    ListingActions(DishonestListingRepository listings, ListingApplicationRepository applications, LegalCalendarService calendar,
                   CourtDirectory courts, RuntimeService runtimeService, SystemAccess systemAccess, ProcessStarts processStarts,
                   CourtClock clock, TransactionTemplate transaction) {
        this.listings = listings;
        this.applications = applications;
        this.calendar = calendar;
        this.courts = courts;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
        this.processStarts = processStarts;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** The listing if the user's court made it (or the user is an admin). */
    public DishonestListing visibleListing(Long listingId, CurrentUser user) {
        return listings.findById(listingId).filter(l -> user.mayAccessCourt(l.courtId()))
                .orElseThrow(() -> new NotFoundException("失信名单记录不存在或不属于本院：" + listingId));
    }

    /** 决定书送达: the correction window runs from the day after (《民事诉讼法》第八十五条). */
    public void recordDecisionReceived(Long listingId, LocalDate receivedOn, CurrentUser user) {
        transaction.executeWithoutResult(status -> {
            DishonestListing l = visibleListing(listingId, user);
            requirePublished(l);
            notInFuture(receivedOn, "送达日期");
            if (receivedOn.isBefore(l.publishedOn())) {
                throw new RuleViolationException("送达日期不得早于决定作出之日" + l.publishedOn() + "。");
            }
            l.recordDecisionReceived(receivedOn);
            log.info("Listing {}: decision received by the debtor on {}", listingId, receivedOn);
        });
    }

    /**
     * 纠正申请 within CORRECTION_WINDOW (10 days, seed 001 四（二）3) of receiving the decision: in time, it
     * starts the correction review; late, it is refused and recorded.
     */
    public ListingApplication applyForCorrection(Long listingId, CorrectionGround ground, LocalDate appliedOn, CurrentUser user) {
        DishonestListing l = visibleListing(listingId, user);
        requirePublished(l);
        notInFuture(appliedOn, "申请日期");
        if (l.decisionReceivedOn() == null) {
            throw new RuleViolationException("尚未登记被执行人收到决定书的日期，无法计算纠正申请期限。");
        }
        CorrectionWindow window = CorrectionWindow.of("纠正申请", calendar.calendar(), l.decisionReceivedOn(),
                calendar.period(LegalParameterCode.CORRECTION_WINDOW));
        if (!window.admits(appliedOn)) {
            String reason = window.refusalZh(appliedOn);
            applications.save(ListingApplication.refused(l.id(), ListingApplication.Kind.CORRECTION, ground, appliedOn,
                    window.lastDay(), reason, l.courtId(), user.userId(), clock.now()));
            log.info("Listing {}: correction applied on {} refused, window ended {}", listingId, appliedOn, window.lastDay());
            throw new RuleViolationException(reason);
        }
        return transaction.execute(status -> {
            ListingApplication accepted = applications.save(ListingApplication.accepted(l.id(), ListingApplication.Kind.CORRECTION,
                    ground, appliedOn, window.lastDay(), l.courtId(), user.userId(), clock.now()));
            try {
                systemAccess.run(() -> runtimeService.createMessageCorrelation(DishonestListingProcess.Messages.CORRECTION_APPLIED)
                        .processInstanceId(l.processInstanceId())
                        .setVariable(DishonestListingProcess.Variables.CORRECTION_APPLIED_ON, appliedOn.toString())
                        .correlate());
            } catch (MismatchingMessageCorrelationException e) {
                // the process waits for a correction only while none is under review
                throw new RuleViolationException("该失信名单已有纠正申请正在审查，请待审查结束后再提交。");
            }
            accepted.linkProcessInstance(l.processInstanceId());
            log.info("Listing {}: correction ({}) applied on {} accepted", listingId, ground, appliedOn);
            return accepted;
        });
    }

    /**
     * 复议申请 to the next higher court within LISTING_RECONSIDERATION_APPLY (10 days) of service of the
     * rejection (法释〔2017〕7号 第十二条): starts ListingReconsiderationProcess in the higher court's tenant.
     * The listing stays in force meanwhile. Staff of the listing court or of the higher court record it.
     */
    public ListingApplication applyForReconsideration(Long listingId, LocalDate appliedOn, CurrentUser user) {
        DishonestListing l = listings.findById(listingId).orElseThrow(() -> new NotFoundException("失信名单记录不存在：" + listingId));
        Court listingCourt = courts.find(l.courtId()).orElseThrow();
        String higherCourtId = listingCourt.parentId();
        if (!user.mayAccessCourt(l.courtId()) && (higherCourtId == null || !user.mayAccessCourt(higherCourtId))) {
            throw new NotFoundException("失信名单记录不存在或不属于本院：" + listingId);
        }
        requirePublished(l);
        notInFuture(appliedOn, "申请日期");
        if (higherCourtId == null) {
            throw new RuleViolationException("作出决定的法院为高级人民法院，其上一级法院（最高人民法院）不在本平台，请线下移送复议申请。");
        }
        if (l.rejectionServedOn() == null) {
            throw new RuleViolationException("本案没有已送达的驳回纠正申请决定，不能申请复议。");
        }
        CorrectionWindow window = CorrectionWindow.of("复议申请", calendar.calendar(), l.rejectionServedOn(),
                calendar.period(LegalParameterCode.LISTING_RECONSIDERATION_APPLY));
        if (!window.admits(appliedOn)) {
            String reason = window.refusalZh(appliedOn);
            applications.save(ListingApplication.refused(l.id(), ListingApplication.Kind.RECONSIDERATION, null, appliedOn,
                    window.lastDay(), reason, higherCourtId, user.userId(), clock.now()));
            log.info("Listing {}: reconsideration applied on {} refused, window ended {}", listingId, appliedOn, window.lastDay());
            throw new RuleViolationException(reason);
        }
        return transaction.execute(status -> {
            ListingApplication accepted = applications.save(ListingApplication.accepted(l.id(), ListingApplication.Kind.RECONSIDERATION,
                    null, appliedOn, window.lastDay(), higherCourtId, user.userId(), clock.now()));
            VariableMap variables = Variables.createVariables();
            CaseVariables.COURT_ID.putIn(variables, higherCourtId);
            CaseVariables.CASE_NUMBER.putIn(variables, l.caseNumber());
            CaseVariables.DEBTOR_NAMES.putIn(variables, l.debtorName());
            ListingReconsiderationProcess.LISTING_COURT.putIn(variables, l.courtId());
            ListingReconsiderationProcess.LISTING.putIn(variables, l.id());
            ProcessInstance instance = processStarts.start(ListingReconsiderationProcess.KEY, l.caseNumber(),
                    variables.putValue(ListingReconsiderationProcess.Variables.APPLIED_ON, appliedOn.toString()));
            accepted.linkProcessInstance(instance.getId());
            log.info("Listing {}: reconsideration applied on {} goes to court {}", listingId, appliedOn, higherCourtId);
            return accepted;
        });
    }

    /** An exit event the judge reports for one listing (the case-wide events come through {@link ListingExits}). */
    public void requestExit(Long listingId, ListingExitReason reason, CurrentUser user) {
        DishonestListing l = visibleListing(listingId, user);
        if (!user.isAdmin() && !user.hasRole(RoleGroup.JUDGE)) {
            throw new ForbiddenException("只有执行法官可以报告退出事由。");
        }
        if (!REPORTED_EXITS.contains(reason)) {
            throw new RuleViolationException("该退出事由由系统自动处理，不能手动报告：" + reason.nameZh());
        }
        if (l.status() != ListingStatus.PROPOSED && l.status() != ListingStatus.PUBLISHED) {
            throw new RuleViolationException("该失信名单记录已结束（" + l.status().nameZh() + "）。");
        }
        try {
            systemAccess.run(() -> runtimeService.createMessageCorrelation(DishonestListingProcess.Messages.EXIT_REQUESTED)
                    .processInstanceId(l.processInstanceId())
                    .setVariable(DishonestListingProcess.Variables.EXIT_REASON, reason.name())
                    .correlate());
        } catch (MismatchingMessageCorrelationException e) {
            // the process is already removing the listing for another exit event
            throw new RuleViolationException("该失信名单记录的退出已在办理中。");
        }
        log.info("Listing {}: exit {} reported by {}", listingId, reason, user.userId());
    }

    private static void requirePublished(DishonestListing l) {
        if (l.status() != ListingStatus.PUBLISHED) {
            throw new RuleViolationException("该失信名单记录当前状态为“" + l.status().nameZh() + "”，不能办理此项。");
        }
    }

    private void notInFuture(LocalDate day, String what) {
        if (day == null) {
            throw new RuleViolationException("请填写" + what + "。");
        }
        if (day.isAfter(clock.today())) {
            throw new RuleViolationException(what + "不得晚于今日。");
        }
    }
}
