package cn.courts.enforcement.app.demo;

import cn.courts.enforcement.app.platform.RoleGroup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The README lists the demo users with their courts and roles: keep it true. */
class DemoUsersDocumentedTests {

    @Test
    void readmeListsEveryDemoUserWithCourtAndRole() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (DemoCourtsAndUsers.DemoUser user : DemoCourtsAndUsers.USERS) {
            String row = readme.lines().filter(l -> l.startsWith("| `" + user.id() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("README has no row for demo user " + user.id()));
            assertThat(row).contains(user.name()).contains("`" + user.courtId() + "`");
            Arrays.stream(user.roles()).map(RoleGroup::groupId).forEach(g -> assertThat(row).contains("`" + g + "`"));
        }
        assertThat(readme).contains("| `admin` |");
    }
}
