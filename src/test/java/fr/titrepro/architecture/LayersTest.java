package fr.titrepro.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Issue 17, the layers inside a capability (docs/architecture.md, « Layers inside a capability »): transactions are
 * opened by service beans only, rules are pure, and the feature sub-packages of a capability do not go round in
 * circles. {@link CapabilityBoundariesTest} keeps the capabilities apart; this test keeps each one in order.
 */
class LayersTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CapabilityBoundariesTest.ROOT);
    }

    /** A class that opens a transaction, on the class or on one of its methods. */
    static final DescribedPredicate<JavaClass> OPENS_TRANSACTIONS = new DescribedPredicate<>("open transactions") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith(Transactional.class)
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class));
        }
    };

    /**
     * « @Transactional lives in services »: the classes that open a transaction are application-scoped beans (the
     * services and the use cases they give away, such as {@code PvValidation}), never an entity, a repository, a
     * rule, a resource or a page (the last two are also refused by {@link CapabilityBoundariesTest}).
     */
    @Test
    void transactionsAreOpenedByServiceBeansOnly() {
        classes().that(OPENS_TRANSACTIONS)
                .should().beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .orShould().beAnnotatedWith(jakarta.inject.Singleton.class)
                .check(classes);
        noClasses().that(OPENS_TRANSACTIONS)
                .should().haveSimpleNameEndingWith("Repository")
                .orShould().haveSimpleNameEndingWith("Policy")
                .orShould().beAnnotatedWith(jakarta.persistence.Entity.class)
                .orShould().resideInAnyPackage("..api..", "..web..")
                .check(classes);
    }

    /** Rules are pure classes: no CDI, no transaction, no entity manager; they are table-tested in plain JUnit. */
    @Test
    void rulesArePure() {
        noClasses().that().haveSimpleNameEndingWith("Policy").or().haveSimpleNameEndingWith("Rules")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.transaction..")
                .orShould().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
                .check(classes);
    }

    /**
     * Issue 17, sub-packages: the features of a capability (candidate.importing, session.jury, deliberation.pv…,
     * and its api/ and web/) may all use the capability's root, but never form a cycle among themselves.
     */
    @Test
    void featuresOfACapabilityAreFreeOfCycles() {
        slices().matching(CapabilityBoundariesTest.ROOT + ".(*).(*)..").should().beFreeOfCycles()
                .check(classes.that(resideInAnyPackage(CapabilityBoundariesTest.CAPABILITIES.stream()
                        .map(c -> CapabilityBoundariesTest.ROOT + "." + c + "..").toArray(String[]::new))));
    }
}
