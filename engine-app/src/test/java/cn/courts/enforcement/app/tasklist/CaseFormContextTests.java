package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.model.enforcement.CaseNumber;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.rule.ZhText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The case context the forms show: parties, amount, due date as the court writes them. */
class CaseFormContextTests {

    @Test
    void caseContextNamesThePartiesAndTheAmountInRenminbi() {
        EnforcementCase c = new EnforcementCase(CaseNumber.parse("（2026）粤0304执101号"), "szft", LocalDate.of(2026, 3, 2),
                new BigDecimal("125000.5"), "（2025）粤0304民初5678号民事判决书", false, LocalDate.of(2026, 9, 2), "ftjudge1",
                Instant.parse("2026-03-02T01:00:00Z"));
        c.addParty(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲科技有限公司", "91350100M000100Y43", null);
        c.addParty(PartyRole.DEBTOR, PartyKind.PERSON, "王某", "11010519491231002X", null);
        c.addParty(PartyRole.DEBTOR, PartyKind.PERSON, "李某", "440305196911024570", null);

        assertThat(CaseFormContext.caseVariables(c))
                .containsEntry(CaseFormContext.CREDITOR_NAMES, "深圳市甲科技有限公司")
                .containsEntry(CaseFormContext.DEBTOR_NAMES, "王某、李某")
                .containsEntry(CaseFormContext.AMOUNT_TEXT, "人民币125000.50元")
                .containsEntry(CaseFormContext.CASE_SUMMARY, "申请执行人：深圳市甲科技有限公司 被执行人：王某、李某 执行标的：人民币125000.50元");
        assertThat(CaseFormContext.caseVariables(c).values()).allMatch(String.class::isInstance);
    }

    @Test
    void dueDateIsWrittenAsTheCourtWritesIt() {
        assertThat(ZhText.day(LocalDate.of(2026, 3, 5))).isEqualTo("2026年03月05日");
    }

    @Test
    void renewalNamesThePropertyAndItsCurrentControl() {
        PropertyRecord deposit = new PropertyRecord(7L, PropertyKind.DEPOSIT, "中国工商银行深圳分行 账户 6222****4821", "中国工商银行",
                new BigDecimal("131500.00"), PropertyRecord.Source.NETWORK_SEARCH, LocalDate.of(2026, 3, 2));
        deposit.control(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30));
        assertThat(CaseFormContext.propertyText(deposit))
                .isEqualTo("存款：中国工商银行深圳分行 账户 6222****4821（中国工商银行），控制至2026年04月30日");
    }
}
