package cn.courts.enforcement.model.listing;

import cn.courts.enforcement.model.enforcement.PartyKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第三条、第四条. */
class ListingExclusionsTests {

    /** Born 2010-01-01 (a valid resident identity number). */
    static final String BORN_2010 = minorId();
    private static final String ADULT = "11010519491231002X";
    private static final ListingExclusions.Facts NONE = new ListingExclusions.Facts(false, false, false);

    static String minorId() {
        String body = "11010520100101001";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + check[sum % 11];
    }

    @Test
    void minorCannotBeListed() {
        assertThat(ListingExclusions.applying(PartyKind.PERSON, BORN_2010, NONE, LocalDate.of(2026, 3, 2)))
                .containsExactly(ListingExclusion.MINOR);
    }

    @Test
    void debtorIsOfAgeFromTheEighteenthBirthday() {
        assertThat(ListingExclusions.isMinor(BORN_2010, LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(ListingExclusions.isMinor(BORN_2010, LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void adultWithoutSecurityOrCoveringAssetsMayBeListed() {
        assertThat(ListingExclusions.applying(PartyKind.PERSON, ADULT, NONE, LocalDate.of(2026, 3, 2))).isEmpty();
    }

    @Test
    void adequateSecuritySeizedAssetsAndLaterOrderEachExclude() {
        assertThat(ListingExclusions.applying(PartyKind.ORGANISATION, "91350100M000100Y43",
                new ListingExclusions.Facts(true, true, true), LocalDate.of(2026, 3, 2)))
                .containsExactly(ListingExclusion.ADEQUATE_SECURITY, ListingExclusion.SEIZED_ASSETS_COVER_DEBT,
                        ListingExclusion.LATER_IN_ORDER_OF_PERFORMANCE);
    }
}
