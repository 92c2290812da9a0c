package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法发〔2017〕6号: only money that arrived in the case account is paid out. */
class DisbursementWithinReceiptsPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private final DisbursementWithinReceiptsPolicy policy = new DisbursementWithinReceiptsPolicy();

    @Test
    void disbursingAllOrPartOfTheReceiptsIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("amountReceived", 131500, "amountDisbursed", 131500.0), TODAY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("amountReceived", 131500, "amountDisbursed", 125000.5), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void disbursingMoreThanReceivedIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("amountReceived", 100000, "amountDisbursed", 100000.01), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("发放金额人民币100000.01元超过执行款到账金额人民币100000.00元：只能发放已到账的执行款（法发〔2017〕6号，一案一账号）");
    }

    @Test
    void oneAmountAloneIsNotThisRulesBusiness() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("amountDisbursed", 5), TODAY))).doesNotThrowAnyException();
    }
}
