package fr.titrepro.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The capability boundaries of docs/architecture.md: a capability may use referential, security and shared;
 * it never reaches into another capability's api/ or web/; shared depends on no capability.
 */
class CapabilityBoundariesTest {

    static final String ROOT = "fr.titrepro";
    static final List<String> CAPABILITIES = List.of("referential", "centre", "candidate", "session", "scoring",
            "deliberation", "document", "eligibility", "insights", "notification");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noCapabilityReachesIntoAnotherOnesApiOrWeb() {
        for (String owner : CAPABILITIES) {
            for (String other : CAPABILITIES) {
                if (owner.equals(other)) {
                    continue;
                }
                noClasses().that().resideInAPackage(ROOT + "." + owner + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                ROOT + "." + other + ".api..", ROOT + "." + other + ".web..")
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void referentialDependsOnNoOtherCapability() {
        noClasses().that().resideInAPackage(ROOT + ".referential..")
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES.stream()
                        .filter(c -> !c.equals("referential")).map(c -> ROOT + "." + c + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void sharedAndSecurityDependOnNoCapability() {
        noClasses().that().resideInAnyPackage(ROOT + ".shared..", ROOT + ".security..")
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES.stream()
                        .map(c -> ROOT + "." + c + "..").toArray(String[]::new))
                .check(classes);
    }

    /**
     * Issue 19: the quality dashboard reads the other capabilities; none of them reads it (the PV validation tells
     * it through the {@code PvValidated} event of deliberation, which insights observes).
     */
    @Test
    void noCapabilityDependsOnInsights() {
        noClasses().that().resideInAnyPackage(CAPABILITIES.stream().filter(c -> !c.equals("insights"))
                        .map(c -> ROOT + "." + c + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".insights..")
                .check(classes);
    }

    /**
     * Issue 17: the demo loader (package demo) may use every capability; nothing uses it, so the application runs
     * the same without it (it only acts with {@code titrepro.demo.enabled}).
     */
    @Test
    void nothingDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".demo..")
                .check(classes);
    }

    /** Issue 17: demo data has one loader; no capability observes the start to load its own. */
    @Test
    void demoDataLivesInTheDemoPackage() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..")
                .should().haveSimpleNameContaining("DemoData")
                .check(classes);
    }

    @Test
    void sharedDoesNotDependOnSecurity() {
        noClasses().that().resideInAPackage(ROOT + ".shared..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".security..")
                .check(classes);
    }

    /** Issue 17: capabilities form layers — none reaches back, through any chain, to one that reaches it. */
    @Test
    void capabilitiesAreFreeOfCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .check(classes);
    }

    /** Issue 17: transactions are opened by services, never at the HTTP edge (resources and pages). */
    @Test
    void noTransactionIsOpenedInApiOrWebClasses() {
        noClasses().that().resideInAnyPackage("..api..", "..web..")
                .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
                .orShould().dependOnClassesThat().areAssignableTo(jakarta.transaction.Transactional.class)
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods().that().areDeclaredInClassesThat()
                .resideInAnyPackage("..api..", "..web..")
                .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
                .check(classes);
    }

    @Test
    void restResourcesLiveInApiOrWebPackages() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().resideInAnyPackage("..api..", "..web..")
                .check(classes);
    }
}
