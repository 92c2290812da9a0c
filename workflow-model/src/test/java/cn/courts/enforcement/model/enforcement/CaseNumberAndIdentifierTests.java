package cn.courts.enforcement.model.enforcement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseNumberAndIdentifierTests {

    @Test
    void caseNumberInTheCourtsFormatParsesAndPrintsTheSame() {
        CaseNumber number = CaseNumber.parse("（2026）粤0304执1234号");
        assertThat(number.year()).isEqualTo(2026);
        assertThat(number.courtCode()).isEqualTo("粤0304");
        assertThat(number.typeCode()).isEqualTo("执");
        assertThat(number.sequence()).isEqualTo(1234);
        assertThat(number).hasToString("（2026）粤0304执1234号");
    }

    @Test
    void resumedCaseCarriesTheResumptionMark() {
        CaseNumber resumed = CaseNumber.parse("（2025）粤0303执88号").resumed(2026, 5);
        assertThat(resumed).hasToString("（2026）粤0303执恢5号");
        assertThat(CaseNumber.isValid(resumed.toString())).isTrue();
    }

    @Test
    void caseNumbersWithHalfWidthBracketsOrAnotherTypeAreRefused() {
        assertThat(CaseNumber.isValid("(2026)粤0304执1234号")).isFalse();
        assertThat(CaseNumber.isValid("（2026）粤0304民初1234号")).isFalse();
        assertThat(CaseNumber.isValid("（2026）粤0304执号")).isFalse();
        assertThatThrownBy(() -> CaseNumber.parse("2026执1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void residentIdNumberWithCorrectCheckDigitIsValid() {
        assertThat(PartyIdentifiers.isValidResidentIdNumber("11010519491231002X")).isTrue();
        assertThat(PartyIdentifiers.birthDateOf("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void residentIdNumberWithWrongCheckDigitOrImpossibleBirthDateIsInvalid() {
        assertThat(PartyIdentifiers.isValidResidentIdNumber("110105194912310021")).isFalse();
        assertThat(PartyIdentifiers.isValidResidentIdNumber("110105194913310028")).isFalse();
        assertThat(PartyIdentifiers.isValidResidentIdNumber("1101051949123100")).isFalse();
    }

    @Test
    void unifiedSocialCreditCodeWithCorrectCheckCharacterIsValid() {
        assertThat(PartyIdentifiers.isValidUnifiedSocialCreditCode("91350100M000100Y43")).isTrue();
        assertThat(PartyIdentifiers.isValidUnifiedSocialCreditCode("91350100M000100Y44")).isFalse();
        assertThat(PartyIdentifiers.isValidUnifiedSocialCreditCode("91350100M000100I43")).isFalse();
    }

    @Test
    void publicViewMasksTheMiddleOfAnIdentifier() {
        assertThat(PartyIdentifiers.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
