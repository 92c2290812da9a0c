package cn.courts.enforcement.app.refusal;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile bodies for {@code POST /api/cases} (立案): nulls in every position, values of the wrong JSON type, strings of
 * 100,000 characters, SQL and script text, impossible dates and amounts, unknown enum values, bodies that are not
 * JSON or are nested thousands deep. Every refusal is a 4xx problem document with a Chinese {@code detail}, never a
 * 500, and files no case; SQL or script text that is a legitimate name is stored and returned verbatim, as data.
 *
 * <p>Each mutation starts from a body that is accepted ({@link #theUnmutatedBodyIsAccepted}), so the mutation alone
 * is what is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiFuzzTests {

    private static final String LONG = "长".repeat(100_000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TOP_LEVEL_TEXT = List.of("caseNumber", "courtId", "basisDocument", "judgeId");
    private static final List<String> PARTY_TEXT = List.of("name", "identifier", "email");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    HistoryService historyService;
    @Autowired
    CourtClock clock;

    private HttpSession judge;

    @BeforeEach
    void logIn() {
        judge = HttpSession.basic(port, "ftjudge1", "demo");
    }

    // --- the base ---

    @Test
    void theUnmutatedBodyIsAccepted() throws Exception {
        HttpResponse<String> response = judge.postJson("/api/cases", valid().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    // --- nulls ---

    @Test
    void aNullAmongThePartiesIsRefusedWithItsPosition() throws Exception {
        ObjectNode body = valid();
        body.putArray("parties").addNull();
        JsonNode problem = refused(body.toString(), 400);
        assertThat(fields(problem)).contains("parties[0]");
        assertThat(messageOf(problem, "parties[0]")).isEqualTo("当事人不能为空");

        ObjectNode between = valid();
        ((ArrayNode) between.get("parties")).insertNull(1);
        assertThat(fields(refused(between.toString(), 400))).containsExactly("parties[1]");
    }

    static Stream<Arguments> requiredPositions() {
        return Stream.of("caseNumber", "courtId", "amount", "basisDocument", "filingDate", "parties",
                        "parties[0].role", "parties[0].kind", "parties[0].name", "parties[0].identifier",
                        "parties[1].role", "parties[1].kind", "parties[1].name", "parties[1].identifier")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "null {0}")
    @MethodSource("requiredPositions")
    void aNullInARequiredPositionIsRefusedNamingThatField(String position) throws Exception {
        JsonNode problem = refused(mutated(position, (parent, name) -> parent.putNull(name)), 400);
        assertThat(fields(problem)).contains(position);
    }

    @ParameterizedTest(name = "null {0}")
    @MethodSource("requiredPositions")
    void aMissingRequiredFieldIsRefusedNamingThatField(String position) throws Exception {
        JsonNode problem = refused(mutated(position, ObjectNode::remove), 400);
        assertThat(fields(problem)).contains(position);
    }

    @Test
    void nullsEverywhereAreRefusedAllAtOnce() throws Exception {
        ObjectNode body = NODES.objectNode();
        List.of("caseNumber", "courtId", "amount", "basisDocument", "nonLitigation", "filingDate", "judgeId")
                .forEach(body::putNull);
        ObjectNode party = body.putArray("parties").addObject();
        List.of("role", "kind", "name", "identifier", "email").forEach(party::putNull);
        JsonNode problem = refused(body.toString(), 400);
        assertThat(fields(problem)).contains("caseNumber", "courtId", "amount", "basisDocument", "filingDate",
                "parties[0].role", "parties[0].kind", "parties[0].name", "parties[0].identifier");
    }

    @Test
    void optionalFieldsMayBeNull() throws Exception {
        ObjectNode body = valid();
        body.putNull("judgeId");
        ((ObjectNode) body.get("parties").get(0)).putNull("email");
        HttpResponse<String> response = judge.postJson("/api/cases", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    // --- wrong JSON types ---

    static Stream<Arguments> wrongTypes() {
        List<Arguments> cases = new ArrayList<>();
        List<String> texts = new ArrayList<>(TOP_LEVEL_TEXT);
        PARTY_TEXT.forEach(f -> texts.add("parties[1]." + f));
        for (String text : texts) {
            cases.add(wrong(text, "a number", NODES.numberNode(123)));
            cases.add(wrong(text, "a boolean", NODES.booleanNode(true)));
            cases.add(wrong(text, "an object", NODES.objectNode().put("x", "y")));
            cases.add(wrong(text, "an array", NODES.arrayNode().add("x")));
        }
        cases.add(wrong("amount", "text", NODES.textNode("十二万五千元")));
        cases.add(wrong("amount", "a number as text", NODES.textNode("125000.50")));
        cases.add(wrong("amount", "a boolean", NODES.booleanNode(true)));
        cases.add(wrong("amount", "an object", NODES.objectNode().put("value", 1)));
        cases.add(wrong("amount", "an array", NODES.arrayNode().add(1)));
        cases.add(wrong("nonLitigation", "text", NODES.textNode("否")));
        cases.add(wrong("nonLitigation", "a number", NODES.numberNode(1)));
        cases.add(wrong("nonLitigation", "an object", NODES.objectNode()));
        cases.add(wrong("filingDate", "a number", NODES.numberNode(20260105)));
        cases.add(wrong("filingDate", "an object", NODES.objectNode().put("year", 2026)));
        cases.add(wrong("filingDate", "an array", NODES.arrayNode().add(2026).add(1).add(5)));
        cases.add(wrong("filingDate", "a boolean", NODES.booleanNode(false)));
        cases.add(wrong("parties", "an object", NODES.objectNode().put("role", "CREDITOR")));
        cases.add(wrong("parties", "text", NODES.textNode("王某")));
        cases.add(wrong("parties", "a number", NODES.numberNode(2)));
        cases.add(wrong("parties[0]", "an array", NODES.arrayNode().add("CREDITOR")));
        cases.add(wrong("parties[0]", "text", NODES.textNode("深圳市甲科技有限公司")));
        cases.add(wrong("parties[0].role", "a number (an ordinal)", NODES.numberNode(0)));
        cases.add(wrong("parties[0].kind", "a number (an ordinal)", NODES.numberNode(1)));
        cases.add(wrong("parties[0].role", "an object", NODES.objectNode().put("name", "CREDITOR")));
        return cases.stream();
    }

    private static Arguments wrong(String position, String what, JsonNode value) {
        return Arguments.of(Named.of(position + " as " + what, position), value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypes")
    void aValueOfTheWrongJsonTypeIsRefused(String position, JsonNode value) throws Exception {
        JsonNode problem = refused(mutated(position, (parent, name) -> parent.set(name, value)), 400);
        assertThat(fields(problem)).as("the problem names the field").contains(position);
    }

    @Test
    void aBodyOfTheWrongShapeIsRefused() throws Exception {
        for (String body : List.of("[]", "[" + valid() + "]", "123", "\"立案\"", "true", "null")) {
            refused(body, 400);
        }
    }

    // --- long strings ---

    static Stream<Arguments> textPositions() {
        List<String> positions = new ArrayList<>(TOP_LEVEL_TEXT);
        PARTY_TEXT.forEach(f -> positions.add("parties[1]." + f));
        return positions.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "100,000 characters in {0}")
    @MethodSource("textPositions")
    void aStringOfAHundredThousandCharactersIsRefused(String position) throws Exception {
        JsonNode problem = refused(mutated(position, (parent, name) -> parent.put(name, LONG)), 400);
        assertThat(fields(problem)).contains(position);
        assertThat(problem.toString()).as("the long value is not echoed").hasSizeLessThan(10_000);
    }

    @Test
    void anEmailJustLongerThanItsColumnIsRefused() throws Exception {
        String email = "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(30) + ".cn";
        assertThat(email).hasSizeGreaterThan(200);
        JsonNode problem = refused(mutated("parties[1].email", (parent, name) -> parent.put(name, email)), 400);
        assertThat(fields(problem)).contains("parties[1].email");
    }

    @Test
    void thirtyPartiesWithTheLongestNamesAreAcceptedAndAThirtyFirstIsRefused() throws Exception {
        ObjectNode body = valid();
        ArrayNode parties = (ArrayNode) body.get("parties");
        ((ObjectNode) parties.get(1)).put("name", "王".repeat(100));
        for (int i = 2; i < 30; i++) {
            parties.add(((ObjectNode) parties.get(1).deepCopy()).put("name", i + "某".repeat(100 - String.valueOf(i).length())));
        }
        HttpResponse<String> thirty = judge.postJson("/api/cases", body.toString());
        assertThat(thirty.statusCode()).as(thirty.body()).isEqualTo(201);

        ObjectNode tooMany = valid();
        tooMany.set("parties", parties.deepCopy());
        ((ArrayNode) tooMany.get("parties")).add(parties.get(1).deepCopy());
        JsonNode problem = refused(tooMany.toString(), 400);
        assertThat(fields(problem)).containsExactly("parties");
    }

    @Test
    void controlCharactersInANameAreRefused() throws Exception {
        for (String name : List.of("王\u0000某", "王某\r\nBcc: x@example.com", "王\u001b[31m某")) {
            JsonNode problem = refused(mutated("parties[1].name", (parent, field) -> parent.put(field, name)), 400);
            assertThat(fields(problem)).contains("parties[1].name");
        }
    }

    // --- SQL and script text ---

    @Test
    void sqlAndScriptInANameAreStoredAndReturnedVerbatimAsData() throws Exception {
        List<String> names = List.of("王某'); DROP TABLE case_party; --", "<script>alert('立案')</script>",
                "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "${7*7}#{7*7}");
        for (String name : names) {
            long before = cases.count();
            ObjectNode body = valid();
            ((ObjectNode) body.get("parties").get(1)).put("name", name);
            ((ObjectNode) body).put("basisDocument", "（2025）粤0304民初5678号 " + name);
            HttpResponse<String> filed = judge.postJson("/api/cases", body.toString());
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            assertThat(cases.count()).isEqualTo(before + 1);

            HttpResponse<String> read = judge.get("/api/cases/" + json.readTree(filed.body()).get("caseId").asText());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode view = json.readTree(read.body());
            List<String> partyNames = new ArrayList<>();
            view.get("parties").forEach(p -> partyNames.add(p.get("name").asText()));
            assertThat(partyNames).contains(name);
        }
    }

    @Test
    void sqlInTheCourtOrCaseNumberIsRefused() throws Exception {
        refused(mutated("courtId", (parent, name) -> parent.put(name, "szft' OR '1'='1")), 403);
        refused(mutated("caseNumber", (parent, name) -> parent.put(name, "（2026）粤0304执1号'; DELETE FROM enforcement_case; --")), 400);
        refused(mutated("judgeId", (parent, name) -> parent.put(name, "ftjudge1' OR '1'='1")), 400);
    }

    // --- dates, amounts, enums ---

    static Stream<Arguments> badDates() {
        return Stream.of("2026-02-30", "2026-13-01", "2026-00-10", "2026/01/05", "26-1-5", "", " ", "明天",
                "2026-01-05T10:00:00", "0000-00-00", "+999999999-12-31", "-0001-01-01").map(Arguments::of);
    }

    @ParameterizedTest(name = "filingDate \"{0}\"")
    @MethodSource("badDates")
    void anImpossibleFilingDateIsRefused(String date) throws Exception {
        refused(mutated("filingDate", (parent, name) -> parent.put(name, date)), 400);
    }

    @Test
    void aFilingDateLongBeforeTheHolidayTableIsAcceptedNotAFault() throws Exception {
        ObjectNode body = valid();
        body.put("caseNumber", "（1990）粤0304执" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号");
        body.put("filingDate", "1990-01-02");
        HttpResponse<String> response = judge.postJson("/api/cases", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    static Stream<Arguments> badAmounts() {
        return Stream.of("-1", "0", "0.00", "0.001", "125000.505", "-0.01", "1e400", "-1e400", "1e-400",
                "99999999999999999999", "1.7976931348623157E308", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "NaN",
                "Infinity", "0x10", "1_000").map(Arguments::of);
    }

    @ParameterizedTest(name = "amount {0}")
    @MethodSource("badAmounts")
    void anImpossibleAmountIsRefused(String amount) throws Exception {
        String body = valid().put("amount", "AMOUNT").toString().replace("\"AMOUNT\"", amount);
        refused(body, 400);
    }

    static Stream<Arguments> badEnums() {
        return Stream.of(
                Arguments.of("parties[0].role", "JUDGE"), Arguments.of("parties[0].role", "creditor"),
                Arguments.of("parties[0].role", ""), Arguments.of("parties[0].role", "申请执行人"),
                Arguments.of("parties[1].kind", "ROBOT"), Arguments.of("parties[1].kind", "PERSON' OR '1'='1"));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("badEnums")
    void anUnknownEnumValueIsRefused(String position, String value) throws Exception {
        JsonNode problem = refused(mutated(position, (parent, name) -> parent.put(name, value)), 400);
        assertThat(fields(problem)).contains(position);
    }

    // --- not JSON at all ---

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        refused("", 400);
    }

    @Test
    void textThatIsNotJsonIsRefused() throws Exception {
        for (String body : List.of("立案", "{", "{\"caseNumber\": }", "{'caseNumber': 'x'}", "caseNumber=1&courtId=szft",
                "<case><caseNumber>1</caseNumber></case>", "\u0000\u0001\u0002", "{\"caseNumber\": \"\\uZZZZ\"}")) {
            refused(body, 400);
        }
    }

    @Test
    void aBodyOfAnotherMediaTypeIsRefused() throws Exception {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            long before = cases.count();
            HttpResponse<String> response = judge.post("/api/cases", type, valid().toString());
            assertThat(response.statusCode()).as(type + ": " + response.body()).isEqualTo(415);
            assertProblemInChinese(response);
            assertThat(cases.count()).isEqualTo(before);
        }
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        int depth = 5_000;
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        refused(valid().put("parties", "NESTED").toString().replace("\"NESTED\"", arrays), 400);
        String objects = "{\"x\":".repeat(depth) + "1" + "}".repeat(depth);
        refused(valid().put("unknown", "NESTED").toString().replace("\"NESTED\"", objects), 400);
        refused(arrays, 400);
    }

    // --- helpers ---

    /** Posts the body and asserts the refusal: the status, a Chinese problem document, no case and no process. */
    private JsonNode refused(String body, int expectedStatus) throws Exception {
        long casesBefore = cases.count();
        long processesBefore = processes();
        HttpResponse<String> response = judge.postJson("/api/cases", body);
        assertThat(response.statusCode()).as(abbreviated(body) + " -> " + response.body()).isEqualTo(expectedStatus);
        JsonNode problem = assertProblemInChinese(response);
        assertThat(cases.count()).as("no case filed").isEqualTo(casesBefore);
        assertThat(processes()).as("no process started").isEqualTo(processesBefore);
        return problem;
    }

    private JsonNode assertProblemInChinese(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.path("detail").asText()).as("a Chinese detail").containsPattern("\\p{IsHan}");
        problem.path("errors").forEach(e -> assertThat(e.path("message").asText()).containsPattern("\\p{IsHan}"));
        return problem;
    }

    private long processes() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.KEY).count();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static String messageOf(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (field.equals(e.path("field").asText())) {
                return e.path("message").asText();
            }
        }
        return null;
    }

    /** A body the API accepts, with a fresh case number of the judge's court. */
    private ObjectNode valid() {
        LocalDate today = clock.today();
        String number;
        do {
            number = "（" + today.getYear() + "）粤0304执" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号";
        } while (cases.existsByCaseNumber(number));
        ObjectNode body = NODES.objectNode()
                .put("caseNumber", number).put("courtId", "szft").put("amount", new java.math.BigDecimal("125000.50"))
                .put("basisDocument", "（2025）粤0304民初5678号民事判决书").put("nonLitigation", false)
                .put("filingDate", today.toString()).put("judgeId", "ftjudge1");
        ArrayNode parties = body.putArray("parties");
        parties.addObject().put("role", "CREDITOR").put("kind", "ORGANISATION").put("name", "深圳市甲科技有限公司")
                .put("identifier", "91350100M000100Y43").put("email", "creditor@example.com");
        parties.addObject().put("role", "DEBTOR").put("kind", "PERSON").put("name", "王某")
                .put("identifier", "11010519491231002X").put("email", "debtor@example.com");
        return body;
    }

    /** The valid body with the value at a position ({@code amount}, {@code parties[1].name}, {@code parties[0]}) changed. */
    private String mutated(String position, Mutation mutation) {
        ObjectNode body = valid();
        int dot = position.indexOf('.');
        if (position.startsWith("parties[") && dot > 0) {
            int index = Integer.parseInt(position.substring("parties[".length(), position.indexOf(']')));
            mutation.apply((ObjectNode) body.get("parties").get(index), position.substring(dot + 1));
        } else if (position.startsWith("parties[")) {
            int index = Integer.parseInt(position.substring("parties[".length(), position.indexOf(']')));
            ArrayNode parties = (ArrayNode) body.get("parties");
            ObjectNode holder = NODES.objectNode();
            mutation.apply(holder, "x");
            parties.set(index, holder.get("x"));
        } else {
            mutation.apply(body, position);
        }
        return body.toString();
    }

    @FunctionalInterface
    private interface Mutation {
        void apply(ObjectNode parent, String field);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
