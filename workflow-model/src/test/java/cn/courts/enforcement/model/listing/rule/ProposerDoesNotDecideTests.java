package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第五条: the proposing judge neither approves nor signs his own proposal. */
class ProposerDoesNotDecideTests {

    private final ProposerDoesNotDecide rule = new ProposerDoesNotDecide();

    @Test
    void proposerApprovingHisOwnListingIsRefused() {
        RuleRefusal refusal = rule.check(new ProposerDoesNotDecide.Facts("ftjudge1", Optional.of("ftjudge1"))).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("LISTING_PROPOSER_RECUSAL");
        assertThat(refusal.citation()).isEqualTo("法释〔2017〕7号 第五条");
        assertThat(refusal.messageZh()).contains("不得审批或签发本人提出的纳入");
    }

    @Test
    void reviewerWhoDidNotProposeIsAllowed() {
        assertThat(rule.check(new ProposerDoesNotDecide.Facts("ftjudge1", Optional.of("ftreviewer"))).isAllowed()).isTrue();
    }

    @Test
    void stepWithNobodyNamedIsAllowed() {
        assertThat(rule.check(new ProposerDoesNotDecide.Facts("ftjudge1", Optional.empty())).isAllowed()).isTrue();
    }
}
