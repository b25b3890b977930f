package fr.titrepro.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, « queries only in repositories » (docs/architecture.md, Vocabulary): a query — JPQL or SQL through the
 * {@code EntityManager}, or a Panache query method ({@code find("…")}, {@code list}, {@code count}, {@code update},
 * {@code delete("…")}…) on an entity or a repository — is written in a class named {@code …Repository}, and nowhere
 * else. An entity's static finders are not used outside repositories either: a service asks its repository.
 * {@code findById}, {@code persist} and an instance's {@code delete()} are not queries. The demo loaders
 * ({@code …DemoData}) are exempt while they are rewritten into one loader.
 */
class QueriesOnlyInRepositoriesTest {

    static final Set<String> PANACHE_QUERIES = Set.of("find", "findAll", "list", "listAll", "stream", "streamAll",
            "count", "update", "delete", "deleteAll");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CapabilityBoundariesTest.ROOT);
    }

    @Test
    void onlyRepositoriesRunQueries() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("DemoData")
                .and().haveNameNotMatching(".*Repository\\$.*")
                .should(runAQuery())
                .check(classes);
    }

    /** The rule can fail: a repository of this code base does run queries, and is seen doing it. */
    @Test
    void theRuleSeesTheQueriesOfARepository() {
        JavaClass repository = classes.get(fr.titrepro.scoring.EvaluationGridRepository.class);
        assertThat(repository.getMethodCallsFromSelf()).anyMatch(QueriesOnlyInRepositoriesTest::isQuery);
    }

    static ArchCondition<JavaClass> runAQuery() {
        return new ArchCondition<>("run a JPQL/SQL or Panache query") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    if (isQuery(call)) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

    static boolean isQuery(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        if (owner.isAssignableTo(EntityManager.class)) {
            return name.startsWith("create") && name.endsWith("Query");
        }
        if (owner.isAssignableTo(PanacheEntityBase.class) || owner.isAssignableTo(PanacheRepositoryBase.class)) {
            if (!PANACHE_QUERIES.contains(name)) {
                return false;
            }
            // delete(entity) on a repository and an entity's delete() remove one entity: not a query
            return !name.equals("delete")
                    || (!call.getTarget().getRawParameterTypes().isEmpty()
                    && call.getTarget().getRawParameterTypes().getFirst().isEquivalentTo(String.class));
        }
        return false;
    }
}
