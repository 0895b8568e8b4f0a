package org.custodian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.custodian.ui.TaskRunner;

/** The layer table of ARCHITECTURE.md, made true. */
@AnalyzeClasses(packages = "org.custodian", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelIsPureJava = classes()
            .that()
            .resideInAPackage("org.custodian.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.custodian.model..")
            .because("the domain is shared by every layer and must not drag any framework along");

    @ArchTest
    static final ArchRule analysisSeesOnlyTheModel = classes()
            .that()
            .resideInAPackage("org.custodian.analysis..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.custodian.model..", "org.custodian.analysis..")
            .because("the analysis core is pure, deterministic and testable without I/O");

    @ArchTest
    static final ArchRule storageStaysBelowServices = noClasses()
            .that()
            .resideInAPackage("org.custodian.storage..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.apache.poi..",
                    "org.custodian.service..",
                    "org.custodian.ui..",
                    "org.custodian.cli..",
                    "org.custodian.export..",
                    "org.custodian.importer..")
            .because("storage is the bottom layer: it knows the model and the database, nothing above");

    @ArchTest
    static final ArchRule exportAndImportNeverTouchStorage = noClasses()
            .that()
            .resideInAnyPackage("org.custodian.export..", "org.custodian.importer..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "org.jooq..", "org.h2..", "org.custodian.storage..", "org.custodian.service..")
            .because("exports are written from data handed in and imports only parse; the service writes");

    @ArchTest
    static final ArchRule servicesSeeNoUiAndNoSql = noClasses()
            .that()
            .resideInAPackage("org.custodian.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.jooq..", "org.h2..", "org.custodian.ui..", "org.custodian.cli..")
            .because("use cases pass an opaque Tx to repositories and serve both the window and the command line");

    @ArchTest
    static final ArchRule frontEndsUseServicesOnly = noClasses()
            .that()
            .resideInAnyPackage("org.custodian.ui..", "org.custodian.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.custodian.storage..", "org.jooq..", "org.h2..", "org.apache.poi..", "org.flywaydb..")
            .because("the window and the command line talk only to services");

    @ArchTest
    static final ArchRule cliIsNotAWindow = noClasses()
            .that()
            .resideInAPackage("org.custodian.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.custodian.ui..")
            .because("the command line must run on a machine without a display");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that()
            .resideOutsideOfPackage("org.custodian.cli..")
            // The crash tests' hook: inert unless a test names a gap, then its one line on standard error is
            // what the killing test process waits for; it never reaches a user.
            .and()
            .doNotHaveFullyQualifiedName("org.custodian.storage.CrashPoint")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("output goes through SLF4J or the UI; only the command line writes to the terminal");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
            "one logging API, SLF4J, configured in one place");

    @ArchTest
    static final ArchRule viewModelStateIsReadOnlyToViews = fields().that()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.custodian.ui..")
            .and()
            .arePublic()
            .should()
            .beStatic()
            .andShould()
            .beFinal()
            .because("a view reads a view model's state through getters (read-only where the view only shows it); "
                    + "only the view model changes it");

    @ArchTest
    static final ArchRule windowWorkGoesThroughBackground = noClasses()
            .that()
            .resideInAPackage("org.custodian.ui..")
            .and()
            .doNotHaveFullyQualifiedName("org.custodian.ui.Background")
            .should()
            .callMethod(TaskRunner.class, "run", Supplier.class, Consumer.class, Consumer.class)
            .because("Background logs unexpected failures with their stack trace and drops late answers; "
                    + "a direct call to the TaskRunner would do neither");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.custodian.(*)..").should().beFreeOfCycles().because("layers depend downwards only");
}
