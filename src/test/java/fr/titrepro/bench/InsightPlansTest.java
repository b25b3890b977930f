package fr.titrepro.bench;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.support.InsightFixtures;
import fr.titrepro.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the statements of the quality dashboard (pages and API, a centre and the administration, the main page
 * and a CCP's criteria) as the application sent them, explained as if the aggregates held the national volume: the
 * indicators read the second level (cells, migration V19_2_1) by ranges of an index, never the per-session detail
 * rows; the juries read the session rows backwards through an index, without sorting them, a page at a time (the
 * next page from its keyset); the administration's centre search reads the title's centres by a range.
 */
@QuarkusTest
class InsightPlansTest {

    /** The per-session detail rows: summed into the cells at validation, never read by a request. */
    static final Set<String> SESSION_DETAILS = Set.of("insight_outcome", "insight_part", "insight_competency",
            "insight_criterion");

    static final Pattern ALIAS = Pattern.compile("\\b(?:FROM|JOIN)\\s+(insight_[a-z_]+)\\s+(?:USE INDEX \\([a-z_]+\\)\\s+)?([a-z])\\b");

    static final Set<String> INDEX_READS = Set.of("range", "ref", "eq_ref", "const");

    @Inject
    InsightFixtures fixtures;

    @Inject
    TestDatabase database;

    @Test
    void theDashboardReadsTheCellsByIndexRanges() throws SQLException {
        LocalDate day = LocalDate.of(2016, 8, 20);
        fixtures.centreAt("centre", "59000");
        fixtures.validated("centre", "59000", day, InsightFixtures.twelve());
        fixtures.validated(null, "44000", day, List.of(InsightFixtures.present("FULL_SUCCESS",
                "1=ACQUIRED;2=ACQUIRED", Verdict.ACQUIRED, "MET", "MET", "MET")));
        String period = "title=TP-00496&version=05&from=2016-T1&to=2016-T4";
        try (Connection connection = database.open()) {
            QueryPlans plans = QueryPlans.record(connection);
            List<String> selects;
            try {
                for (String role : List.of("centre", "admin")) {
                    as(role).accept("text/html").get("/insights?" + period).then().statusCode(200);
                    as(role).accept("text/html").get("/insights?ccp=CCP1&" + period).then().statusCode(200);
                    as(role).get("/api/insights/criteria?ccp=CCP1&competency=C1&" + period).then().statusCode(200);
                    as(role).get("/api/insights/results").then().statusCode(200); // default title and period
                }
                as("admin").accept("text/html").get("/insights?region=HDF&ccp=CCP1&" + period).then().statusCode(200);
                as("admin").get("/api/insights/juries?region=PDL&" + period).then().statusCode(200);
                // the juries' next page by keyset, national and for a centre; the centre search field
                String next = as("admin").get("/api/insights/juries?size=1&" + period).then().statusCode(200)
                        .extract().jsonPath().getString("tables[0].next");
                as("admin").accept("text/html").get("/insights?page=1&after=" + next + "&" + period).then()
                        .statusCode(200);
                as("admin").accept("text/html").get("/insights?centre=Centre&" + period).then().statusCode(200);
                selects = plans.applicationSelects().stream().filter(s -> s.contains("insight_")).toList();
            } finally {
                plans.stop();
            }
            explainAsNational(connection, plans, selects);
        }
    }

    /** The dashboard's short aliases ({@code FROM insight_cell_part c}): QueryPlans knows Hibernate's only. */
    static Map<String, String> aliases(String select) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ALIAS.matcher(select);
        while (m.find()) {
            out.put(m.group(2), m.group(1));
        }
        return out;
    }

    private static void explainAsNational(Connection connection, QueryPlans plans, List<String> selects)
            throws SQLException {
        StringBuilder evidence = new StringBuilder();
        List<String> defects = new ArrayList<>();
        try {
            QueryPlans.pretendNationalVolume(connection);
            for (String select : selects) {
                List<QueryPlans.PlanRow> plan = plans.explain(select);
                evidence.append(select).append('\n');
                plan.forEach(r -> evidence.append("    ").append(r).append('\n'));
                Map<String, String> aliases = aliases(select);
                for (QueryPlans.PlanRow r : plan) {
                    String table = aliases.getOrDefault(r.alias(), String.valueOf(r.table()));
                    if (!table.startsWith("insight_")) {
                        continue;
                    }
                    if (SESSION_DETAILS.contains(table) || !INDEX_READS.contains(r.type()) || r.key() == null) {
                        defects.add(table + ": " + r + "\n    in " + select);
                    }
                    if ("insight_session".equals(table) && String.valueOf(r.extra()).contains("filesort")) {
                        defects.add("sorted: " + r + "\n    in " + select);
                    }
                }
            }
        } finally {
            QueryPlans.forgetVolume(connection);
        }
        System.out.println("[plans] " + selects.size() + " requêtes du tableau de bord expliquées\n" + evidence);
        assertThat(selects).as("the dashboard's SELECTs were captured")
                .anyMatch(s -> s.contains("insight_cell_criterion")).anyMatch(s -> s.contains("insight_cell_outcome"))
                .anyMatch(s -> s.contains("insight_cell_part")).anyMatch(s -> s.contains("insight_cell_competency"))
                .anyMatch(s -> s.contains("FROM insight_title_centre WHERE centre_id = 0"))
                .anyMatch(s -> s.contains("FROM insight_title_centre WHERE title_version_id") && s.contains("LIKE"))
                .anyMatch(s -> s.contains("s.centre_id = ") && s.contains("LIMIT 21 "))
                .anyMatch(s -> s.contains("s.region = 'PDL'") && s.contains("LIMIT 21 "))
                .anyMatch(s -> s.contains("LIMIT 21 ") && !s.contains("s.centre_id =") && !s.contains("s.region ="))
                .anyMatch(s -> s.contains("s.session_id < ") && s.contains("LIMIT 21 "));
        assertThat(selects).as("the aliases are resolved").allMatch(s -> !aliases(s).isEmpty()
                || s.contains("FROM insight_title_centre"));
        assertThat(defects).as("reads of the aggregates that are not index ranges of the cells").isEmpty();
    }
}
