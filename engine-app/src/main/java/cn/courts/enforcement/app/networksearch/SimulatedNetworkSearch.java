package cn.courts.enforcement.app.networksearch;

import cn.courts.enforcement.app.networksearch.NetworkSearchTopic.Finding;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's stand-in for the network search system: a pure function from a case number to its findings,
 * so that a demo presenter can choose the outcome by the case number and tests need no engine.
 *
 * <p>The outcome is the case's sequence number (the digits before 号) modulo 5, which is its last digit
 * modulo 5: 0 nothing found, 1 a deposit, 2 a vehicle, 3 real estate, 4 securities. E.g.
 * （2026）粤0304执1231号 finds a deposit, （2026）粤0304执1235号 finds nothing. A case number containing
 * {@value #FAILURE_MARKER} (or an instance with {@code simulateFailure = true}) makes the search fail.
 */
final class SimulatedNetworkSearch {

    /** A case number containing this marker makes the simulated search fail. */
    static final String FAILURE_MARKER = "故障";

    /** What the search finds, chosen by the case number. */
    enum Outcome { NOTHING, DEPOSIT, VEHICLE, REAL_ESTATE, SECURITIES }

    private static final Pattern SEQUENCE = Pattern.compile("(\\d+)号");

    // its own mapper: the format is the contract of NetworkSearchTopic, not whatever the app's Jackson settings are
    private final ObjectMapper json = new ObjectMapper();

    /** Whether the search for this case fails (the external system does not answer). */
    boolean fails(String caseNumber, boolean simulateFailure) {
        return simulateFailure || caseNumber.contains(FAILURE_MARKER);
    }

    Outcome outcome(String caseNumber) {
        String sequence = sequence(caseNumber);
        // a case number without a sequence still gets a stable answer
        int selector = sequence.isEmpty() ? Math.floorMod(caseNumber.hashCode(), 5)
                : Character.digit(sequence.charAt(sequence.length() - 1), 10) % 5;
        return Outcome.values()[selector];
    }

    List<Finding> findings(String caseNumber) {
        String tail = lastFourDigits(sequence(caseNumber));
        return switch (outcome(caseNumber)) {
            case NOTHING -> List.of();
            case DEPOSIT -> List.of(new Finding(PropertyKind.DEPOSIT,
                    "中国工商银行深圳福田支行 活期储蓄账户 6222****" + tail,
                    "中国工商银行股份有限公司", new BigDecimal("86420.35")));
            case VEHICLE -> List.of(new Finding(PropertyKind.VEHICLE,
                    "小型轿车 粤B·D**" + tail.substring(2) + "（比亚迪汉，2021年初次登记）",
                    "深圳市公安局交通警察局车辆管理所", new BigDecimal("126000.00")));
            case REAL_ESTATE -> List.of(new Finding(PropertyKind.REAL_ESTATE,
                    "深圳市罗湖区东门街道某花园3栋12**房，建筑面积89.50平方米，粤（2019）深圳市不动产权第00****" + tail + "号",
                    "深圳市不动产登记中心", new BigDecimal("5680000.00")));
            case SECURITIES -> List.of(new Finding(PropertyKind.SECURITIES,
                    "A股证券账户 0010****" + tail + "，持有平安银行（000001）2000股",
                    "中国证券登记结算有限责任公司深圳分公司", new BigDecimal("23400.00")));
        };
    }

    /** The findings as the {@value NetworkSearchTopic#VARIABLE_FINDINGS} variable carries them: a JSON array. */
    String findingsJson(String caseNumber) {
        try {
            return json.writeValueAsString(findings(caseNumber));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the simulated findings of " + caseNumber, e);
        }
    }

    private static String sequence(String caseNumber) {
        Matcher m = SEQUENCE.matcher(caseNumber);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static String lastFourDigits(String sequence) {
        String padded = "0000" + sequence;
        return padded.substring(padded.length() - 4);
    }
}
