package cn.courts.enforcement.model.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a rule refuses a step: the rule's code (stable, for logs, tests and clients), its legal basis, the value it is
 * about (a form field, if one), and the Chinese message a judge reads, built from the legal parameter in force.
 *
 * @param ruleCode  the rule, e.g. {@code AUCTION_RESERVE_PRICE_MIN}
 * @param citation  the legal basis, e.g. {@code 法释〔2016〕18号 第十条}
 * @param field     the value the refusal is about (a form field's key), or null when it is about the step itself
 * @param messageZh what is wrong and what the rule requires, in Chinese
 */
public record RuleRefusal(String ruleCode, String citation, String field, String messageZh) {

    public RuleRefusal {
        if (ruleCode == null || ruleCode.isBlank()) {
            throw new IllegalArgumentException("a refusal names its rule");
        }
        Objects.requireNonNull(citation, "citation");
        if (messageZh == null || messageZh.isBlank()) {
            throw new IllegalArgumentException("a refusal of " + ruleCode + " needs a message");
        }
    }

    /** The value the refusal is about, if any. */
    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }
}
