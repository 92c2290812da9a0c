package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.CaseQueries;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.notice.NoticeService;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.app.web.NotFoundException;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.calendar.PeriodUnit;
import cn.courts.enforcement.model.enforcement.CaseParty;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingExclusion;
import cn.courts.enforcement.model.listing.ListingExclusions;
import cn.courts.enforcement.model.listing.ListingExitReason;
import cn.courts.enforcement.model.listing.ListingGround;
import cn.courts.enforcement.model.listing.ListingPeriod;
import cn.courts.enforcement.model.listing.ListingPush;
import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.listing.RiskNoticeGrace;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import cn.courts.enforcement.model.listing.rule.CreditorApplicationDecidedInTime;
import cn.courts.enforcement.model.listing.rule.NoRelistingAfterCreditorDeletion;
import cn.courts.enforcement.model.rule.RuleResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.courts.enforcement.app.listing.DishonestListingProcess.Variables;

/**
 * The dishonest-debtor list as the court runs it: the judge's proposal, and the steps the
 * DishonestListingProcess delegates call (risk notice, publication, push record, removal). Every notice
 * goes through the {@link NoticeService}, so the service register shows what was served on whom.
 */
@Service
public class ListingService {

    private static final Logger log = LoggerFactory.getLogger(ListingService.class);
    private static final NoRelistingAfterCreditorDeletion NO_RELISTING = new NoRelistingAfterCreditorDeletion();
    private static final CreditorApplicationDecidedInTime DECIDED_IN_TIME = new CreditorApplicationDecidedInTime();

    private final DishonestListingRepository listings;
    private final ListingPushRepository pushes;
    private final CaseQueries caseQueries;
    private final LegalCalendarService calendar;
    private final NoticeService notices;
    private final JointPunishmentUnits units;
    private final ProcessStarts processStarts;
    private final CourtClock clock;

    ListingService(DishonestListingRepository listings, ListingPushRepository pushes, CaseQueries caseQueries,
                   LegalCalendarService calendar, NoticeService notices, JointPunishmentUnits units,
                   ProcessStarts processStarts, CourtClock clock) {
        this.listings = listings;
        this.pushes = pushes;
        this.caseQueries = caseQueries;
        this.calendar = calendar;
        this.notices = notices;
        this.units = units;
        this.processStarts = processStarts;
        this.clock = clock;
    }

    public record Proposed(Long listingId, String processInstanceId, LocalDate graceEndsOn, LocalDate decisionDueOn) {
    }

    /**
     * A judge proposes to list a debtor: the grounds, the period and the grace period are checked against
     * 法释〔2017〕7号 第一条至第五条, the exclusions refuse it with the reason (422), and the process starts
     * with the risk notice.
     */
    @Transactional
    public Proposed propose(Long caseId, ListingProposal proposal, CurrentUser user) {
        EnforcementCase c = caseQueries.visibleCase(caseId, user);
        if (!user.isAdmin() && !user.hasRole(RoleGroup.JUDGE)) {
            throw new ForbiddenException("只有执行法官可以提出纳入失信名单。");
        }
        CaseParty debtor = c.parties(PartyRole.DEBTOR).stream().filter(p -> p.id().equals(proposal.debtorPartyId())).findFirst()
                .orElseThrow(() -> new NotFoundException("本案没有该被执行人：" + proposal.debtorPartyId()));
        LocalDate today = clock.today();
        Set<ListingGround> grounds = EnumSet.copyOf(proposal.grounds());
        ListingPeriod.problem(grounds, proposal.periodYears(), years(LegalParameterCode.LISTING_PERIOD_DEFAULT),
                years(LegalParameterCode.LISTING_PERIOD_MAX)).ifPresent(ListingService::refuse);
        RiskNoticeGrace.problem(proposal.graceMonths(), months(LegalParameterCode.RISK_NOTICE_GRACE_MAX))
                .ifPresent(ListingService::refuse);
        List<ListingExclusion> exclusions = ListingExclusions.applying(debtor.kind(), debtor.identifier(),
                new ListingExclusions.Facts(proposal.adequateSecurity(), proposal.seizedAssetsCoverDebt(),
                        proposal.laterInOrderOfPerformance()), today);
        if (!exclusions.isEmpty()) {
            log.info("Listing proposal for a debtor of case {} refused: {}", c.caseNumber(), exclusions);
            throw new RuleViolationException(exclusions.stream().map(ListingExclusion::reasonZh).collect(Collectors.joining("")));
        }
        if (listings.existsForPartyIn(debtor.id(), List.of(ListingStatus.PROPOSED, ListingStatus.PUBLISHED))) {
            throw new RuleViolationException("该被执行人在本案中已被提出纳入或已纳入失信名单。");
        }
        if (proposal.onCreditorApplication()) {
            LocalDate barredSince = today.minusMonths(months(LegalParameterCode.NO_RELISTING_AFTER_CREDITOR_DELETION));
            refuseIfBroken(NO_RELISTING.check(new NoRelistingAfterCreditorDeletion.Facts(true,
                    listings.removedSince(debtor.identifier(), ListingExitReason.CREDITOR_REQUEST, barredSince),
                    calendar.period(LegalParameterCode.NO_RELISTING_AFTER_CREDITOR_DELETION))));
            if (proposal.creditorAppliedOn().isAfter(today)) {
                throw new RuleViolationException("申请执行人的申请日期不得晚于今日。");
            }
        }
        LocalDate graceEndsOn = proposal.graceMonths() == 0 ? today
                : calendar.calendar().dueDate(today, LegalPeriod.months(proposal.graceMonths()));
        LocalDate decisionDueOn = calendar.dueDate(proposal.onCreditorApplication() ? proposal.creditorAppliedOn() : graceEndsOn,
                LegalParameterCode.CREDITOR_LISTING_APPLICATION_DECISION);
        if (proposal.onCreditorApplication()) {
            refuseIfBroken(DECIDED_IN_TIME.check(new CreditorApplicationDecidedInTime.Facts(graceEndsOn, decisionDueOn,
                    calendar.period(LegalParameterCode.CREDITOR_LISTING_APPLICATION_DECISION))));
        }
        String judgeId = c.judgeId() != null ? c.judgeId() : user.userId();
        DishonestListing listing = listings.save(new DishonestListing(c.id(), c.caseNumber(), c.courtId(), c.filingDate(),
                new DishonestListing.Debtor(debtor.id(), debtor.name(), debtor.kind().name(), debtor.identifier(), debtor.email(),
                        proposal.legalRepresentative()),
                proposal.duty(), grounds, proposal.periodYears(), proposal.onCreditorApplication(), proposal.creditorAppliedOn(),
                proposal.graceMonths(), graceEndsOn, user.userId(), clock.now()));
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables();
        CaseVariables.COURT_ID.putIn(variables, c.courtId());
        CaseVariables.CASE_ID.putIn(variables, c.id());
        CaseVariables.CASE_NUMBER.putIn(variables, c.caseNumber());
        CaseVariables.DEBTOR_NAMES.putIn(variables, debtor.name());
        CaseVariables.JUDGE_ID.putIn(variables, judgeId);
        DishonestListingProcess.LISTING.putIn(variables, listing.id());
        ProcessInstance instance = processStarts.start(DishonestListingProcess.KEY, c.caseNumber(), variables
                .putValue(Variables.GRACE_ENDS_ON, graceEndsOn.toString())
                .putValue(Variables.DECISION_DUE_ON, decisionDueOn.toString())
                .putValue(Variables.PUBLISHED, false));
        listing.linkProcessInstance(instance.getId());
        log.info("Listing {} of case {} proposed by {} on grounds {}; grace period ends {}", listing.id(), c.caseNumber(),
                user.userId(), grounds, graceEndsOn);
        return new Proposed(listing.id(), instance.getId(), graceEndsOn, decisionDueOn);
    }

    private static void refuse(String reasonZh) {
        throw new RuleViolationException(reasonZh);
    }

    /** A rule's refusal in the court API: 422 with the rule's message, logged as one line. */
    private static void refuseIfBroken(RuleResult result) {
        result.rejection().ifPresent(refusal -> {
            log.info("Rule {} refused a listing proposal: {}", refusal.ruleCode(), refusal.messageZh());
            throw new RuleViolationException(refusal.messageZh());
        });
    }

    private int years(LegalParameterCode code) {
        LegalPeriod period = calendar.period(code);
        if (period.unit() != PeriodUnit.YEARS) {
            throw new IllegalStateException(code + " must be in years, is " + period);
        }
        return period.amount();
    }

    private int months(LegalParameterCode code) {
        LegalPeriod period = calendar.period(code);
        return switch (period.unit()) {
            case MONTHS -> period.amount();
            case YEARS -> period.amount() * 12;
            default -> throw new IllegalStateException(code + " must be in months or years, is " + period);
        };
    }

    // --- the steps of the process (called by its delegates, in the engine's transaction) ---

    /** {@code Task_ServeRiskNotice}: 风险提示通知 (2016 中办国办意见 四（二）3). */
    void serveRiskNotice(Long listingId) {
        DishonestListing l = listing(listingId);
        notices.serveOnParty(l.caseId(), l.courtId(), l.debtorName(), l.debtorEmail(), "风险提示通知",
                "【风险提示通知】" + l.caseNumber(),
                l.debtorName() + "：\n本院执行的" + l.caseNumber() + "号案件中，你未履行生效法律文书确定的义务（" + l.duty() + "）。"
                        + "如在" + l.graceEndsOn() + "前仍未履行，本院将依法把你纳入失信被执行人名单，向社会公布并通报有关单位实施联合惩戒，"
                        + "同时对你采取限制消费措施。");
        log.info("Risk notice of listing {} served (case {})", listingId, l.caseNumber());
    }

    void refuse(Long listingId) {
        listing(listingId).refuse();
        log.info("Listing {} refused at approval", listingId);
    }

    /**
     * {@code Task_PublishListing}: publishes the listing, serves the decision (决定书: reasons and period,
     * 法释〔2017〕7号 第五条) and the consumption-restriction order (限制消费令, mandatory for a listed debtor,
     * 限制消费规定 第一条). Returns the last day of a fixed period, or null.
     */
    LocalDate publish(Long listingId) {
        DishonestListing l = listing(listingId);
        LocalDate today = clock.today();
        // a listing period is not a procedural period: it ends on the calendar day, rest day or not
        LocalDate endsOn = ListingPeriod.fixed(l.grounds())
                ? calendar.calendar().plainEnd(today, LegalPeriod.years(l.periodYears())) : null;
        l.publish(today, endsOn);
        String reasons = l.grounds().stream().map(ListingGround::nameZh).collect(Collectors.joining("；"));
        notices.serveOnParty(l.caseId(), l.courtId(), l.debtorName(), l.debtorEmail(), "纳入失信被执行人名单决定书",
                "【决定书】" + l.caseNumber() + " 纳入失信被执行人名单",
                l.debtorName() + "：\n因你存在下列情形：" + reasons + "，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》，决定将你纳入失信被执行人名单，"
                        + (endsOn == null ? "期限至退出事由发生时止。" : "期限" + l.periodYears() + "年，至" + endsOn + "止。")
                        + "\n你可自收到本决定书之日起10日内向本院书面申请纠正。");
        notices.serveOnParty(l.caseId(), l.courtId(), l.debtorName(), l.debtorEmail(), "限制消费令",
                "【限制消费令】" + l.caseNumber(),
                l.debtorName() + "：\n你已被纳入失信被执行人名单，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》，"
                        + "自即日起不得乘坐飞机、列车软卧、轮船二等以上舱位、G字头动车组列车全部座位，不得在星级以上宾馆、酒店等场所高消费，"
                        + "不得购买不动产或新建、扩建、高档装修房屋，不得租赁高档写字楼、宾馆、公寓等办公，不得购买非经营必需车辆，不得旅游、度假，"
                        + "子女不得就读高收费私立学校，不得支付高额保费购买保险理财产品。");
        log.info("Listing {} of case {} published until {}", listingId, l.caseNumber(), endsOn == null ? "an exit event" : endsOn);
        return endsOn;
    }

    /** {@code Task_RecordPushedUnits}: the units reached, so that an exit notifies every one of them. */
    void recordPush(Long listingId, String pushedUnits) {
        DishonestListing l = listing(listingId);
        List<String> codes = pushedUnits == null ? List.of()
                : Arrays.stream(pushedUnits.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String code : codes) {
            if (units.find(code).isEmpty()) {
                // a code we cannot address could never be notified of the removal: stop with an incident
                throw new IllegalStateException("joint-punishment unit '" + code + "' is not configured (enforcement.listing.joint-punishment-units)");
            }
            pushes.save(new ListingPush(l.id(), code, clock.now()));
        }
        log.info("Listing {} pushed to {} joint-punishment units: {}", listingId, codes.size(), codes);
    }

    /** {@code Task_EndUnlisted}: an exit event before publication, e.g. full performance in the grace period. */
    void endUnlisted(Long listingId, ListingExitReason reason) {
        listing(listingId).endUnlisted(reason, clock.today());
        log.info("Listing {} ended before publication: {}", listingId, reason);
    }

    /**
     * {@code Task_NotifyRemoval}, {@code Task_NotifyRevocation}, {@code Task_DeleteExpiredListing}: the
     * listing is revoked or deleted, the removal published (the public query no longer shows it), every
     * unit it was pushed to notified, and the consumption restriction lifted and notified within the same
     * scope (seed 001 四（二）4、5; 限制消费规定 第九条).
     */
    void remove(Long listingId, ListingExitReason reason) {
        DishonestListing l = listing(listingId);
        l.remove(reason, clock.today());
        String what = reason.revokes() ? "撤销" : "删除";
        String document = "失信信息" + what + "及解除限制消费通知";
        List<ListingPush> reached = pushes.findByListingIdOrderById(l.id());
        for (ListingPush push : reached) {
            JointPunishmentUnits.Unit unit = units.find(push.unitCode()).orElseThrow(() ->
                    new IllegalStateException("joint-punishment unit '" + push.unitCode() + "' is no longer configured"));
            notices.serveOnParty(l.caseId(), l.courtId(), unit.name(), unit.email(), document,
                    "【" + document + "】" + l.caseNumber() + " " + l.debtorName(),
                    unit.name() + "：\n本院于" + l.publishedOn() + "推送的失信被执行人" + l.debtorName() + "（" + l.debtorIdentifier()
                            + "，案号" + l.caseNumber() + "）的失信信息已于" + l.removedOn() + what + "，事由：" + reason.nameZh()
                            + "。请停止对其实施联合惩戒，并解除对其的限制消费措施。");
        }
        notices.serveOnParty(l.caseId(), l.courtId(), l.debtorName(), l.debtorEmail(), "解除限制消费令",
                "【解除限制消费令】" + l.caseNumber(),
                l.debtorName() + "：\n你的失信信息已于" + l.removedOn() + what + "（" + reason.nameZh() + "），本院解除对你的限制消费令。");
        log.info("Listing {} of case {} {} ({}); {} pushed units notified", listingId, l.caseNumber(),
                reason.revokes() ? "revoked" : "deleted", reason, reached.size());
    }

    /** {@code Task_ServeCorrectionRejection}: the rejection is served; the 10 days for 复议 run from today. */
    void serveCorrectionRejection(Long listingId) {
        DishonestListing l = listing(listingId);
        l.recordRejectionServed(clock.today());
        notices.serveOnParty(l.caseId(), l.courtId(), l.debtorName(), l.debtorEmail(), "驳回纠正申请决定书",
                "【驳回纠正申请决定书】" + l.caseNumber(),
                l.debtorName() + "：\n你的纠正申请理由不成立，予以驳回。你可自本决定书送达之日起10日内向上一级人民法院申请复议；复议期间不停止原决定的执行。");
        log.info("Correction of listing {} rejected and served", listingId);
    }

    DishonestListing listing(Long listingId) {
        return listings.findById(listingId).orElseThrow(() -> new IllegalStateException("listing " + listingId + " not found"));
    }
}
