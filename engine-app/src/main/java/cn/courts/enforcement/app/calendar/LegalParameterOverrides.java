package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import cn.courts.enforcement.model.parameter.LegalParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configured overrides of the legal parameter table, e.g. {@code enforcement.legal-parameters.overrides.CORRECTION_REVIEW=15D}.
 * An unknown code or a malformed period stops the start-up: a silently ignored legal period is worse
 * than no start.
 */
@ConfigurationProperties("enforcement.legal-parameters")
class LegalParameterOverrides {

    private Map<String, String> overrides = new LinkedHashMap<>();

    public Map<String, String> getOverrides() {
        return overrides;
    }

    public void setOverrides(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    LegalParameters applyTo(LegalParameters defaults) {
        LegalParameters result = defaults;
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            LegalParameterCode code;
            try {
                code = LegalParameterCode.valueOf(override.getKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("enforcement.legal-parameters.overrides names an unknown legal parameter: " + override.getKey());
            }
            result = result.withOverride(code, LegalPeriod.parse(override.getValue()));
        }
        return result;
    }
}
