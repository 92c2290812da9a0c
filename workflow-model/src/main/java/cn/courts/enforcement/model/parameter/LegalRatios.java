package cn.courts.enforcement.model.parameter;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The table of percentage bounds of the auction rules, one {@link LegalRatio} per {@link LegalRatioCode},
 * loaded like {@link LegalParameters}: nothing missing, nothing unknown. Immutable and thread-safe.
 */
public final class LegalRatios {

    /** Classpath location of the default table. */
    public static final String DEFAULTS_RESOURCE = "/cn/courts/enforcement/model/parameter/legal-ratios.csv";

    /** The columns of the CSV, in order; a bound column may be empty (unbounded on that side). */
    public static final List<String> CSV_HEADER = List.of("code", "name_zh", "min_percent", "max_percent",
            "citation", "text_version", "source", "alternative");

    private final Map<LegalRatioCode, LegalRatio> ratios;

    private LegalRatios(Map<LegalRatioCode, LegalRatio> ratios) {
        this.ratios = Collections.unmodifiableMap(new EnumMap<>(ratios));
    }

    /** The shipped table, read from {@value #DEFAULTS_RESOURCE}. */
    public static LegalRatios defaults() {
        return DefaultsHolder.TABLE;
    }

    private static final class DefaultsHolder {
        static final LegalRatios TABLE = CsvTable.readResource(DEFAULTS_RESOURCE,
                reader -> parseCsv(reader, "classpath:" + DEFAULTS_RESOURCE));
    }

    /**
     * Reads a ratio table in the CSV format of {@value #DEFAULTS_RESOURCE}.
     *
     * @throws LegalParameterTableException for a malformed line, an unknown or duplicated code, or
     *                                      missing codes
     */
    public static LegalRatios parseCsv(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        Map<LegalRatioCode, LegalRatio> table = new EnumMap<>(LegalRatioCode.class);
        for (CsvTable.Row row : CsvTable.read(reader, sourceName, CSV_HEADER)) {
            int line = row.lineNumber();
            LegalRatioCode code = LegalParameters.parseEnum(LegalRatioCode.class, row.field(0), "code", sourceName, line);
            SourceMark source = LegalParameters.parseEnum(SourceMark.class, row.field(6), "source mark", sourceName, line);
            LegalRatio ratio;
            try {
                ratio = new LegalRatio(code, row.field(1), percent(row.field(2)), percent(row.field(3)), row.field(4),
                        row.field(5), source, Optional.of(row.field(7)));
            } catch (IllegalArgumentException e) {
                throw new LegalParameterTableException(sourceName, line, e.getMessage());
            }
            if (table.putIfAbsent(code, ratio) != null) {
                throw new LegalParameterTableException(sourceName, line, "code " + code + " appears twice");
            }
        }
        Set<LegalRatioCode> missing = EnumSet.allOf(LegalRatioCode.class);
        missing.removeAll(table.keySet());
        if (!missing.isEmpty()) {
            throw new LegalParameterTableException(sourceName, "codes missing from the table: " + missing);
        }
        return new LegalRatios(table);
    }

    private static Optional<BigDecimal> percent(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("percentage '" + text + "' is outside 0..100");
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a percentage (e.g. 70 or 12.5)");
        }
    }

    /** The ratio for {@code code}; never null. */
    public LegalRatio get(LegalRatioCode code) {
        return ratios.get(Objects.requireNonNull(code, "code"));
    }

    /** Every ratio, in the order of {@link LegalRatioCode}. */
    public List<LegalRatio> all() {
        return List.copyOf(ratios.values());
    }
}
