package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.listing.rule.ListingDecisionStatesItsReason.Decision;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第五条、第十二条; seed 001 四（二）3: a listing decision is made and states its reason. */
class ListingDecisionStatesItsReasonTests {

    private final ListingDecisionStatesItsReason rule = new ListingDecisionStatesItsReason();

    private Optional<RuleRefusal> check(Decision decision, Boolean answer, String reason) {
        return rule.check(new ListingDecisionStatesItsReason.Facts(decision, "listingApproved", Optional.ofNullable(answer),
                "decisionReason", Optional.ofNullable(reason))).rejection();
    }

    @Test
    void reviewWithoutADecisionIsRefused() {
        RuleRefusal refusal = check(Decision.LISTING_REVIEW, null, "理由").orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo(ListingDecisionStatesItsReason.DECISION_REQUIRED);
        assertThat(refusal.field()).isEqualTo("listingApproved");
        assertThat(refusal.messageZh()).contains("是否同意纳入失信名单");
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void decisionWithoutAReasonIsRefusedCitingItsArticle(Decision decision) {
        RuleRefusal refusal = check(decision, false, " ").orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo(ListingDecisionStatesItsReason.REASON_REQUIRED);
        assertThat(refusal.field()).isEqualTo("decisionReason");
        assertThat(refusal.citation()).isEqualTo(decision.citation()).contains("法释〔2017〕7号");
        assertThat(refusal.messageZh()).contains(decision.questionZh()).contains("载明理由");
    }

    @Test
    void signingRefusedWithAReasonIsAllowed() {
        assertThat(check(Decision.DECISION_SIGNING, false, "纳入情形证据不足")).isEmpty();
    }

    @Test
    void correctionFoundWellFoundedWithAReasonIsAllowed() {
        assertThat(check(Decision.CORRECTION_REVIEW, true, "被执行人已提供足额担保")).isEmpty();
    }
}
