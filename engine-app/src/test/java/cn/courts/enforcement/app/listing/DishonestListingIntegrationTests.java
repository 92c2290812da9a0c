package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listing over the court API and the engine REST API, as the court's staff, the higher court and the
 * public use it: a proposal, the correction window (day 11 refused with the Chinese reason, day 10
 * accepted), a rejected correction whose reconsideration task only the higher court's reviewer gets, the
 * public query with masked ID numbers that stops showing a removed listing, the "name alone" rule and the
 * rate limit. The push is answered by the test as the exchange would (the demo simulator is off here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "enforcement.listing.push-simulator.enabled=false")
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DishonestListingIntegrationTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** A debtor of this test only (the in-memory database is shared with the other test classes). */
    private static final String DEBTOR_ID = withCheckDigit("44030519850101123");
    private static final String DEBTOR_NAME = "欧阳某某";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private HttpSession judge;
    private String caseNumber;
    private long caseId;
    private long listingId;
    private String listingInstanceId;

    @BeforeAll
    void fileACaseAndPublishAListing() throws Exception {
        at(LocalDate.of(2026, 3, 2));
        judge = HttpSession.basic(port, "ftjudge1", "demo");
        caseNumber = "（2026）粤0304执" + (88000 + (System.nanoTime() % 1000)) + "号";
        HttpResponse<String> filed = judge.postJson("/api/cases", """
                {"caseNumber":"%s","courtId":"szft","amount":80000.00,"basisDocument":"（2025）粤0304民初1号民事判决书",
                 "nonLitigation":false,"filingDate":"2026-03-02","judgeId":"ftjudge1",
                 "parties":[{"role":"CREDITOR","kind":"ORGANISATION","name":"深圳市乙贸易有限公司","identifier":"91350100M000100Y43"},
                            {"role":"DEBTOR","kind":"PERSON","name":"%s","identifier":"%s","email":"debtor@example.com"}]}
                """.formatted(caseNumber, DEBTOR_NAME, DEBTOR_ID));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        caseId = json.readTree(filed.body()).get("caseId").asLong();
        long debtorPartyId = jdbc.queryForObject("select id from case_party where case_id = ? and role = 'DEBTOR'", Long.class, caseId);

        HttpResponse<String> proposed = judge.postJson("/api/cases/" + caseId + "/listing-proposals", """
                {"debtorPartyId":%d,"grounds":["ABLE_BUT_REFUSES"],"graceMonths":0,"duty":"支付80000元，未履行"}
                """.formatted(debtorPartyId));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode p = json.readTree(proposed.body());
        listingId = p.get("listingId").asLong();
        listingInstanceId = p.get("processInstanceId").asText();

        Job grace = managementService.createJobQuery().processInstanceId(listingInstanceId).timers().singleResult();
        managementService.executeJob(grace.getId());
        complete(DishonestListingProcess.Elements.REVIEW_LISTING, Map.of(DishonestListingProcess.Variables.LISTING_APPROVED, true,
                DishonestListingProcess.Variables.DECISION_REASON, "纳入情形成立"));
        complete(DishonestListingProcess.Elements.SIGN_LISTING_DECISION, Map.of(DishonestListingProcess.Variables.DECISION_SIGNED, true,
                DishonestListingProcess.Variables.DECISION_REASON, "签发"));
        List<LockedExternalTask> push = externalTaskService.fetchAndLock(1, "it-push").topic(JointPunishmentTopic.TOPIC, 30_000)
                .businessKey(caseNumber).execute();
        assertThat(push).hasSize(1);
        externalTaskService.complete(push.get(0).getId(), "it-push", Map.of(JointPunishmentTopic.VARIABLE_PUSHED_UNITS, "pbc-credit,caac"));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void publicQueryWithoutLoginShowsTheCurrentListingWithTheIdNumberMasked() throws Exception {
        HttpResponse<String> answer = HttpSession.anonymous(port).get("/api/public/dishonest?name=" + enc(DEBTOR_NAME)
                + "&idNumber=" + DEBTOR_ID);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode listings = json.readTree(answer.body()).get("listings");
        assertThat(listings).hasSize(1);
        assertThat(listings.get(0).get("identifier").asText()).isEqualTo("440305********" + DEBTOR_ID.substring(14));
        assertThat(listings.get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(listings.get(0).get("court").asText()).isEqualTo("广东省深圳市福田区人民法院");
        assertThat(answer.body()).doesNotContain(DEBTOR_ID);
    }

    @Test
    @Order(2)
    void correctionOnDay11IsRefusedWithTheReasonAndOnDay10Accepted() throws Exception {
        HttpResponse<String> received = judge.postJson("/api/listings/" + listingId + "/decision-received", "{\"receivedOn\":\"2026-03-02\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(204);
        at(LocalDate.of(2026, 3, 13));

        HttpResponse<String> late = judge.postJson("/api/listings/" + listingId + "/correction-applications",
                "{\"ground\":\"SHOULD_NOT_BE_LISTED\",\"appliedOn\":\"2026-03-13\"}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(json.readTree(late.body()).get("detail").asText()).contains("纠正申请已超过期限").contains("2026-03-12");

        HttpResponse<String> inTime = judge.postJson("/api/listings/" + listingId + "/correction-applications",
                "{\"ground\":\"SHOULD_NOT_BE_LISTED\",\"appliedOn\":\"2026-03-12\"}");
        assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(201);

        JsonNode view = json.readTree(judge.get("/api/listings/" + listingId).body());
        assertThat(view.get("applications")).hasSize(2);
        assertThat(view.get("applications").get(0).get("accepted").asBoolean()).isFalse();
        assertThat(view.get("applications").get(1).get("accepted").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void reconsiderationTaskIsInTheHigherCourtsTasklistOnly() throws Exception {
        complete(DishonestListingProcess.Elements.REVIEW_CORRECTION, Map.of(DishonestListingProcess.Variables.CORRECTION_WELL_FOUNDED, false,
                DishonestListingProcess.Variables.DECISION_REASON, "纠正申请理由不成立"));
        HttpResponse<String> applied = judge.postJson("/api/listings/" + listingId + "/reconsideration-applications",
                "{\"appliedOn\":\"2026-03-13\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);

        String query = "/engine-rest/task?processDefinitionKey=" + ListingReconsiderationProcess.KEY
                + "&processInstanceBusinessKey=" + enc(caseNumber);
        assertThat(tasksOf("zyreviewer", query)).hasSize(1);
        assertThat(tasksOf("zyreviewer", query).get(0).get("tenantId").asText()).isEqualTo("szzy");
        assertThat(tasksOf("ftreviewer", query)).isEmpty();
        assertThat(tasksOf("ftjudge1", query)).isEmpty();
        assertThat(tasksOf("lhreviewer", query)).isEmpty();
        assertThat(tasksOf("lhjudge1", query)).isEmpty();
    }

    @Test
    @Order(4)
    void nameAloneMatchingMoreThanAPageOfPeopleReturnsNothingWithAnExplanation() throws Exception {
        long debtorPartyId = jdbc.queryForObject("select id from case_party where case_id = ? and role = 'DEBTOR'", Long.class, caseId);
        for (int i = 0; i < PublicDishonestController.PAGE + 1; i++) {
            jdbc.update("""
                    insert into dishonest_listing (case_id, case_number, court_id, case_filing_date, debtor_party_id, debtor_name,
                      debtor_kind, debtor_identifier, duty, grounds, on_creditor_application, grace_months, grace_ends_on, status,
                      published_on, proposed_by, created_at, version)
                    values (?, ?, 'szft', date '2026-03-02', ?, '张某', 'PERSON', ?, '支付1元', 'ABLE_BUT_REFUSES', false, 0,
                      date '2026-03-02', 'PUBLISHED', date '2026-03-02', 'ftjudge1', current_timestamp, 0)
                    """, caseId, caseNumber, debtorPartyId, "44030419800101%04d".formatted(i));
        }
        HttpResponse<String> byName = HttpSession.anonymous(port).get("/api/public/dishonest?name=" + enc("张某"));
        assertThat(byName.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(byName.body());
        assertThat(answer.get("listings")).isEmpty();
        assertThat(answer.get("message").asText()).contains("超过20人").contains("身份证号码");

        HttpResponse<String> withId = HttpSession.anonymous(port).get("/api/public/dishonest?name=" + enc("张某")
                + "&idNumber=440304198001010007");
        assertThat(json.readTree(withId.body()).get("listings")).hasSize(1);
    }

    @Test
    @Order(5)
    void removedListingNoLongerAppearsInThePublicQuery() throws Exception {
        HttpResponse<String> exit = judge.postJson("/api/listings/" + listingId + "/exit-requests", "{\"reason\":\"CREDITOR_REQUEST\"}");
        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(202);
        complete(DishonestListingProcess.Elements.REMOVE_LISTING, Map.of());

        HttpResponse<String> answer = HttpSession.anonymous(port).get("/api/public/dishonest?idNumber=" + DEBTOR_ID);
        assertThat(json.readTree(answer.body()).get("listings")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from service_record where case_id = ? and document = '失信信息删除及解除限制消费通知'",
                Integer.class, caseId)).isEqualTo(2);
    }

    @Test
    @Order(6)
    void publicQueryIsRateLimitedPerClient() throws Exception {
        HttpSession anonymous = HttpSession.anonymous(port);
        HttpResponse<String> last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
            last = anonymous.get("/api/public/dishonest?idNumber=" + DEBTOR_ID);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(json.readTree(last.body()).get("detail").asText()).contains("查询过于频繁");
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        var task = taskService.createTaskQuery().processInstanceId(listingInstanceId).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("task %s", taskKey).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    private JsonNode tasksOf(String user, String path) throws Exception {
        HttpResponse<String> response = HttpSession.basic(port, user, "demo").get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A resident identity number with its GB 11643 check digit. */
    private static String withCheckDigit(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + check[sum % 11];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(BEIJING).toInstant()));
    }
}
