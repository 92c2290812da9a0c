package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds a year of the holiday table without a release; a malformed file changes nothing.
 * The CSV below is test data for the year 2099, not a State Council notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class HolidayTableAdminIntegrationTests {

    private static final String TEST_YEAR_CSV = """
            date,kind,festival
            2099-01-01,holiday,元旦（测试数据）
            2099-01-02,holiday,元旦（测试数据）
            2099-01-10,workday,元旦（测试数据）
            """;

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    LegalCalendarService calendar;

    @AfterEach
    void removeTestYear() throws Exception {
        put("admin", "/api/admin/holidays/2099", null, "DELETE");
    }

    @Test
    void adminAddsAYearAndDeadlinesUseItAtOnce() throws Exception {
        // 2098-12-31 + 1 day = 2099-01-01, a (test) holiday, then 01-02 holiday, 01-03 Saturday, 01-04 Sunday
        HttpResponse<String> response = put("admin", "/api/admin/holidays/2099?source=" + enc("测试数据"), TEST_YEAR_CSV, "PUT");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(calendar.calendar().holidayTable().coveredYears()).contains(2099);
        assertThat(calendar.calendar().endOfDayPeriod(LocalDate.of(2098, 12, 31), 1))
                .isEqualTo(LocalDate.of(2099, 1, 5));
        JsonNode holidays = json.readTree(HttpSession.basic(port, "ftjudge1", "demo").get("/api/holidays?year=2099").body());
        assertThat(holidays.get("coveredYears").toString()).contains("2099");
        assertThat(holidays.get("years").get("2099")).hasSize(3);
    }

    @Test
    void malformedFileIsRefusedWithItsLineAndChangesNothing() throws Exception {
        HttpResponse<String> response = put("admin", "/api/admin/holidays/2099?source=" + enc("测试数据"),
                "date,kind,festival\n2099-01-01,holiday,元旦\n2099-13-01,holiday,坏日期\n", "PUT");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("第3行");
        assertThat(calendar.calendar().holidayTable().coveredYears()).doesNotContain(2099);
    }

    @Test
    void aFileWithDatesOfAnotherYearIsRefused() throws Exception {
        HttpResponse<String> response = put("admin", "/api/admin/holidays/2099?source=" + enc("测试数据"),
                "date,kind,festival\n2098-10-01,holiday,国庆节\n", "PUT");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(calendar.calendar().holidayTable().coveredYears()).doesNotContain(2098, 2099);
    }

    @Test
    void onlyAdministratorsMaintainTheHolidayTable() throws Exception {
        assertThat(put("ftjudge1", "/api/admin/holidays/2099?source=x", TEST_YEAR_CSV, "PUT").statusCode()).isEqualTo(403);
        assertThat(calendar.calendar().holidayTable().coveredYears()).doesNotContain(2099);
    }

    @Test
    void theParameterTableInForceIsPublished() throws Exception {
        JsonNode table = json.readTree(HttpSession.basic(port, "ftjudge1", "demo").get("/api/legal-parameters").body());
        assertThat(table).hasSize(LegalParameterCode.values().length);
        JsonNode correction = null;
        for (JsonNode row : table) {
            if (row.get("code").asText().equals("CORRECTION_WINDOW")) {
                correction = row;
            }
        }
        assertThat(correction).isNotNull();
        assertThat(correction.get("period").asText()).isEqualTo("10D");
        assertThat(correction.get("citation").asText()).isNotBlank();
    }

    private HttpResponse<String> put(String user, String path, String body, String method) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
