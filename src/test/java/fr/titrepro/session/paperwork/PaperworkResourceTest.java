package fr.titrepro.session.paperwork;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.security.Roles;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;

/**
 * The paperwork of a session day through the real endpoints (issue 18): the feuilles d'émargement, the émargement
 * ticked on the tablet (by the centre and a juror of the session; others get 404) which shows on the deliberation
 * board and on the PV and is read-only once the PV is signed; the ZIP of every convocation; the results as .xlsx and
 * .csv, for the organising centre and the administration only.
 */
@QuarkusTest
class PaperworkResourceTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    SessionFixtures sessions;

    @Inject
    CentreFixtures centres;

    /** A small PNG as the tablet's canvas sends it. */
    static String signature() throws Exception {
        BufferedImage image = new BufferedImage(160, 50, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 0, 145));
        g.drawLine(10, 40, 60, 10);
        g.drawLine(60, 10, 140, 35);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static Map<String, Object> tick(String epreuve, Boolean present, String signature) {
        Map<String, Object> body = new HashMap<>();
        body.put("epreuve", epreuve);
        body.put("present", present);
        body.put("signature", signature);
        return body;
    }

    /**
     * Two trainees of centre's centre in a session titre TRI today in Lyon, both with 33 % extra time and a reader;
     * the jury agreed both CCPs of the first (the second will be absent).
     */
    ScoringFixtures.Scenario session() {
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(2)
                .accommodations(33, "Secrétaire lecteur").create();
        sessions.siteIn(s.sessionId(), "69003", "Lyon");
        centres.centreOf("centre2");
        scoring.juror("jury3");
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        return s;
    }

    @Test
    void theEmargementTickedOnTheTabletIsOnTheSheetsAndThePvAndFrozenOnceThePvIsSigned() throws Exception {
        ScoringFixtures.Scenario s = session();
        JsonPath sheets = as("jury").get(path(s, "/emargement")).then().statusCode(200)
                .body("open", equalTo(true)).extract().jsonPath();
        String first = sheets.getString("sheets[0].epreuve");
        assertThat(first).startsWith("CCP 1 – ");
        assertThat(sheets.getList("sheets[0].candidates.enrolmentId", Long.class))
                .containsExactlyInAnyOrderElementsOf(s.enrolmentIds());
        assertThat(sheets.getList("sheets[0].candidates.accommodations", String.class))
                .allSatisfy(a -> assertThat(a).contains("Temps majoré de 33 %", "Secrétaire lecteur"));
        List<String> epreuves = sheets.getList("sheets.epreuve", String.class);
        assertThat(epreuves).contains("Entretien final");

        // only the organising centre, the administration and the session's jurors
        as("centre2").get(path(s, "/emargement")).then().statusCode(404);
        as("jury3").get(path(s, "/emargement")).then().statusCode(404);
        as("jury3").body(tick(first, false, null)).put(path(s, "/emargement/" + s.enrolment(1)))
                .then().statusCode(404);
        as("centre2").body(tick(first, false, null)).put(path(s, "/emargement/" + s.enrolment(1)))
                .then().statusCode(404);
        as("candidat").get(path(s, "/emargement")).then().statusCode(403);
        as("admin").get(path(s, "/emargement.pdf")).then().statusCode(200);

        // bad ticks: problem+json per field, nothing written
        as("centre").body(tick(first, true, null)).put(path(s, "/emargement/" + s.enrolment(0))).then()
                .statusCode(400).contentType("application/problem+json").body("title", equalTo("Données invalides"))
                .body("errors.field", hasItem("signature"));
        as("centre").body(tick("Épreuve inventée", false, null)).put(path(s, "/emargement/" + s.enrolment(0)))
                .then().statusCode(400).body("errors.field", hasItem("epreuve"));
        as("centre").body(Map.of()).put(path(s, "/emargement/" + s.enrolment(0))).then().statusCode(400)
                .body("errors.field", hasItem("present"));
        as("jury").get(path(s, "/emargement")).then().body("sheets[0].candidates.present", everyItem(nullValue()));

        // the juror ticks candidate 0 present with their signature, the centre ticks candidate 1 absent
        as("jury").body(tick(first, true, signature())).put(path(s, "/emargement/" + s.enrolment(0))).then()
                .statusCode(200).body("present", equalTo(true)).body("signed", equalTo(true))
                .body("recordedBy", equalTo("jury"));
        as("centre").body(tick(first, false, null)).put(path(s, "/emargement/" + s.enrolment(1))).then()
                .statusCode(200).body("present", equalTo(false)).body("signed", equalTo(false));
        JsonPath after = as("centre").get(path(s, "/emargement")).then().statusCode(200).extract().jsonPath();
        assertThat(presence(after, s.enrolment(0))).isEqualTo(true);
        assertThat(presence(after, s.enrolment(1))).isEqualTo(false);

        byte[] pdf = as("centre").get(path(s, "/emargement.pdf")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfText.text(pdf);
        assertThat(text).contains("FEUILLE D'ÉMARGEMENT", first, "Temps majoré de 33 %", "Signature du candidat",
                "Présent", "Absent", "émargé le", "par jury", "Membre du jury", "Surveillant");
        assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(epreuves.size());

        // the jury deliberates (the émargement is shown where it records attendance) and signs: the PV says it
        decide(s, 0, decision("PRESENT", "HELD_FAVOURABLY"));
        decide(s, 1, decision("ABSENT", null));
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200).body("status", equalTo("CLOSED"));
        String pv = PdfText.text(as("centre").get(path(s, "/pv.pdf")).then().statusCode(200).extract().asByteArray());
        assertThat(pv).contains("Émargement", first, "Absent", "Présent", "centre, ", "jury, ");

        // read-only once the PV is signed
        as("centre").body(tick(first, true, signature())).put(path(s, "/emargement/" + s.enrolment(1))).then()
                .statusCode(409).body("detail", containsString("lecture seule"));
        as("jury").get(path(s, "/emargement")).then().statusCode(200).body("open", equalTo(false));
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void theDeliberationBoardShowsWhoTheEmargementSaysWasAbsent() {
        ScoringFixtures.Scenario s = session();
        String first = as("centre").get(path(s, "/emargement")).then().extract().jsonPath()
                .getString("sheets[0].epreuve");
        as("centre").body(tick(first, false, null)).put(path(s, "/emargement/" + s.enrolment(1))).then()
                .statusCode(200);
        given().accept("text/html").get("/sessions/" + s.sessionId() + "/deliberation").then().statusCode(200)
                .body(containsString("id=\"emargement-" + s.enrolment(1) + "\""),
                        containsString("Émargement : absent à " + first));
        given().accept("text/html").get("/sessions/" + s.sessionId() + "/emargement").then().statusCode(200)
                .body(containsString("Feuilles d'émargement"), containsString("Absent"));
    }

    @Test
    void theZipHoldsEveryConvocationOfTheSessionForItsCentreOnly() throws Exception {
        ScoringFixtures.Scenario s = session();
        byte[] zip = as("centre").get(path(s, "/convocations.zip")).then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", containsString("convocations-session-"))
                .extract().asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).filteredOn(n -> n.startsWith("candidats/")).hasSize(2);
        assertThat(entries.keySet()).filteredOn(n -> n.startsWith("jury/")).hasSize(2);
        assertThat(entries.keySet()).allSatisfy(n -> assertThat(n).matches("(candidats|jury)/[A-Za-z0-9-]+\\.pdf"));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertThat(new String(e.getValue(), 0, 5, StandardCharsets.ISO_8859_1)).as(e.getKey()).isEqualTo("%PDF-");
            assertThat(PdfText.text(e.getValue())).as(e.getKey()).contains("Convocation");
        }
        assertThat(entries.entrySet()).filteredOn(e -> e.getKey().startsWith("jury/"))
                .allSatisfy(e -> assertThat(PdfText.text(e.getValue())).contains("Convocation du jury"));

        as("admin").get(path(s, "/convocations.zip")).then().statusCode(200);
        as("centre2").get(path(s, "/convocations.zip")).then().statusCode(404);
        as("jury").get(path(s, "/convocations.zip")).then().statusCode(403);
    }

    @Test
    void theResultsOfAValidatedSessionAreASpreadsheetAndACsvForItsCentreAndTheAdministration() throws Exception {
        ScoringFixtures.Scenario s = session();
        as("centre").get(path(s, "/results.xlsx")).then().statusCode(422)
                .body("detail", containsString("procès-verbal signé"));
        decide(s, 0, decision("PRESENT", "HELD_FAVOURABLY"));
        decide(s, 1, decision("ABSENT", null));
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200).body("documents", equalTo(1));
        String reference0 = as("centre").get(path(s, "/emargement")).then().statusCode(200).extract().jsonPath()
                .getString("sheets[0].candidates.find { it.enrolmentId == " + s.enrolment(0) + " }.reference");

        byte[] xlsx = as("centre").get(path(s, "/results.xlsx")).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Résultats");
            assertThat(sheet).isNotNull();
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("Référence", "Nom de naissance", "Nom d'usage", "Prénoms",
                    "Date de naissance", "Présence");
            assertThat(headers).contains("Entretien final", "Résultat", "Documents délivrés", "Date du PV");
            assertThat(headers.get(6)).startsWith("CCP 1 – ");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row winner = rowOf(sheet, reference0);
            assertThat(winner.getCell(headers.indexOf("Présence")).getStringCellValue()).isEqualTo("Présent");
            assertThat(winner.getCell(6).getStringCellValue()).isEqualTo("Acquis");
            assertThat(winner.getCell(headers.indexOf("Résultat")).getStringCellValue()).isEqualTo("Titre obtenu");
            assertThat(winner.getCell(headers.indexOf("Documents délivrés")).getStringCellValue())
                    .startsWith("Parchemin (code ");
            var born = winner.getCell(headers.indexOf("Date de naissance"));
            assertThat(DateUtil.isCellDateFormatted(born)).isTrue();
            var pvDate = winner.getCell(headers.indexOf("Date du PV"));
            assertThat(DateUtil.isCellDateFormatted(pvDate)).isTrue();
            assertThat(pvDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(
                    java.time.ZoneId.of("Europe/Paris")));
        }

        String csv = new String(as("admin").get(path(s, "/results.csv")).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFRéférence;Nom de naissance;Nom d'usage;Prénoms;Date de naissance");
        assertThat(lines).hasSize(3);
        assertThat(lines).filteredOn(l -> l.startsWith(reference0)).singleElement()
                .satisfies(l -> assertThat(l).contains(";Présent;Acquis;Acquis;", ";Titre obtenu;Parchemin (code ",
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(
                                java.time.ZoneId.of("Europe/Paris")))));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(";Absent;").contains(";Absent;"));

        as("centre2").get(path(s, "/results.xlsx")).then().statusCode(404);
        as("centre2").get(path(s, "/results.csv")).then().statusCode(404);
        as("jury").get(path(s, "/results.csv")).then().statusCode(403);
    }

    /** The jury's decision on a candidate (the session moves to « En délibération » first). */
    private void decide(ScoringFixtures.Scenario s, int candidate, Map<String, Object> body) {
        scoring.setStatus(s.sessionId(), fr.titrepro.session.SessionStatus.DELIBERATION);
        as("jury").body(body).put(path(s, "/deliberation/" + s.enrolment(candidate))).then().statusCode(200);
    }

    private static Boolean presence(JsonPath sheets, long enrolmentId) {
        return sheets.getBoolean("sheets[0].candidates.find { it.enrolmentId == " + enrolmentId + " }.present");
    }

    private static Row rowOf(Sheet sheet, String reference) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && reference.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("Aucune ligne pour " + reference);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
