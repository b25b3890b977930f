package fr.titrepro.bench;

import fr.titrepro.security.Roles;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate search on a real distribution with a very common name (issue 14, docs/performance.md: « LEGRAND
 * Pierre » for the biggest centre ran for minutes). Real rows and real statistics (ANALYZE TABLE), not the faked
 * volume of {@link NationalDataGeneratorTest}, where the names' index read in order and the ranges cost alike: here
 * 30,000 MARTIN (first names in turn Jean, Marie, Pierre…) followed by a second centre, 3,000 other candidates and
 * a few MARTIN Pierre and LEGRAND followed by the first. Each request's statements, read back from the general log,
 * are run again with ANALYZE FORMAT=JSON: no read of a table returns more than the search's probe limit (10,000
 * entries), never every MARTIN (the former plan read the names' index from its start through every MARTIN: more than 30,000 entries, each
 * with its candidate and its follow). The pages are compared with the same search ordered by SQL.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateSearchPlansTest {

    static final int MARTINS = 30_000;
    /** Entries or rows any one read of a table may return: the search's probe limit, a third of the MARTIN. */
    static final long BOUND = 10_000;

    @Inject
    CentreFixtures fixtures;

    @Inject
    TestDatabase database;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    long centreA;
    long centreB;

    @BeforeAll
    void seed() throws SQLException {
        centreA = fixtures.centreOf("centre");
        centreB = fixtures.centreOf("centre2");
        String columns = "INSERT INTO candidate (reference, birth_name, first_names, sex, birth_date, email, identity_key, "
                + "pathway, created_at) ";
        String key = "'sp-" + run + "-'";
        execute(columns + "SELECT CONCAT('SP" + run + "', seq), 'MARTIN', ELT(1 + seq % 8, 'Jean', 'Marie', 'Pierre', "
                + "'Sophie', 'Luc', 'Anne', 'Paul', 'Julie'), 'M', DATE '1980-01-01' + INTERVAL (seq % 7000) DAY, "
                + "CONCAT('m', seq, '@exemple.fr'), CONCAT(" + key + ", seq), 'TRAINING', NOW() FROM seq_1_to_" + MARTINS);
        execute(columns + "SELECT CONCAT('SQ" + run + "', seq), CONCAT('DURAND', LPAD(seq, 5, '0')), 'Claude', 'F', "
                + "DATE '1985-01-01' + INTERVAL seq DAY, NULL, CONCAT(" + key + ", 'd', seq), 'TRAINING', NOW() FROM seq_1_to_3000");
        execute(columns + "VALUES ('SL" + run + "1', 'LEGRAND', 'Pierre', 'M', '1990-05-01', NULL, CONCAT(" + key + ", 'l1'), 'TRAINING', NOW()), "
                + "('SL" + run + "2', 'LEGRAND', 'Pierre, Marie', 'M', '1991-05-01', NULL, CONCAT(" + key + ", 'l2'), 'TRAINING', NOW()), "
                + "('SL" + run + "3', 'LEGRAND', 'Paul', 'M', '1992-05-01', NULL, CONCAT(" + key + ", 'l3'), 'TRAINING', NOW()), "
                + "('SL" + run + "4', 'LEGRAND', 'Pierre', 'M', '1993-05-01', NULL, CONCAT(" + key + ", 'l4'), 'TRAINING', NOW())");
        // every MARTIN in B but one MARTIN Pierre in a thousand (seq % 1000 = 2: seq % 8 = 2) and the DURAND in A
        execute("INSERT INTO candidate_follow (candidate_id, centre_id, since, birth_name, usage_name, first_names) "
                + "SELECT id, CASE WHEN birth_name = 'MARTIN' "
                + "AND CAST(SUBSTRING(reference, 9) AS UNSIGNED) % 1000 <> 2 THEN " + centreB + " WHEN identity_key LIKE "
                + "CONCAT(" + key + ", 'l4') THEN " + centreB + " ELSE " + centreA + " END, NOW(), birth_name, usage_name, first_names FROM candidate "
                + "WHERE identity_key LIKE CONCAT(" + key + ", '%')");
        execute("ANALYZE TABLE candidate, candidate_follow");
    }

    @AfterAll
    void removeSeeded() throws SQLException {
        String mine = "(SELECT id FROM candidate WHERE identity_key LIKE 'sp-" + run + "-%')";
        execute("DELETE FROM candidate_follow WHERE candidate_id IN " + mine);
        execute("DELETE FROM candidate WHERE identity_key LIKE 'sp-" + run + "-%'");
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void aRareNameInTheCentreReadsOnlyItsOwnRange() throws SQLException {
        List<String> found = bounded(() -> page("LEGRAND Pierre", null, 20).extract().path("items.reference"));
        assertThat(found).containsExactly("SL" + run + "1", "SL" + run + "2");
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void aCommonNameFewInTheCentreIsFoundWithoutReadingEveryNamesake() throws SQLException {
        List<String> expected = expected("MARTIN", "Pierre", centreA);
        assertThat(expected).hasSize(MARTINS / 1000);
        List<String> found = bounded(() -> page("martin pierre", null, 20).extract().path("items.reference"));
        assertThat(found).containsExactlyElementsOf(expected.subList(0, 20));
        // the second page by keyset: the rest, in order
        String next = page("martin pierre", null, 20).extract().path("next");
        List<String> rest = bounded(() -> page("martin pierre", next, 20).extract().path("items.reference"));
        assertThat(rest).containsExactlyElementsOf(expected.subList(20, expected.size()));
        page("martin pierre", null, 20).body("total", org.hamcrest.Matchers.equalTo(expected.size()))
                .body("totalCapped", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    @TestSecurity(user = "centre2", roles = Roles.CENTRE)
    void manyMatchesAreCappedAndPagedByKey() throws SQLException {
        List<String> expected = expected("MARTIN", "Pierre", centreB);
        assertThat(expected).hasSizeGreaterThan(1000);
        ValidatableResponse first = bounded(() -> page("MARTIN Pierre", null, 50));
        first.body("total", org.hamcrest.Matchers.equalTo(1000)).body("totalCapped", org.hamcrest.Matchers.equalTo(true));
        assertThat(first.extract().<List<String>>path("items.reference")).containsExactlyElementsOf(expected.subList(0, 50));
        String next = first.extract().path("next");
        List<String> second = bounded(() -> page("MARTIN Pierre", next, 50).extract().path("items.reference"));
        assertThat(second).containsExactlyElementsOf(expected.subList(50, 100));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void theAdministrationSearchesTheCommonNameEverywhere() throws SQLException {
        List<String> expected = expected("MARTIN", null, null);
        ValidatableResponse first = bounded(() -> page("MARTIN", null, 20));
        assertThat(first.extract().<List<String>>path("items.reference")).containsExactlyElementsOf(expected.subList(0, 20));
        String next = first.extract().path("next");
        List<String> second = bounded(() -> page("MARTIN", next, 20).extract().path("items.reference"));
        assertThat(second).containsExactlyElementsOf(expected.subList(20, 40));
        List<String> legrand = bounded(() -> page("LEGRAND Pierre", null, 20).extract().path("items.reference"));
        // first names then id: Pierre (1), Pierre (4), « Pierre, Marie » (2)
        assertThat(legrand).containsExactly("SL" + run + "1", "SL" + run + "4", "SL" + run + "2");
        // the pair's range alone holds more than the count's cap: « plus de 1 000 » without reading the rows
        List<String> pierres = expected("MARTIN", "Pierre", null);
        ValidatableResponse martinPierre = bounded(() -> page("MARTIN Pierre", null, 20));
        martinPierre.body("total", org.hamcrest.Matchers.equalTo(1000))
                .body("totalCapped", org.hamcrest.Matchers.equalTo(true));
        assertThat(martinPierre.extract().<List<String>>path("items.reference"))
                .containsExactlyElementsOf(pierres.subList(0, 20));
    }

    private ValidatableResponse page(String query, String after, int size) {
        var request = given().queryParam("query", query).queryParam("size", size);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/candidates").then().statusCode(200);
    }

    /** The request's result, after checking the rows its statements read (each run again with ANALYZE). */
    private <T> T bounded(Supplier<T> request) throws SQLException {
        try (Connection c = connection(); QueryPlans plans = QueryPlans.record(c)) {
            T result = request.get();
            long total = 0;
            long largest = 0;
            StringBuilder evidence = new StringBuilder();
            for (String select : plans.applicationSelects()) {
                if (!select.toLowerCase().contains("candidate")) {
                    continue;
                }
                Map<String, Long> rows = plans.examined(select);
                total += rows.values().stream().mapToLong(Long::longValue).sum();
                largest = Math.max(largest, rows.values().stream().mapToLong(Long::longValue).max().orElse(0));
                evidence.append(rows).append("  ").append(select).append('\n');
            }
            System.out.println("[search plans] " + total + " rows read\n" + evidence);
            assertThat(largest).as("rows of one table read by one statement\n" + evidence).isLessThanOrEqualTo(BOUND);
            return result;
        }
    }

    /** The references the search must answer, in its order, computed by SQL over every candidate. */
    private List<String> expected(String name, String firstName, Long centre) throws SQLException {
        String sql = "SELECT c.reference FROM candidate c" + (centre == null ? "" : " JOIN candidate_follow f ON "
                + "f.candidate_id = c.id AND f.centre_id = " + centre) + " WHERE c.erased_at IS NULL AND " + starts(name)
                + (firstName == null ? "" : " AND " + starts(firstName)) + " ORDER BY c.birth_name, c.first_names, c.id";
        List<String> references = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        return references;
    }

    /** A word starts a name or first names (a reference with a digit or a hyphen, an e-mail with « @ » or a dot). */
    private static String starts(String word) {
        List<String> columns = new ArrayList<>(List.of("birth_name", "usage_name", "first_names"));
        if (word.matches(".*[0-9-].*")) {
            columns.add("reference");
        }
        if (word.matches(".*[@.].*")) {
            columns.add("email");
        }
        return "(" + String.join(" OR ", columns.stream().map(col -> "c." + col + " LIKE '" + word + "%'").toList()) + ")";
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connection() throws SQLException {
        return database.open();
    }
}
