package cn.courts.enforcement.app;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/architecture.md} ("Frozen engine") names every class that uses engine internals, as
 * {@link ArchitectureTests} allows them: a seam added in code without a line in the docs (or the other way round)
 * fails here, so that the list a reader plans a move to a fork of Camunda 7 with stays true.
 */
class SeamsDocumentedTests {

    @Test
    void everyClassUsingEngineInternalsIsNamedInTheArchitectureDocument() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.courts.enforcement.app");
        Set<String> seams = new TreeSet<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (d.getTargetClass().getPackageName().startsWith("org.camunda.bpm.engine.impl")) {
                    seams.add(outermost(c).getSimpleName());
                }
            }
        }
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        String frozenEngine = doc.substring(doc.indexOf("## Frozen engine"));
        assertThat(seams).as("classes using engine internals").isNotEmpty()
                .allSatisfy(seam -> assertThat(frozenEngine).as("architecture.md, Frozen engine, names " + seam)
                        .contains(seam));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass current = c;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
