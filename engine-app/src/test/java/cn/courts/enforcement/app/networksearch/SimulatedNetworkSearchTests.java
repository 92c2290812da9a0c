package cn.courts.enforcement.app.networksearch;

import cn.courts.enforcement.app.networksearch.NetworkSearchTopic.Finding;
import cn.courts.enforcement.app.networksearch.SimulatedNetworkSearch.Outcome;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated network search answers by the last digit of the case's sequence number, in the JSON
 * format of {@link NetworkSearchTopic}.
 */
class SimulatedNetworkSearchTests {

    private final SimulatedNetworkSearch search = new SimulatedNetworkSearch();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"（2026）粤0304执1230号", "（2026）粤0303执1235号"})
    void sequenceEndingIn0Or5FindsNothing(String caseNumber) {
        assertThat(search.outcome(caseNumber)).isEqualTo(Outcome.NOTHING);
        assertThat(search.findingsJson(caseNumber)).isEqualTo(NetworkSearchTopic.NOTHING_FOUND);
    }

    @Test
    void sequenceEndingIn1FindsADepositWithAMaskedAccount() {
        Finding deposit = single("（2026）粤0304执1231号");
        assertThat(deposit.kind()).isEqualTo(PropertyKind.DEPOSIT);
        assertThat(deposit.description()).contains("中国工商银行").contains("6222****1231");
        assertThat(deposit.holder()).isEqualTo("中国工商银行股份有限公司");
        assertThat(deposit.estimatedValue()).isEqualByComparingTo("86420.35");
    }

    @Test
    void sequenceEndingIn2FindsAVehicle() {
        Finding vehicle = single("（2026）粤0304执1232号");
        assertThat(vehicle.kind()).isEqualTo(PropertyKind.VEHICLE);
        assertThat(vehicle.description()).contains("粤B·D**32");
        assertThat(vehicle.holder()).contains("车辆管理所");
        assertThat(vehicle.estimatedValue()).isEqualByComparingTo("126000.00");
    }

    @Test
    void sequenceEndingIn3FindsRealEstate() {
        Finding realEstate = single("（2026）粤0303执88号");
        assertThat(realEstate.kind()).isEqualTo(PropertyKind.REAL_ESTATE);
        assertThat(realEstate.description()).contains("不动产权第00****0088号");
        assertThat(realEstate.holder()).isEqualTo("深圳市不动产登记中心");
        assertThat(realEstate.estimatedValue()).isEqualByComparingTo("5680000.00");
    }

    @Test
    void sequenceEndingIn4FindsSecurities() {
        Finding securities = single("（2026）粤0304执1234号");
        assertThat(securities.kind()).isEqualTo(PropertyKind.SECURITIES);
        assertThat(securities.description()).contains("证券账户 0010****1234");
        assertThat(securities.holder()).contains("中国证券登记结算");
        assertThat(securities.estimatedValue()).isEqualByComparingTo("23400.00");
    }

    @Test
    void resumedCaseIsAnsweredByItsOwnSequence() {
        assertThat(search.outcome("（2026）粤0304执恢6号")).isEqualTo(Outcome.DEPOSIT);
    }

    @Test
    void findingsAreAJsonArrayOfObjectsWithExactlyTheContractsFields() throws Exception {
        for (String caseNumber : List.of("（2026）粤0304执1号", "（2026）粤0304执2号", "（2026）粤0304执3号", "（2026）粤0304执4号")) {
            JsonNode array = json.readTree(search.findingsJson(caseNumber));
            assertThat(array.isArray()).isTrue();
            assertThat(array).hasSize(1);
            JsonNode finding = array.get(0);
            List<String> fields = new ArrayList<>();
            finding.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("kind", "description", "holder", "estimatedValue");
            assertThat(finding.get("kind").asText()).isIn("DEPOSIT", "VEHICLE", "REAL_ESTATE", "SECURITIES");
            assertThat(finding.get("description").isTextual()).isTrue();
            assertThat(finding.get("holder").isTextual()).isTrue();
            assertThat(finding.get("estimatedValue").isNumber()).isTrue();
        }
        assertThat(json.readTree(search.findingsJson("（2026）粤0304执1231号")).get(0).get("estimatedValue").decimalValue())
                .isEqualByComparingTo(new BigDecimal("86420.35"));
    }

    @Test
    void sameCaseNumberAlwaysGetsTheSameAnswer() {
        assertThat(new SimulatedNetworkSearch().findingsJson("（2026）粤0304执977号"))
                .isEqualTo(search.findingsJson("（2026）粤0304执977号"));
    }

    @Test
    void caseNumberWithoutSequenceStillGetsAStableAnswerInTheContractFormat() throws Exception {
        String findings = search.findingsJson("未编号案件");
        assertThat(search.findingsJson("未编号案件")).isEqualTo(findings);
        assertThat(json.readValue(findings, Finding[].class)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void failureMarkerInTheCaseNumberMakesTheSearchFail() {
        assertThat(search.fails("（2026）粤0304执1231号（故障演示）", false)).isTrue();
        assertThat(search.fails("（2026）粤0304执1231号", false)).isFalse();
    }

    @Test
    void simulateFailureFlagMakesAnySearchFail() {
        assertThat(search.fails("（2026）粤0304执1231号", true)).isTrue();
    }

    private Finding single(String caseNumber) {
        try {
            Finding[] findings = json.readValue(search.findingsJson(caseNumber), Finding[].class);
            assertThat(findings).hasSize(1);
            assertThat(List.of(findings)).isEqualTo(search.findings(caseNumber));
            return findings[0];
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
