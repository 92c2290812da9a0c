package cn.courts.enforcement.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of engine-app (architecture.md, "Frozen engine" and "Features"):
 * <ul>
 *   <li>engine internals ({@code org.camunda.bpm.engine.impl..}) only in the documented seams, so that a move to a
 *   fork of Camunda 7 stays mechanical;</li>
 *   <li>the feature packages depend on each other without cycles (a feature that must tell another one something
 *   publishes an event instead of calling back);</li>
 *   <li>the legal rules are decided in the domain: no feature declares a rule refusal of its own outside the guard
 *   mechanism.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "cn.courts.enforcement.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The classes outside {@code platform} that may use engine internals, each for the reason in architecture.md. */
    static final Set<String> ENGINE_SEAMS_OUTSIDE_PLATFORM = Set.of(
            "cn.courts.enforcement.app.models.ReleaseModels",
            "cn.courts.enforcement.app.identity.InsecurePasswordGuard",
            "cn.courts.enforcement.app.tasklist.TasklistEnginePlugin",
            "cn.courts.enforcement.app.tasklist.CaseTaskForms");

    @ArchTest
    static final ArchRule engineInternalsOnlyBehindTheSeams = noClasses()
            .that().resideOutsideOfPackage("cn.courts.enforcement.app.platform..")
            .and(describe("are not a documented engine seam",
                    (JavaClass c) -> !ENGINE_SEAMS_OUTSIDE_PLATFORM.contains(outermost(c).getName())))
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("engine internals stay behind the seams listed in architecture.md (Frozen engine)");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("cn.courts.enforcement.app.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainRulesAreNotDecidedInWebCode = noClasses()
            .that().resideInAPackage("cn.courts.enforcement.app.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.courts.enforcement.app.enforcement..", "cn.courts.enforcement.app.listing..",
                    "cn.courts.enforcement.app.termination..", "cn.courts.enforcement.app.supervision..")
            .because("web is the shared HTTP layer: authentication, current user, problem documents");

    private static JavaClass outermost(JavaClass c) {
        JavaClass current = c;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
