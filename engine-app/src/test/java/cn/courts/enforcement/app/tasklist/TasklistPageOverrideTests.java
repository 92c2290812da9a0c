package cn.courts.enforcement.app.tasklist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's copy of Tasklist's page, src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/index.html,
 * leaves the 发起流程 (Start process) action out with Camunda's own switch ({@code cam-exclude-plugins} on
 * {@code <base>}): no model is startable from Tasklist and no court role may create instances, so the action could
 * only open an empty list. The copy must otherwise stay the webjar's page: when a Camunda upgrade changes the page
 * (its scripts, their {@code ?bust=} version), this test names the difference, and the copy is taken again.
 */
class TasklistPageOverrideTests {

    private static final String PAGE = "META-INF/resources/webjars/camunda/app/tasklist/index.html";
    private static final String EXCLUSION = "        cam-exclude-plugins=\"tasklist.navbar.action:start-process-action\"\n";

    @Test
    void ownPageLeavesTheStartProcessActionOut() throws IOException {
        assertThat(ownPage()).contains(EXCLUSION);
    }

    @Test
    void ownPageIsTheWebjarsPageButForTheExclusionAndItsComment() throws IOException {
        String own = ownPage();
        int commentStart = own.indexOf("  <!--\n    Court enforcement platform:");
        int commentEnd = own.indexOf("-->\n", commentStart) + "-->\n".length();
        assertThat(commentStart).as("the copy's comment").isPositive();

        String ownWithoutChanges = (own.substring(0, commentStart) + own.substring(commentEnd)).replace(EXCLUSION, "");
        assertThat(ownWithoutChanges).isEqualTo(webjarPage());
    }

    @Test
    void tasklistConfigurationHasNoStartProcessShortcut() throws IOException {
        URL config = getClass().getClassLoader().getResource(
                "META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js");
        assertThat(config).isNotNull();
        assertThat(read(config)).doesNotContain("startProcess:");
    }

    /** The first of the page's copies on the classpath: the one Tasklist serves, the application's own. */
    private String ownPage() throws IOException {
        List<URL> copies = copies();
        assertThat(copies.get(0).toString()).as("the application's copy comes first").doesNotContain(".jar!");
        return read(copies.get(0));
    }

    private String webjarPage() throws IOException {
        URL webjar = copies().stream()
                .filter(url -> url.toString().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("camunda-webapp-webjar's " + PAGE + " on the classpath"));
        return read(webjar);
    }

    private List<URL> copies() throws IOException {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources(PAGE));
        assertThat(copies).as("the application's copy and the webjar's").hasSize(2);
        return copies;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
