package cn.courts.enforcement.app.notice;

import cn.courts.enforcement.app.support.HttpSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' view of mail delivery: the service register of all courts and, in the demo, the
 * mailbox of the embedded SMTP server. Court staff get a problem detail in Chinese.
 */
class NoticeAdminApiIntegrationTests extends NoticeIntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void judgeMayNotReadTheServiceRegisterOrTheMailbox() throws Exception {
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        for (String path : List.of("/api/admin/service-records", "/api/admin/mailbox")) {
            HttpResponse<String> refused = judge.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
            assertThat(json.readTree(refused.body()).get("detail").asText()).contains("系统管理员");
        }
    }

    @Test
    void adminSeesTheServiceRecordsOfACaseNewestFirstAndFiltersByStatus() throws Exception {
        long caseId = newCaseId();
        long first = notices.serveOnParty(caseId, "szft", "王小明", "wangxiaoming@example.cn", "执行通知书",
                "执行通知书", "请立即履行义务。");
        long second = notices.serveOnParty(caseId, "szft", "赵六", null, "风险提示通知", "风险提示通知", "执行风险提示。");
        awaitAfterCommitDispatch();
        HttpSession admin = HttpSession.basic(port, "admin", "demo");

        JsonNode page = body(admin.get("/api/admin/service-records?caseId=" + caseId));
        assertThat(ids(page.get("content"))).containsExactly(second, first);
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        JsonNode newest = page.get("content").get(0);
        assertThat(newest.get("status").asText()).isEqualTo("NO_ADDRESS");
        assertThat(newest.get("statusZh").asText()).isEqualTo("无电子送达地址");
        assertThat(newest.get("document").asText()).isEqualTo("风险提示通知");
        assertThat(page.get("content").get(1).get("status").asText()).isEqualTo("SENT");

        JsonNode sentOnly = body(admin.get("/api/admin/service-records?caseId=" + caseId + "&status=SENT"));
        assertThat(ids(sentOnly.get("content"))).containsExactly(first);

        HttpResponse<String> unknownStatus = admin.get("/api/admin/service-records?status=LOST");
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownStatus.body()).get("detail").asText()).contains("未知的送达状态");
    }

    @Test
    void adminReadsTheMailTheDemoServerReceived() throws Exception {
        long id = notices.serveOnParty(newCaseId(), "szft", "王小明", "wangxiaoming@example.cn", "执行通知书",
                "（2026）粤0304执1号 执行通知书", "王小明：请立即履行义务。");
        awaitAfterCommitDispatch();
        String messageId = record(id).getMessageId();

        JsonNode mailbox = body(HttpSession.basic(port, "admin", "demo").get("/api/admin/mailbox"));
        List<JsonNode> ours = new ArrayList<>();
        mailbox.forEach(mail -> {
            if (messageId.equals(mail.get("messageId").asText())) {
                ours.add(mail);
            }
        });
        assertThat(ours).singleElement().satisfies(mail -> {
            assertThat(mail.get("subject").asText()).isEqualTo("（2026）粤0304执1号 执行通知书");
            assertThat(mail.get("body").asText()).isEqualTo("王小明：请立即履行义务。");
            assertThat(mail.get("to").get(0).asText()).isEqualTo("王小明 <wangxiaoming@example.cn>");
            assertThat(mail.get("receivedAt").asText()).isNotBlank();
        });
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
