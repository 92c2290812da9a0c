package cn.courts.enforcement.model.parameter;

import cn.courts.enforcement.model.calendar.LegalPeriod;

import java.util.Objects;
import java.util.Optional;

/**
 * One legal period with its basis: what the court must do, how long it has, and which text says so.
 *
 * @param code        the parameter
 * @param nameZh      the node or duty in the court's words, e.g. 申请纠正
 * @param period      the period in force (a default from the seeds, or an override)
 * @param citation    the legal basis, e.g. 《民事诉讼法》(2023) 第85条, 法发〔2006〕35号 第四条
 * @param textVersion the version or date of the cited text (article numbers change between versions)
 * @param source      how reliably the figure was read (V/S/R, or P for a platform setting)
 * @param alternative another figure from another rule, or a reading note, e.g. the 2017 rule's 15 days
 */
public record LegalParameter(LegalParameterCode code, String nameZh, LegalPeriod period, String citation,
                             String textVersion, SourceMark source, Optional<String> alternative) {

    public LegalParameter {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(alternative, "alternative");
        requireText(nameZh, "nameZh", code);
        requireText(citation, "citation", code);
        requireText(textVersion, "textVersion", code);
        alternative = alternative.map(String::strip).filter(text -> !text.isEmpty());
    }

    private static void requireText(String value, String name, LegalParameterCode code) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " of " + code + " must not be blank");
        }
    }

    /** The same parameter with another period, keeping its citation (see {@link LegalParameters#withOverride}). */
    public LegalParameter withPeriod(LegalPeriod newPeriod) {
        return new LegalParameter(code, nameZh, newPeriod, citation, textVersion, source, alternative);
    }
}
