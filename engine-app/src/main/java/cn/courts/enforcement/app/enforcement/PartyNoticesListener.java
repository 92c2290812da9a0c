package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.notice.NoticeService;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.enforcement.CaseParty;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * Serves the parties the documents a node produces (complete listener), each recorded in the service
 * register and mailed after the commit:
 * <ul>
 *   <li>{@code Task_IssueExecutionNotice}: 执行通知书 and 报告财产令 on every debtor, with the risk-notice
 *   wording (法发〔2006〕35号 第四条; 民诉法 第252条; seed 001 §四(二)3: a debtor who does not perform or report
 *   may be listed as dishonest and restricted in consumption);</li>
 *   <li>{@code Task_AskCreditorForLeads}: the notice asking every creditor for asset leads (法发〔2006〕35号 第五条).</li>
 * </ul>
 */
@Component("partyNotices")
class PartyNoticesListener implements TaskListener {

    static final String EXECUTION_NOTICE = "执行通知书及报告财产令";
    static final String LEADS_NOTICE = "提供财产线索通知书";

    private final EnforcementCaseRepository cases;
    private final CourtDirectory courts;
    private final NoticeService notices;
    private final LegalCalendarService calendar;
    private final CourtClock clock;

    PartyNoticesListener(EnforcementCaseRepository cases, CourtDirectory courts, NoticeService notices,
                         LegalCalendarService calendar, CourtClock clock) {
        this.cases = cases;
        this.courts = courts;
        this.notices = notices;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = (Long) task.getVariable(Variables.CASE_ID);
        EnforcementCase c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        String courtName = courts.find(c.courtId()).map(Court::name).orElse(c.courtId());
        switch (task.getTaskDefinitionKey()) {
            case Elements.ISSUE_EXECUTION_NOTICE -> c.parties(PartyRole.DEBTOR).forEach(debtor -> serveExecutionNotice(c, debtor, courtName));
            case Elements.ASK_CREDITOR_FOR_LEADS -> c.parties(PartyRole.CREDITOR).forEach(creditor -> serveLeadsNotice(c, creditor, courtName));
            default -> throw new IllegalStateException("partyNotices is not meant for " + task.getTaskDefinitionKey());
        }
    }

    private void serveExecutionNotice(EnforcementCase c, CaseParty debtor, String courtName) {
        String body = debtor.name() + "：\n\n"
                + "申请执行人申请执行" + c.basisDocument() + "，本院已立案执行，案号" + c.caseNumber() + "。"
                + "依照《中华人民共和国民事诉讼法》的规定，责令你自收到本通知之日起立即履行生效法律文书确定的义务（执行标的金额人民币"
                + c.amount().toPlainString() + "元），并如实向本院报告当前以及收到执行通知之日前一年的财产情况。\n\n"
                + "风险提示：拒不履行或者拒绝报告、虚假报告财产的，本院将依法将你纳入失信被执行人名单、限制高消费，"
                + "并可根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。\n\n"
                + courtName + "\n" + clock.today();
        notices.serveOnParty(c.id(), c.courtId(), debtor.name(), debtor.email(), EXECUTION_NOTICE,
                c.caseNumber() + " 执行通知书及报告财产令", body);
    }

    private void serveLeadsNotice(EnforcementCase c, CaseParty creditor, String courtName) {
        String body = creditor.name() + "：\n\n"
                + "你申请执行的" + c.caseNumber() + "一案，请于" + calendar.dueFromToday(LegalParameterCode.CHECK_LEADS)
                + "前向本院提供被执行人的财产线索（银行账户、不动产、车辆、股权、对外债权等）。"
                + "本院将在收到线索后依法核查。\n\n" + courtName + "\n" + clock.today();
        notices.serveOnParty(c.id(), c.courtId(), creditor.name(), creditor.email(), LEADS_NOTICE,
                c.caseNumber() + " 提供财产线索通知书", body);
    }
}
