package cn.courts.enforcement.model.parameter;

import cn.courts.enforcement.model.calendar.LegalPeriod;

import java.io.Reader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The table of legal parameters: one {@link LegalParameter} per {@link LegalParameterCode}, nothing
 * missing, nothing unknown.
 *
 * <p>domain-rules.md: "Where the seeds give a number it is the default; where a later national rule
 * differs, the app makes the period a configurable legal parameter and the docs name both." The
 * defaults file {@value #DEFAULTS_RESOURCE} therefore holds the seeds' figures, with the later rule's
 * figure in the {@code alternative} column; a court that follows the later rule applies
 * {@link #withOverride(LegalParameterCode, LegalPeriod)}, which keeps the default for comparison.
 *
 * <p>Immutable and thread-safe.
 */
public final class LegalParameters {

    /** Classpath location of the default table. */
    public static final String DEFAULTS_RESOURCE = "/cn/courts/enforcement/model/parameter/legal-parameters.csv";

    /** The columns of the CSV, in order. */
    public static final List<String> CSV_HEADER =
            List.of("code", "name_zh", "period", "citation", "text_version", "source", "alternative");

    private final Map<LegalParameterCode, LegalParameter> parameters;
    private final Map<LegalParameterCode, LegalParameter> defaults;

    private LegalParameters(Map<LegalParameterCode, LegalParameter> parameters,
                            Map<LegalParameterCode, LegalParameter> defaults) {
        this.parameters = Collections.unmodifiableMap(new EnumMap<>(parameters));
        this.defaults = Collections.unmodifiableMap(new EnumMap<>(defaults));
    }

    /**
     * The shipped table, read from {@value #DEFAULTS_RESOURCE}.
     *
     * @throws LegalParameterTableException if the file is malformed or does not list every code
     */
    public static LegalParameters defaults() {
        return DefaultsHolder.TABLE;
    }

    private static final class DefaultsHolder {
        static final LegalParameters TABLE = CsvTable.readResource(DEFAULTS_RESOURCE,
                reader -> parseCsv(reader, "classpath:" + DEFAULTS_RESOURCE));
    }

    /**
     * Reads a parameter table in the CSV format of {@value #DEFAULTS_RESOURCE}: columns
     * {@code code,name_zh,period,citation,text_version,source,alternative}; {@code period} in the form
     * of {@link LegalPeriod#parse(String)}; {@code source} one of V, S, R, P; {@code alternative} may be
     * empty. The reader is consumed but not closed.
     *
     * @throws LegalParameterTableException naming the line for a malformed line, an unknown or
     *                                      duplicated code; naming the codes when some are missing
     */
    public static LegalParameters parseCsv(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        Map<LegalParameterCode, LegalParameter> table = new EnumMap<>(LegalParameterCode.class);
        for (CsvTable.Row row : CsvTable.read(reader, sourceName, CSV_HEADER)) {
            LegalParameter parameter = toParameter(row, sourceName);
            if (table.putIfAbsent(parameter.code(), parameter) != null) {
                throw new LegalParameterTableException(sourceName, row.lineNumber(),
                        "code " + parameter.code() + " appears twice");
            }
        }
        Set<LegalParameterCode> missing = EnumSet.allOf(LegalParameterCode.class);
        missing.removeAll(table.keySet());
        if (!missing.isEmpty()) {
            throw new LegalParameterTableException(sourceName, "codes missing from the table: " + missing);
        }
        return new LegalParameters(table, table);
    }

    private static LegalParameter toParameter(CsvTable.Row row, String sourceName) {
        int line = row.lineNumber();
        LegalParameterCode code = parseEnum(LegalParameterCode.class, row.field(0), "code", sourceName, line);
        LegalPeriod period;
        try {
            period = LegalPeriod.parse(row.field(2));
        } catch (IllegalArgumentException e) {
            throw new LegalParameterTableException(sourceName, line, "period of " + code + ": " + e.getMessage());
        }
        SourceMark source = parseEnum(SourceMark.class, row.field(5), "source mark", sourceName, line);
        try {
            return new LegalParameter(code, row.field(1), period, row.field(3), row.field(4), source,
                    Optional.of(row.field(6)));
        } catch (IllegalArgumentException e) {
            throw new LegalParameterTableException(sourceName, line, e.getMessage());
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String what, String sourceName, int line) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new LegalParameterTableException(sourceName, line,
                    "unknown " + what + " '" + text + "' (known: " + EnumSet.allOf(type) + ")");
        }
    }

    /** The parameter in force for {@code code}; never null. */
    public LegalParameter get(LegalParameterCode code) {
        return parameters.get(Objects.requireNonNull(code, "code"));
    }

    /** Shortcut for {@code get(code).period()}. */
    public LegalPeriod period(LegalParameterCode code) {
        return get(code).period();
    }

    /** Every parameter in force, in the order of {@link LegalParameterCode}. */
    public List<LegalParameter> all() {
        return List.copyOf(parameters.values());
    }

    /**
     * A new table in which {@code code} has {@code period}; this table is unchanged. The citation stays
     * the default's: the caller (admin screen, configuration) records why the figure differs, e.g. that
     * the court follows 法释〔2017〕7号 第十二条 (15 days) rather than seed 001 (3 days).
     */
    public LegalParameters withOverride(LegalParameterCode code, LegalPeriod period) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(period, "period");
        Map<LegalParameterCode, LegalParameter> changed = new EnumMap<>(parameters);
        changed.put(code, parameters.get(code).withPeriod(period));
        return new LegalParameters(changed, defaults);
    }

    /** The shipped default for {@code code}, whatever overrides apply. */
    public LegalParameter defaultOf(LegalParameterCode code) {
        return defaults.get(Objects.requireNonNull(code, "code"));
    }

    /** Whether the period in force differs from the default. */
    public boolean isOverridden(LegalParameterCode code) {
        return !get(code).period().equals(defaultOf(code).period());
    }

    @Override
    public String toString() {
        long overridden = parameters.keySet().stream().filter(this::isOverridden).count();
        return "LegalParameters[" + parameters.size() + " parameters, " + overridden + " overridden]";
    }
}
