package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.model.parameter.LegalParameter;
import cn.courts.enforcement.model.parameter.LegalParameters;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/legal-parameters.md shows the parameter table the code runs: every code with its default period and citation. */
class LegalParametersDocumentedTests {

    @Test
    void docsShowEveryLegalParameterWithItsPeriodAndCitation() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "legal-parameters.md"));
        for (LegalParameter parameter : LegalParameters.defaults().all()) {
            String row = docs.lines().filter(l -> l.startsWith("| " + parameter.code().name() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/legal-parameters.md has no row for " + parameter.code()));
            assertThat(row).contains("| " + parameter.period() + " |").contains(parameter.citation().replace('|', '/'));
        }
    }
}
