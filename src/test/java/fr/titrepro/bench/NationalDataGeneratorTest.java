package fr.titrepro.bench;

import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.security.Roles;
import fr.titrepro.support.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The national-volume generator at scale 0.001 (3 centres, 60 sessions, about 1,000 candidates, 10,000 grid lines,
 * 2,000 documents) in the test database: the counts, the keys (every reference points to a row, no duplicate
 * identity, reference or code), and the application's own endpoints reading what was generated. The generated rows
 * are removed afterwards (the generator starts its ids after the existing rows).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalDataGeneratorTest {

    static final double SCALE = 0.001;

    @Inject
    TitleVersionRepository titles;

    @Inject
    TestDatabase database;

    NationalDataGenerator.Result result;
    String log;

    @BeforeAll
    void generate() throws Exception {
        NationalReferential referential = QuarkusTransaction.requiringNew()
                .call(() -> NationalReferential.of(titles.latestOfEachTitle(TitleStatus.ACTIVE)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = NationalDataGenerator.generate(database.url(), database.user(), database.password(), SCALE, referential, 14,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        log = out.toString(StandardCharsets.UTF_8);
        System.out.print(log);
    }

    @AfterAll
    void removeGenerated() throws SQLException {
        if (result != null) {
            try (Connection c = database.open(); Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
                for (String delete : NationalCleanup.deletes(result.firstIds())) {
                    s.executeUpdate(delete);
                }
            }
        }
    }

    @Test
    @Order(1)
    void theVolumeIsTheNationalOneTimesTheScale() throws SQLException {
        assertThat(log).contains("[national] terminé");
        assertThat(count("centre")).isEqualTo(3);
        assertThat(count("exam_session")).isEqualTo(60);
        assertThat(count("juror")).isEqualTo(15);
        assertThat(count("candidate")).isEqualTo(result.candidates()).isBetween(800L, 1300L);
        assertThat(count("grid_criterion")).isGreaterThanOrEqualTo(10_000);
        assertThat(count("grid_criterion_aud", "rev", "revinfo")).isEqualTo(2 * count("grid_criterion"));
        assertThat(count("issued_document")).isBetween(1_200L, 3_000L);
        assertThat(count("issued_document_pdf", "document_id", "issued_document")).isEqualTo(count("issued_document"));
        for (String table : List.of("enrolment", "candidate_deliberation", "held_ccp", "evaluation_grid", "grid_section")) {
            assertThat(count(table)).as(table).isEqualTo(result.rows(table)).isPositive();
        }
        // a few big centres, many small ones: the first centre has the most sessions
        assertThat(scalar("SELECT centre_id FROM exam_session WHERE id >= " + first("exam_session")
                + " GROUP BY centre_id ORDER BY COUNT(*) DESC, centre_id LIMIT 1")).isEqualTo(first("centre"));
        assertThat(scalar("SELECT MIN(capacity) FROM exam_session WHERE id >= " + first("exam_session"))).isGreaterThanOrEqualTo(8);
    }

    @Test
    @Order(2)
    void everyReferenceLeadsToARowAndNothingIsDuplicated() throws SQLException {
        long c = first("candidate");
        List<String> orphans = List.of(
                "SELECT COUNT(*) FROM candidate_follow f LEFT JOIN centre x ON x.id = f.centre_id WHERE f.candidate_id >= " + c + " AND x.id IS NULL",
                "SELECT COUNT(*) FROM exam_session s LEFT JOIN centre_approval a ON a.id = s.approval_id AND a.centre_id = s.centre_id LEFT JOIN title_version v ON v.id = s.title_version_id WHERE s.id >= " + first("exam_session") + " AND (a.id IS NULL OR v.id IS NULL)",
                "SELECT COUNT(*) FROM enrolment e LEFT JOIN candidate x ON x.id = e.candidate_id LEFT JOIN exam_session s ON s.id = e.session_id WHERE e.id >= " + first("enrolment") + " AND (x.id IS NULL OR s.id IS NULL)",
                "SELECT COUNT(*) FROM jury_member j LEFT JOIN juror x ON x.id = j.juror_id WHERE j.id >= " + first("jury_member") + " AND x.id IS NULL",
                "SELECT COUNT(*) FROM evaluation_grid g LEFT JOIN enrolment e ON e.id = g.enrolment_id AND e.candidate_id = g.candidate_id AND e.session_id = g.session_id LEFT JOIN jury_member j ON j.session_id = g.session_id AND j.juror_id = g.juror_id WHERE g.id >= " + first("evaluation_grid") + " AND (e.id IS NULL OR j.id IS NULL)",
                "SELECT COUNT(*) FROM grid_criterion l LEFT JOIN grid_section s ON s.id = l.section_id AND s.grid_id = l.grid_id WHERE l.id >= " + first("grid_criterion") + " AND s.id IS NULL",
                "SELECT COUNT(*) FROM grid_criterion l LEFT JOIN criterion k ON k.id = l.source_criterion_id WHERE l.id >= " + first("grid_criterion") + " AND l.source_criterion_id IS NOT NULL AND k.id IS NULL",
                "SELECT COUNT(*) FROM held_ccp h LEFT JOIN ccp x ON x.id = h.ccp_id LEFT JOIN candidate y ON y.id = h.candidate_id WHERE h.id >= " + first("held_ccp") + " AND (x.id IS NULL OR y.id IS NULL)",
                "SELECT COUNT(*) FROM candidate_deliberation d LEFT JOIN enrolment e ON e.id = d.enrolment_id AND e.candidate_id = d.candidate_id WHERE d.id >= " + first("candidate_deliberation") + " AND e.id IS NULL",
                "SELECT COUNT(*) FROM issued_document d LEFT JOIN candidate x ON x.id = d.candidate_id LEFT JOIN exam_session s ON s.id = d.session_id WHERE d.id >= " + first("issued_document") + " AND ((d.candidate_id IS NOT NULL AND x.id IS NULL) OR s.id IS NULL)",
                "SELECT COUNT(*) FROM issued_document d LEFT JOIN issued_document_pdf p ON p.document_id = d.id WHERE d.id >= " + first("issued_document") + " AND (p.document_id IS NULL OR LENGTH(p.content) <> d.pdf_size OR SHA2(p.content, 256) <> d.pdf_sha256)",
                // duplicates (what the failover run checks too): one document of a kind per candidate and session
                "SELECT COUNT(*) FROM (SELECT candidate_id FROM issued_document WHERE id >= " + first("issued_document") + " AND candidate_id IS NOT NULL GROUP BY candidate_id, kind, session_id HAVING COUNT(*) > 1) x",
                "SELECT COUNT(*) - COUNT(DISTINCT identity_key) + COUNT(*) - COUNT(DISTINCT reference) FROM candidate",
                "SELECT COUNT(*) - COUNT(DISTINCT code) FROM issued_document",
                "SELECT COUNT(*) FROM (SELECT 1 FROM issued_document WHERE status = 'VALID' GROUP BY series_key HAVING COUNT(*) > 1) x");
        for (String sql : orphans) {
            assertThat(scalar(sql)).as(sql).isZero();
        }
    }

    @Test
    @Order(3)
    @TestSecurity(user = "nat-centre-1", roles = Roles.CENTRE)
    void theCentresCandidateSearchFindsItsGeneratedPeople() throws SQLException {
        long candidate = scalar("SELECT MIN(candidate_id) FROM candidate_follow WHERE centre_id = " + first("centre"));
        String reference = text("SELECT reference FROM candidate WHERE id = " + candidate);
        String birthName = text("SELECT birth_name FROM candidate WHERE id = " + candidate);
        given().queryParam("query", reference).get("/api/candidates")
                .then().statusCode(200).body("items.reference", hasItem(reference));
        String firstName = text("SELECT SUBSTRING_INDEX(first_names, ',', 1) FROM candidate WHERE id = " + candidate);
        given().queryParam("query", birthName + " " + firstName).queryParam("size", 100).get("/api/candidates")
                .then().statusCode(200).body("items.reference", hasItem(reference));
        // a candidate of another generated centre is not the first centre's
        long other = scalar("SELECT MIN(candidate_id) FROM candidate_follow WHERE centre_id = " + (first("centre") + 1));
        given().queryParam("query", text("SELECT reference FROM candidate WHERE id = " + other)).get("/api/candidates")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    @Order(4)
    void aGeneratedDocumentVerifiesOnThePublicPage() throws SQLException {
        String code = text("SELECT code FROM issued_document WHERE kind = 'PARCHEMIN' AND id >= "
                + first("issued_document") + " ORDER BY id LIMIT 1");
        String holder = text("SELECT holder_name FROM issued_document WHERE code = '" + code + "'");
        given().accept("application/json").get("/verify/" + code)
                .then().statusCode(200).body("code", equalTo(code), "valid", equalTo(true), "holderName", equalTo(holder));
    }

    // ---- issue 14: the hot paths' queries, as the application sent them, read through an index ----

    QueryPlans plans;
    Connection planConnection;
    HotPath hot;

    /**
     * What the paths below read: the biggest held session of the first centre, one of its grids, a holder, and a
     * session of the centre being planned (its page offers the centre's candidates for enrolment).
     */
    record HotPath(long session, long grid, long enrolment, long candidate, String reference, String birthName,
                   String firstName, String documentCode, long planned) {
    }

    @Test
    @Order(5)
    void theHotPathsAreRecorded() throws SQLException {
        long session = scalar("SELECT g.session_id FROM evaluation_grid g JOIN exam_session s ON s.id = g.session_id "
                + "WHERE g.id >= " + first("evaluation_grid") + " GROUP BY g.session_id ORDER BY COUNT(DISTINCT g.candidate_id) DESC, g.session_id LIMIT 1");
        long grid = scalar("SELECT MIN(id) FROM evaluation_grid WHERE session_id = " + session);
        // the grid is read while the session is held (its juror's view); the generated one is already validated
        update("UPDATE exam_session SET status = 'IN_PROGRESS' WHERE id = " + session);
        String juror = text("SELECT juror_id FROM evaluation_grid WHERE id = " + grid);
        update("UPDATE juror SET username = 'nat-jure-plans' WHERE id = " + juror);
        long enrolment = scalar("SELECT enrolment_id FROM evaluation_grid WHERE id = " + grid);
        long candidate = scalar("SELECT candidate_id FROM issued_document WHERE kind = 'PARCHEMIN' AND id >= "
                + first("issued_document") + " ORDER BY id LIMIT 1");
        update("UPDATE candidate SET username = 'nat-candidat-plans' WHERE id = " + candidate);
        long followed = scalar("SELECT MIN(candidate_id) FROM candidate_follow WHERE centre_id = " + first("centre"));
        long planned = scalar("SELECT MIN(id) FROM exam_session WHERE centre_id = " + first("centre") + " AND id <> "
                + session);
        update("UPDATE exam_session SET status = 'SCHEDULED' WHERE id = " + planned);
        hot = new HotPath(session, grid, enrolment, candidate, text("SELECT reference FROM candidate WHERE id = " + followed),
                text("SELECT birth_name FROM candidate WHERE id = " + followed),
                text("SELECT SUBSTRING_INDEX(first_names, ',', 1) FROM candidate WHERE id = " + followed),
                text("SELECT code FROM issued_document WHERE candidate_id = " + candidate + " AND kind = 'PARCHEMIN' LIMIT 1"),
                planned);
        planConnection = database.open();
        plans = QueryPlans.record(planConnection);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "nat-centre-1", roles = Roles.CENTRE)
    void aCentreSearchesItsCandidatesAndOpensItsBiggestSession() {
        given().queryParam("query", hot.reference()).get("/api/candidates").then().statusCode(200);
        given().queryParam("query", hot.birthName() + " " + hot.firstName()).get("/api/candidates").then().statusCode(200);
        given().get("/api/sessions").then().statusCode(200);
        given().get("/api/sessions/" + hot.session()).then().statusCode(200);
        given().get("/api/sessions/" + hot.session() + "/enrolments").then().statusCode(200);
        given().accept("text/html").get("/sessions/" + hot.session()).then().statusCode(200);
        given().accept("text/html").get("/sessions/" + hot.planned()).then().statusCode(200)
                .body(containsString("id=\"bulk-enrolment\""));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void theAdministrationSearchesEveryCentre() {
        given().queryParam("query", hot.reference()).get("/api/candidates").then().statusCode(200);
        given().queryParam("query", hot.birthName()).get("/api/candidates").then().statusCode(200);
        given().get("/api/sessions").then().statusCode(200);
        given().queryParam("search", hot.documentCode()).get("/api/documents").then().statusCode(200)
                .body("items.code", hasItem(hot.documentCode()));
        given().queryParam("search", hot.birthName()).get("/api/documents").then().statusCode(200);
        String next = given().get("/api/documents").then().statusCode(200).extract().path("next");
        given().queryParam("after", next).get("/api/documents").then().statusCode(200);
        given().queryParam("query", hot.birthName()).queryParam("size", 5).get("/api/candidates").then().statusCode(200);
        String after = given().queryParam("query", hot.birthName()).queryParam("size", 5).get("/api/candidates")
                .then().extract().path("next");
        if (after != null) {
            given().queryParam("query", hot.birthName()).queryParam("after", after).get("/api/candidates").then().statusCode(200);
        }
    }

    @Test
    @Order(8)
    @TestSecurity(user = "nat-jure-plans", roles = Roles.JUROR)
    void aJurorOpensTheirGrid() {
        given().get("/api/grids/" + hot.grid()).then().statusCode(200);
        given().accept("text/html").get("/scoring/sessions/" + hot.session() + "/enrolments/" + hot.enrolment())
                .then().statusCode(200);
        given().accept("text/html").get("/scoring").then().statusCode(200);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "nat-candidat-plans", roles = Roles.CANDIDATE)
    void aCandidateListsTheirDocuments() {
        given().get("/api/me/documents").then().statusCode(200);
        given().accept("text/html").get("/me/documents").then().statusCode(200);
        given().accept("application/json").get("/verify/" + hot.documentCode()).then().statusCode(200);
        given().accept("text/html").get("/verify/" + hot.documentCode()).then().statusCode(200);
    }

    @Test
    @Order(10)
    void everyQueryOfThesePathsReadsLargeTablesThroughAnIndex() throws SQLException {
        List<String> selects;
        try {
            selects = plans.applicationSelects();
            StringBuilder evidence = new StringBuilder();
            List<String> scans = new java.util.ArrayList<>();
            QueryPlans.pretendNationalVolume(planConnection);
            for (String select : selects) {
                List<QueryPlans.PlanRow> plan = plans.explain(select);
                evidence.append(select).append('\n');
                plan.forEach(r -> evidence.append("    ").append(r).append('\n'));
                plan.stream().filter(QueryPlans.PlanRow::scansALargeTable)
                        .forEach(r -> scans.add(r + "\n    in " + select));
            }
            System.out.println("[plans] " + selects.size() + " requêtes expliquées\n" + evidence);
            assertThat(selects).as("the paths' SELECTs were captured").hasSizeGreaterThan(10);
            assertThat(scans).as("full scans of a large table").isEmpty();
        } finally {
            QueryPlans.forgetVolume(planConnection);
            plans.stop();
            planConnection.close();
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long first(String table) {
        return result.firstIds().get(table);
    }

    private long count(String table) throws SQLException {
        String id = table.equals("revinfo") ? "rev" : "id";
        return scalar("SELECT COUNT(*) FROM " + table + " WHERE " + id + " >= " + first(table));
    }

    /** Rows of a table without an id of its own, found through the table whose id they carry. */
    private long count(String table, String column, String owner) throws SQLException {
        return scalar("SELECT COUNT(*) FROM " + table + " WHERE " + column + " >= " + first(owner));
    }

    private long scalar(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = database.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
