package cn.courts.enforcement.model;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The domain stays plain Java: the JDK, jakarta.persistence annotations and itself (conventions.md,
 * "Layout"). Spring, the process engine or a logging framework here would tie the legal rules to a
 * runtime they must outlive.
 */
@AnalyzeClasses(packages = "cn.courts.enforcement.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainDependsOnlyOnJdkJakartaPersistenceAndItself = classes()
            .that().resideInAPackage("cn.courts.enforcement.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "jakarta.persistence..", "cn.courts.enforcement.model..");

    @ArchTest
    static final ArchRule calendarDoesNotKnowTheParameterTable = noClasses()
            .that().resideInAPackage("cn.courts.enforcement.model.calendar..")
            .should().dependOnClassesThat().resideInAPackage("cn.courts.enforcement.model.parameter..");

    @ArchTest
    static final ArchRule domainPackagesAreFreeOfCycles = slices()
            .matching("cn.courts.enforcement.model.(*)..")
            .should().beFreeOfCycles();
}
