package fr.titrepro.insights;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.InsightFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.titrepro.support.InsightFixtures.absent;
import static fr.titrepro.support.InsightFixtures.present;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 19: the indicators of the quality dashboard on three sessions of TRI (version 05) validated in the second
 * quarter of 2019 — a period no other test uses, so that the national figures are those of this class alone:
 * A (centre « centre », site in Hauts-de-France, 12 candidates), B (another centre, Hauts-de-France, 4) and C
 * (another centre, site in Nantes: Pays de la Loire, 5). Every expected figure is computed by hand below.
 */
@QuarkusTest
class InsightResourceTest {

    static final String PERIOD = "title=TP-00496&version=05&from=2019-T1&to=2019-T4";
    static final String FULL = "1=ACQUIRED;2=ACQUIRED";
    static final String NONE = "1=NOT_ACQUIRED;2=NOT_ACQUIRED";

    static ScoringFixtures.Scenario a;
    static ScoringFixtures.Scenario b;
    static ScoringFixtures.Scenario c;

    @Inject
    InsightFixtures fixtures;

    @Inject
    SessionFixtures sessions;

    @BeforeEach
    void seed() {
        if (a != null) {
            return;
        }
        LocalDate day = LocalDate.of(2019, 5, 15);
        // InsightFixtures.twelve(): 7 titles, 3 partial, 1 failure, 1 absent; C1.1 4 not met, 1 not observed, 2 divergent
        fixtures.centreAt("centre", "59000");
        a = fixtures.validated("centre", "59000", day, InsightFixtures.twelve());
        List<InsightFixtures.Sheet> sheetsB = new ArrayList<>();
        sheetsB.add(present("FULL_SUCCESS", FULL, Verdict.ACQUIRED, "MET", "MET", "MET"));
        for (int i = 0; i < 3; i++) {
            sheetsB.add(present("FAILURE", NONE, Verdict.NOT_ACQUIRED, "MET", "MET", "MET"));
        }
        b = fixtures.validated(null, "59000", day, sheetsB);
        List<InsightFixtures.Sheet> sheetsC = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sheetsC.add(present("FULL_SUCCESS", FULL, Verdict.ACQUIRED, "MET", "MET", "MET"));
        }
        c = fixtures.validated(null, "44000", day, sheetsC);
        sessions.centreOfStaff("centre2");
    }

    @Test
    void aCentreSeesItsResultsBesideItsRegionAndTheNation() {
        JsonPath r = as("centre").get("/api/insights/results?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("populations", String.class))
                .containsExactly("Mon centre", "Région Hauts-de-France", "National");
        // A: 12 candidates (7 titles, 3 partial, 1 failure, 1 absent); A+B: 16 (8, 3, 4, 1); A+B+C: 21 (13, 3, 4, 1)
        assertThat(rates(r, "outcomes", "FULL_SUCCESS")).containsExactly(58.3, 50.0, 61.9);
        assertThat(rates(r, "outcomes", "PARTIAL_SUCCESS")).containsExactly(25.0, 18.8, 14.3);
        assertThat(rates(r, "outcomes", "FAILURE")).containsExactly(8.3, 25.0, 19.0);
        assertThat(rates(r, "outcomes", "ABSENT")).containsExactly(8.3, 6.3, 4.8);
        assertThat(r.getInt("tables[0].rows[0].cells[0].candidates")).isEqualTo(12);
        assertThat(r.getInt("tables[0].rows[0].cells[2].candidates")).isEqualTo(21);
        // trend: only 2019-T2 has sessions; the other quarters have no candidate: suppressed
        assertThat(rates(r, "trend", "2019-T2")).containsExactly(58.3, 25.0, 50.0, 18.8, 61.9, 14.3);
        assertThat(r.getList("tables[1].rows.find { it.key == '2019-T1' }.cells.suppressed", Boolean.class))
                .containsOnly(true);
    }

    @Test
    void ccpCompetencyAndCriterionFiguresFromTheAgreedDecisionsAndTheSubmittedGrids() {
        JsonPath ccps = as("centre").get("/api/insights/ccps?" + PERIOD).then().statusCode(200).extract().jsonPath();
        // present: A 11, A+B 15, all 20. CCP 1 acquired: 8, 9, 14; CCP 2: 9, 10, 15
        assertThat(rates(ccps, "ccps", "CCP1")).containsExactly(72.7, 60.0, 70.0);
        assertThat(rates(ccps, "ccps", "CCP2")).containsExactly(81.8, 66.7, 75.0);
        JsonPath competencies = as("centre").get("/api/insights/competencies?ccp=CCP1&" + PERIOD).then()
                .statusCode(200).extract().jsonPath();
        // the jury's last decision on C1 (a first, opposite one was superseded): 8 of 11, 9 of 15, 14 of 20
        assertThat(rates(competencies, "competencies", "C1")).containsExactly(72.7, 60.0, 70.0);
        JsonPath criteria = as("centre").get("/api/insights/criteria?ccp=CCP1&competency=C1&" + PERIOD).then()
                .statusCode(200).extract().jsonPath();
        assertThat(criteria.getList("tables[0].rows.key", String.class)).containsExactly("C1.1", "C1.2");
        // C1.1 in A: 4 unanimously not met, 1 not observed, 2 divergent, of 11; B and C: all met
        assertThat(rates(criteria, "criteria", "C1.1")).containsExactly(36.4, 9.1, 18.2, 26.7, 6.7, 13.3, 20.0, 5.0,
                10.0);
        assertThat(rates(criteria, "criteria", "C1.2")).containsExactly(9.1, 0.0, 0.0, 6.7, 0.0, 0.0, 5.0, 0.0, 0.0);
        assertThat(criteria.getInt("tables[0].rows[0].cells[0].candidates")).isEqualTo(11);
    }

    @Test
    void aCentreSeesItsJuriesAnonymisedAndTheAdministrationNamesThem() {
        JsonPath centre = as("centre").get("/api/insights/juries?" + PERIOD).then().statusCode(200).extract()
                .jsonPath();
        // A: 11 present × 2 criteria = 22 lines, 2 divergent
        assertThat(centre.getList("tables[0].rows.label", String.class)).containsExactly("Jury 1");
        assertThat(centre.getDouble("tables[0].rows[0].cells[0].rate")).isEqualTo(9.1);
        assertThat(centre.getInt("tables[0].rows[0].cells[0].total")).isEqualTo(22);
        JsonPath admin = as("admin").get("/api/insights/juries?centreId=" + a.centreId() + "&" + PERIOD).then()
                .statusCode(200).extract().jsonPath();
        assertThat(admin.getString("tables[0].rows[0].label")).contains("session du 12/05/2019").contains("Dominique");
    }

    @Test
    void fewerThanTenCandidatesAreNotShown() {
        // B alone: 4 candidates; its region (Hauts-de-France, with A) is shown
        JsonPath b4 = as("admin").get("/api/insights/results?centreId=" + b.centreId() + "&" + PERIOD).then()
                .statusCode(200).extract().jsonPath();
        assertThat(b4.getList("tables[0].rows[0].cells.suppressed", Boolean.class)).containsExactly(true, false,
                false);
        assertThat(b4.getString("tables[0].rows[0].cells[0].rate")).isNull();
        assertThat(b4.getString("tables[0].rows[0].cells[0].candidates")).isNull();
        // Pays de la Loire: C's 5 candidates only
        JsonPath pdl = as("admin").get("/api/insights/results?region=PDL&" + PERIOD).then().statusCode(200)
                .extract().jsonPath();
        assertThat(pdl.getList("populations", String.class)).containsExactly("Région Pays de la Loire", "National");
        assertThat(pdl.getList("tables[0].rows[0].cells.suppressed", Boolean.class)).containsExactly(true, false);
        String csv = as("admin").get("/api/insights/export?table=outcomes&centreId=" + b.centreId() + "&" + PERIOD)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("FULL_SUCCESS;Titre obtenu;< 10 candidats;;;50.0;8;16;61.9;13;21");
    }

    @Test
    void aCentreNeverSeesAnotherCentresFigures() {
        as("centre2").get("/api/insights/results?centreId=" + a.centreId() + "&" + PERIOD).then().statusCode(403)
                .body("type", equalTo("urn:titrepro:problem:forbidden"));
        as("centre2").get("/api/insights/export?table=criteria&ccp=CCP1&centreId=" + a.centreId() + "&" + PERIOD)
                .then().statusCode(403);
        as("jury").get("/api/insights/results?" + PERIOD).then().statusCode(403);
        as("candidat").get("/api/insights/results?" + PERIOD).then().statusCode(403);
        as("conseiller").get("/api/insights/results?" + PERIOD).then().statusCode(403);
        // centre2's own figures: none in the period (suppressed), the national ones beside them
        JsonPath own = as("centre2").get("/api/insights/results?" + PERIOD).then().statusCode(200).extract()
                .jsonPath();
        assertThat(own.getList("tables[0].rows[0].cells.suppressed", Boolean.class)).first().isEqualTo(true);
        assertThat(rates(own, "outcomes", "FULL_SUCCESS")).last().isEqualTo(61.9);
    }

    @Test
    void theAdministrationsPageSearchesACentreAndShowsTheSuppressedCells() {
        // no list of every centre: a search field, filled with the centre chosen by its number
        String html = as("admin").accept("text/html").get("/insights?centreId=" + b.centreId() + "&" + PERIOD)
                .then().statusCode(200).extract().asString();
        String nameB = as("admin").get("/api/insights/centres?q=" + b.centreId() + "&" + PERIOD).then().statusCode(200)
                .extract().jsonPath().getString("[0].name");
        assertThat(html).doesNotContain("<option value=\"" + a.centreId() + "\"").doesNotContain("id=\"centreId\"")
                .contains("id=\"centre\"", "list=\"centre-suggestions\"",
                        "value=\"" + nameB + " (n° " + b.centreId() + ")\"")
                .contains("&lt; 10 candidats").contains("Région Hauts-de-France").contains("<th scope=\"col\">");
        as("centre").accept("text/html").get("/insights?ccp=CCP1&competency=C1&" + PERIOD).then().statusCode(200)
                .body(containsString("36,4 %")).body(org.hamcrest.Matchers.not(containsString("id=\"centre\"")));
    }

    @Test
    void theCentreFieldResolvesANameOrANumberWithoutJavaScript() {
        JsonPath byNumber = as("admin").get("/api/insights/centres?q=" + c.centreId() + "&" + PERIOD).then()
                .statusCode(200).extract().jsonPath();
        assertThat(byNumber.getList("id", Long.class)).containsExactly(c.centreId());
        String nameC = byNumber.getString("[0].name");
        assertThat(byNumber.getString("[0].value")).isEqualTo(nameC + " (n° " + c.centreId() + ")");
        // by its name (any case): C's figures, C's region (Pays de la Loire), the nation
        String page = as("admin").accept("text/html").queryParam("centre", nameC.toUpperCase())
                .get("/insights?" + PERIOD).then().statusCode(200).extract().asString();
        assertThat(page).contains("comparaison : " + nameC + ", Région ").contains("centreId=" + c.centreId());
        // a suggestion chosen (« name (n° id) ») names its centre even when other names contain the text
        assertThat(as("admin").accept("text/html").queryParam("centre", nameC + " (n° " + c.centreId() + ")")
                .get("/insights?" + PERIOD).then().statusCode(200).extract().asString())
                .contains("comparaison : " + nameC + ", Région ");
        // nothing matches: said on the page, next to the field, and the national figures shown
        assertThat(as("admin").accept("text/html").queryParam("centre", "zz-aucun-centre-zz").get("/insights?" + PERIOD)
                .then().statusCode(200).extract().asString())
                .contains("id=\"centre-error\"", "Aucun centre ayant des chiffres pour ce titre ne correspond à « "
                        + "zz-aucun-centre-zz »").contains("comparaison : National.");
        // a part of the name shared by B's and C's centres (« Centre t5 »…): the page lists centres to choose from
        String shared = commonPrefix(List.of(nameC, byNumber(b.centreId())));
        assertThat(shared).hasSizeGreaterThanOrEqualTo(3);
        assertThat(as("admin").accept("text/html").queryParam("centre", shared).get("/insights?" + PERIOD).then()
                .statusCode(200).extract().asString()).contains("centres correspondent à « " + shared + " »")
                .contains("aria-label=\"Centres correspondant à la recherche\"").containsPattern("centreId=\\d+\">")
                .contains("comparaison : National.");
        // a blank field: every centre (it overrides the centreId of the link; the browser test empties it)
        assertThat(as("admin").accept("text/html").queryParam("centre", " ").queryParam("centreId", c.centreId())
                .get("/insights?" + PERIOD).then().statusCode(200).extract().asString()).contains("comparaison : National.");
        as("centre").get("/api/insights/centres?q=Centre&" + PERIOD).then().statusCode(403);
        as("jury").get("/api/insights/centres?q=Centre&" + PERIOD).then().statusCode(403);
        as("admin").queryParam("q", " ").get("/api/insights/centres?" + PERIOD).then().statusCode(400)
                .body("errors.field", hasItem("q"));
        // a centre's page ignores the field: its own centre stays fixed
        assertThat(as("centre").accept("text/html").queryParam("centre", nameC).get("/insights?" + PERIOD).then()
                .statusCode(200).extract().asString()).contains("comparaison : Mon centre, Région Hauts-de-France");
    }

    private String byNumber(long centreId) {
        return as("admin").get("/api/insights/centres?q=" + centreId + "&" + PERIOD).then().statusCode(200).extract()
                .jsonPath().getString("[0].name");
    }

    private static String commonPrefix(List<String> names) {
        String p = names.getFirst();
        for (String n : names) {
            while (!n.startsWith(p)) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p.strip();
    }

    @Test
    void theJuriesComeAPageAtATimeAndTheirExportIsComplete() {
        // the nation in 2019: A, B and C, validated the same day: the keyset goes on by session number
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            JsonPath p = as("admin").get("/api/insights/juries?size=1&" + PERIOD + (after == null ? ""
                    : "&after=" + after)).then().statusCode(200).extract().jsonPath();
            assertThat(p.getList("tables[0].rows")).hasSize(1);
            seen.add(p.getString("tables[0].rows[0].key"));
            after = p.getString("tables[0].next");
            assertThat(after == null).isEqualTo(page == 2);
        }
        assertThat(seen).containsExactly(String.valueOf(Math.max(a.sessionId(), Math.max(b.sessionId(),
                c.sessionId()))), String.valueOf(List.of(a.sessionId(), b.sessionId(), c.sessionId()).stream()
                .sorted().toList().get(1)), String.valueOf(Math.min(a.sessionId(), Math.min(b.sessionId(),
                c.sessionId()))));
        // the « Précédente » link asks a page by its number: the same rows
        assertThat(as("admin").get("/api/insights/juries?size=1&page=1&" + PERIOD).then().statusCode(200).extract()
                .jsonPath().getString("tables[0].rows[0].key")).isEqualTo(seen.get(1));
        String csv = as("admin").get("/api/insights/export?table=juries&" + PERIOD).then().statusCode(200).extract()
                .asString();
        assertThat(csv.lines().filter(l -> l.matches("^\\d+;.*"))).hasSize(3);
        as("admin").get("/api/insights/juries?size=0&" + PERIOD).then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as("admin").get("/api/insights/juries?after=%25%25&" + PERIOD).then().statusCode(400)
                .body("errors.field", hasItem("after"));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        as("centre").get("/api/insights/results?from=2019-X&region=ZZ").then().statusCode(400)
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("region"));
        as("centre").get("/api/insights/results?from=2020-T1&to=2019-T1").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as("centre").get("/api/insights/competencies?" + PERIOD).then().statusCode(400)
                .body("errors.field", hasItem("ccp"));
        as("centre").get("/api/insights/results?title=TP-99999").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        as("centre").get("/api/insights/export?table=nope&" + PERIOD).then().statusCode(400)
                .body("errors.field", hasItem("table"));
    }

    @Test
    void everyTableExportsAsCsv() {
        String csv = as("centre").get("/api/insights/export?table=criteria&ccp=CCP1&" + PERIOD).then()
                .statusCode(200).header("Content-Type", containsString("text/csv")).extract().asString();
        assertThat(csv).contains("C1.1;C1.1 Le câblage respecte le plan;36.4;4;11;9.1;1;11;18.2;2;11;");
        for (String table : List.of("outcomes", "trend", "ccps", "juries")) {
            as("centre").get("/api/insights/export?table=" + table + "&" + PERIOD).then().statusCode(200);
        }
        as("centre").get("/api/insights/export?table=competencies&ccp=CCP1&" + PERIOD).then().statusCode(200)
                .body(containsString("C1;Compétence 1 – Installer le réseau;72.7;8;11"));
    }

    @Test
    void everyTableExportsAsXlsxWithNumbersAsNumbersAndTheSuppressedCellsAsText() throws Exception {
        // B alone (4 candidates) is suppressed; its region A+B: 8 titles of 16; the nation: 13 of 21
        try (XSSFWorkbook book = xlsx("admin", "outcomes&centreId=" + b.centreId())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).contains("TP-00496", "Technicien réseaux IP");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("2019-T1 – 2019-T4");
            assertThat(texts(sheet.getRow(1))).contains("Centre n°", String.valueOf(b.centreId()));
            assertThat(texts(sheet.getRow(2))).startsWith("Clé", "Résultat").contains("Région Hauts-de-France (%)",
                    "Région Hauts-de-France (nombre)", "National (candidats)");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Région Hauts-de-France (%)");
            Row full = sheet.getRow(3);
            assertThat(full.getCell(0).getStringCellValue()).isEqualTo("FULL_SUCCESS");
            assertThat(full.getCell(2).getStringCellValue()).isEqualTo("< 10 candidats");
            assertThat(full.getCell(3)).isNull();
            assertThat(full.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(full.getCell(5).getNumericCellValue()).isCloseTo(8.0 / 16, within(0.001));
            assertThat(full.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(full.getCell(6).getNumericCellValue()).isEqualTo(8.0);
            assertThat(full.getCell(7).getNumericCellValue()).isEqualTo(16.0);
            assertThat(full.getCell(8).getNumericCellValue()).isCloseTo(13.0 / 21, within(0.001));
            assertThat(full.getCell(10).getNumericCellValue()).isEqualTo(21.0);
        }
        // C1.1 in A: 4 of 11 not met, 1 not observed, 2 divergent (the figures of the CSV test)
        try (XSSFWorkbook book = xlsx("centre", "criteria&ccp=CCP1")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(1))).contains("CCP", "CCP1");
            Row c11 = sheet.getRow(3);
            assertThat(c11.getCell(0).getStringCellValue()).isEqualTo("C1.1");
            assertThat(c11.getCell(2).getNumericCellValue()).isCloseTo(4.0 / 11, within(0.001));
            assertThat(c11.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(c11.getCell(4).getNumericCellValue()).isEqualTo(11.0);
            assertThat(c11.getCell(5).getNumericCellValue()).isCloseTo(1.0 / 11, within(0.001));
            assertThat(c11.getCell(8).getNumericCellValue()).isCloseTo(2.0 / 11, within(0.001));
        }
        for (String table : List.of("trend", "ccps", "juries", "competencies&ccp=CCP1")) {
            try (XSSFWorkbook book = xlsx("centre", table)) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(3);
            }
        }
        as("centre2").get("/api/insights/export.xlsx?table=ccps&centreId=" + a.centreId() + "&" + PERIOD).then()
                .statusCode(403);
        as("jury").get("/api/insights/export.xlsx?table=ccps&" + PERIOD).then().statusCode(403);
        as("centre").get("/api/insights/export.xlsx?table=nope&" + PERIOD).then().statusCode(400)
                .body("errors.field", hasItem("table"));
    }

    static XSSFWorkbook xlsx(String login, String table) throws java.io.IOException {
        byte[] file = as(login).get("/api/insights/export.xlsx?table=" + table + "&" + PERIOD).then().statusCode(200)
                .header("Content-Type", containsString("spreadsheetml")).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getCellType() == CellType.STRING ? c.getStringCellValue()
                : String.valueOf((long) c.getNumericCellValue())));
        return out;
    }

    @Test
    void theValidationOfAPvUpdatesTheAggregatesAndTheRebuildRewritesThem() {
        ScoringFixtures.Scenario s = fixturesScoring.scenario().jurors("jury", "jury2").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        deliberation.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(0), 2, Verdict.NOT_ACQUIRED);
        DeliberationFixtures.decideAllAndSign(s, 1);
        assertThat(fixtures.aggregated(s.sessionId(), "PARTIAL_SUCCESS")).isNull();
        as("admin").post("/api/sessions/" + s.sessionId() + "/pv/validation").then().statusCode(200);
        assertThat(fixtures.aggregated(s.sessionId(), "PARTIAL_SUCCESS")).isEqualTo(1L);
        as("centre").post("/api/insights/rebuild").then().statusCode(403);
        int rebuilt = as("admin").post("/api/insights/rebuild").then().statusCode(200).extract().jsonPath()
                .getInt("sessions");
        assertThat(rebuilt).isGreaterThanOrEqualTo(4);
        assertThat(fixtures.aggregated(s.sessionId(), "PARTIAL_SUCCESS")).isEqualTo(1L);
        JsonPath r = as("centre").get("/api/insights/results?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(rates(r, "outcomes", "FULL_SUCCESS")).containsExactly(58.3, 50.0, 61.9);
    }

    @Inject
    ScoringFixtures fixturesScoring;

    @Inject
    fr.titrepro.support.DeliberationFixtures deliberation;

    /** The rates of a row of a table, population by population (null when suppressed). */
    static List<Double> rates(JsonPath report, String table, String rowKey) {
        return report.getList("tables.find { it.id == '" + table + "' }.rows.find { it.key == '" + rowKey
                + "' }.cells.rate", Double.class);
    }
}
