package cn.courts.enforcement.model.parameter;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegalParametersTests {

    private final LegalParameters defaults = LegalParameters.defaults();

    @Test
    void defaultsTableHasEveryCodeInEnumOrder() {
        assertThat(defaults.all()).extracting(LegalParameter::code).containsExactly(LegalParameterCode.values());
    }

    @ParameterizedTest
    @EnumSource(LegalParameterCode.class)
    void everyParameterNamesItsBasisAndTextVersion(LegalParameterCode code) {
        LegalParameter parameter = defaults.get(code);
        assertThat(parameter.nameZh()).isNotBlank();
        assertThat(parameter.citation()).isNotBlank();
        assertThat(parameter.textVersion()).isNotBlank();
        if (parameter.source() == SourceMark.P) {
            assertThat(parameter.citation()).startsWith("平台设定");
        } else {
            assertThat(parameter.citation()).doesNotStartWith("平台设定");
        }
    }

    /** The seeds' figures are the defaults (domain-rules.md); later rules' figures are alternatives. */
    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
            "FILING_REVIEW, 7D, V",
            "ASSIGN_JUDGE, 7D, S",
            "EXECUTION_NOTICE, 3D, S",
            "EXECUTION_NOTICE_OUTER_LIMIT, 10D, V",
            "ASK_CREDITOR_FOR_LEADS, 3D, S",
            "FIRST_NETWORK_SEARCH, 5D, R",
            "CHECK_LEADS, 7D, V",
            "CHECK_LEADS_URGENT, 3D, V",
            "FINISH_INVESTIGATION, 1M, S",
            "FREEZE_DEPOSITS, 1Y, V",
            "SEIZE_MOVABLES, 2Y, V",
            "SEIZE_REAL_ESTATE, 3Y, V",
            "AUCTION_NOTICE_MOVABLES, 15D, V",
            "AUCTION_NOTICE_REAL_ESTATE, 30D, V",
            "SECOND_AUCTION_WITHIN, 30D, V",
            "SECOND_AUCTION_NOTICE_MOVABLES, 7D, V",
            "SECOND_AUCTION_NOTICE_REAL_ESTATE, 15D, V",
            "DISBURSEMENT, 30D, S",
            "CASE_LIMIT, 6M, V",
            "CASE_LIMIT_NON_LITIGATION, 3M, V",
            "EXTENSION_REQUEST_LEAD, 5D, S",
            "EXTENSION_LENGTH, 3M, V",
            "OBJECTION_REVIEW, 15D, V",
            "OBJECTION_RECONSIDERATION_APPLY, 10D, V",
            "RISK_NOTICE_GRACE_MAX, 3M, S",
            "LISTING_PERIOD_DEFAULT, 2Y, V",
            "LISTING_PERIOD_EXTENSION_MAX, 3Y, S",
            "LISTING_PERIOD_MAX, 5Y, S",
            "CREDITOR_LISTING_APPLICATION_DECISION, 15D, V",
            "CORRECTION_WINDOW, 10D, S",
            "CORRECTION_REVIEW, 3D, S",
            "CORRECTION_CARRY_OUT, 3WD, V",
            "LISTING_RECONSIDERATION_APPLY, 10D, V",
            "LISTING_RECONSIDERATION_DECISION, 15D, V",
            "LISTING_REMOVAL, 3D, S",
            "NO_RELISTING_AFTER_CREDITOR_DELETION, 6M, V",
            "TERMINATION_MIN_SINCE_FILING, 3M, V",
            "TERMINATED_LIBRARY_SEARCH_INTERVAL, 6M, V",
            "TERMINATED_LIBRARY_MONITORING, 5Y, V",
            "COMMAND_CENTRE_CASE_LIMIT_WARNING, 15D, P",
            "DUE_SOON_WORKING_DAYS, 2WD, P"
    })
    void defaultPeriodAndSourceMark(LegalParameterCode code, String period, SourceMark source) {
        assertThat(defaults.period(code)).isEqualTo(LegalPeriod.parse(period));
        assertThat(defaults.get(code).source()).isEqualTo(source);
    }

    @Test
    void correctionReviewDefaultsToSeed001WithThe2017RuleAsAlternative() {
        LegalParameter review = defaults.get(LegalParameterCode.CORRECTION_REVIEW);
        assertThat(review.period()).isEqualTo(LegalPeriod.days(3));
        assertThat(review.citation()).contains("2016意见");
        assertThat(review.alternative()).hasValueSatisfying(note -> assertThat(note).contains("第十二条").contains("15D"));
    }

    @Test
    void listingRemovalDefaultsToThreeDaysWithThreeWorkingDaysAsAlternative() {
        LegalParameter removal = defaults.get(LegalParameterCode.LISTING_REMOVAL);
        assertThat(removal.period()).isEqualTo(LegalPeriod.days(3));
        assertThat(removal.alternative()).hasValueSatisfying(note -> assertThat(note).contains("第十条").contains("3WD"));
    }

    @Test
    void emptyAlternativeIsAbsent() {
        assertThat(defaults.get(LegalParameterCode.CHECK_LEADS_URGENT).alternative()).isEmpty();
    }

    @Test
    void overrideReturnsANewTableAndKeepsTheDefault() {
        LegalParameters following2017 = defaults.withOverride(LegalParameterCode.CORRECTION_REVIEW, LegalPeriod.days(15));
        assertThat(following2017.period(LegalParameterCode.CORRECTION_REVIEW)).isEqualTo(LegalPeriod.days(15));
        assertThat(following2017.get(LegalParameterCode.CORRECTION_REVIEW).citation())
                .isEqualTo(defaults.get(LegalParameterCode.CORRECTION_REVIEW).citation());
        assertThat(following2017.isOverridden(LegalParameterCode.CORRECTION_REVIEW)).isTrue();
        assertThat(following2017.isOverridden(LegalParameterCode.CORRECTION_WINDOW)).isFalse();
        assertThat(following2017.defaultOf(LegalParameterCode.CORRECTION_REVIEW).period()).isEqualTo(LegalPeriod.days(3));
        assertThat(defaults.period(LegalParameterCode.CORRECTION_REVIEW)).as("original unchanged").isEqualTo(LegalPeriod.days(3));
        assertThat(defaults.isOverridden(LegalParameterCode.CORRECTION_REVIEW)).isFalse();
    }

    // --- loading fails loudly ---

    @Test
    void tableMissingACodeIsRejectedNamingIt() {
        String csv = defaultsCsv().lines()
                .filter(line -> !line.startsWith("DUE_SOON_WORKING_DAYS,"))
                .collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("codes missing from the table: [DUE_SOON_WORKING_DAYS]");
    }

    @Test
    void unknownCodeIsRejectedNamingTheLine() {
        String csv = defaultsCsv() + "\nAPPEAL_WINDOW,上诉期,15D,民诉法 第171条,2023,V,\n";
        int line = (int) defaultsCsv().lines().count() + 2;
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("line " + line + ": unknown code 'APPEAL_WINDOW'");
    }

    @Test
    void duplicatedCodeIsRejected() {
        String csv = defaultsCsv() + "\nCASE_LIMIT,执行期限,6M,法释〔2000〕29号 第五条,2000,V,\n";
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("code CASE_LIMIT appears twice");
    }

    @Test
    void malformedPeriodIsRejected() {
        String csv = defaultsCsv().replace("CASE_LIMIT,执行期限（有财产可供执行）,6M,", "CASE_LIMIT,执行期限（有财产可供执行）,six months,");
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("period of CASE_LIMIT")
                .hasMessageContaining("'six months' is not a legal period");
    }

    @Test
    void unknownSourceMarkIsRejected() {
        String header = String.join(",", LegalParameters.CSV_HEADER) + "\n";
        assertThatThrownBy(() -> parse(header + "CASE_LIMIT,执行期限,6M,法释〔2000〕29号 第五条,2000,X,\n"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("line 2: unknown source mark 'X'");
    }

    @Test
    void wrongHeaderOrFieldCountIsRejected() {
        assertThatThrownBy(() -> parse("code,period\nCASE_LIMIT,6M\n"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("line 1: expected the header");
        String header = String.join(",", LegalParameters.CSV_HEADER) + "\n";
        assertThatThrownBy(() -> parse(header + "CASE_LIMIT,执行期限,6M\n"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("line 2: expected 7 fields");
        assertThatThrownBy(() -> parse(header + "CASE_LIMIT,执行期限,6M,法释〔2000〕29号,2000,V,\"open\n"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("unterminated quote");
    }

    @Test
    void quotedFieldMayHoldACommaAndQuotes() {
        String csv = defaultsCsv().lines()
                .map(line -> line.startsWith("CASE_LIMIT,")
                        ? "CASE_LIMIT,执行期限,6M,法释〔2000〕29号 第五条,法释〔2000〕29号,V,\"自立案次日起算, 含\"\"延长\"\"\""
                        : line)
                .collect(Collectors.joining("\n"));
        assertThat(parse(csv).get(LegalParameterCode.CASE_LIMIT).alternative())
                .contains("自立案次日起算, 含\"延长\"");
    }

    @Test
    void everyCodeIsDocumentedOnce() {
        assertThat(Arrays.stream(LegalParameterCode.values()).map(Enum::name).distinct()).hasSize(LegalParameterCode.values().length);
        assertThat(defaults.toString()).contains(LegalParameterCode.values().length + " parameters, 0 overridden");
    }

    private static LegalParameters parse(String csv) {
        return LegalParameters.parseCsv(new StringReader(csv), "test.csv");
    }

    private static String defaultsCsv() {
        try (InputStream in = LegalParameters.class.getResourceAsStream(LegalParameters.DEFAULTS_RESOURCE)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
