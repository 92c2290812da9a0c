package cn.courts.enforcement.model.parameter;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A percentage bound set by a rule, e.g. 起拍价 at least 70% of the valuation. Bounds are inclusive:
 * "不得低于" and "不得超过" admit the figure itself, and "百分之五至百分之二十" includes both ends
 * (《民法典》第1259条: 以上、以下、以内 include the number).
 *
 * @param code        the ratio
 * @param nameZh      what is compared with what, in the court's words
 * @param minPercent  the lowest admissible percentage, if bounded below
 * @param maxPercent  the highest admissible percentage, if bounded above
 * @param citation    the legal basis
 * @param textVersion version or date of the text
 * @param source      how reliably the figure was read
 * @param alternative a reading note or another rule's figure
 */
public record LegalRatio(LegalRatioCode code, String nameZh, Optional<BigDecimal> minPercent,
                         Optional<BigDecimal> maxPercent, String citation, String textVersion, SourceMark source,
                         Optional<String> alternative) {

    public LegalRatio {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minPercent, "minPercent");
        Objects.requireNonNull(maxPercent, "maxPercent");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(alternative, "alternative");
        if (nameZh == null || nameZh.isBlank() || citation == null || citation.isBlank()
                || textVersion == null || textVersion.isBlank()) {
            throw new IllegalArgumentException("name_zh, citation and text_version of " + code + " are required");
        }
        if (minPercent.isEmpty() && maxPercent.isEmpty()) {
            throw new IllegalArgumentException(code + " needs a lower or an upper bound");
        }
        if (minPercent.isPresent() && maxPercent.isPresent() && minPercent.get().compareTo(maxPercent.get()) > 0) {
            throw new IllegalArgumentException(code + ": lower bound " + minPercent.get() + "% exceeds upper bound "
                    + maxPercent.get() + "%");
        }
        alternative = alternative.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** Whether {@code percent} lies within the bounds (inclusive). */
    public boolean permits(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return minPercent.map(min -> percent.compareTo(min) >= 0).orElse(true)
                && maxPercent.map(max -> percent.compareTo(max) <= 0).orElse(true);
    }

    /** The bound as a court writes it: 不低于70%, 不超过20%, 5%至20%. */
    public String describeZh() {
        if (minPercent.isPresent() && maxPercent.isPresent()) {
            return minPercent.get().toPlainString() + "%至" + maxPercent.get().toPlainString() + "%";
        }
        return minPercent.map(min -> "不低于" + min.toPlainString() + "%")
                .orElseGet(() -> "不超过" + maxPercent.get().toPlainString() + "%");
    }
}
