package fr.titrepro.security.matrix;

import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, « bad input everywhere », the CSV uploads: hostile files sent to the candidate import, synchronous and
 * in the background: a refusal is a 4xx {@code application/problem+json} with its per-line errors (or a background
 * job REFUSED), never a 500 nor a stack trace, and a refused file writes nothing (rows of every table compared).
 */
@QuarkusTest
class CsvImportBadInputTest {

    static final String HEADER = "nom_naissance;nom_usage;prenoms;sexe;date_naissance;commune_naissance;"
            + "departement_naissance;pays_naissance;email;parcours;titre;ccp;debut_formation;fin_formation;"
            + "vae_decision;vae_date;temps_supplementaire";

    @Inject
    DataSource dataSource;

    @Inject
    SessionFixtures sessions;

    static String row(String name, String firstNames, String birthDate) {
        return name + ";;" + firstNames + ";F;" + birthDate + ";Lyon;69;;;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;";
    }

    static Stream<Arguments> files() {
        String name = CandidateFixtures.uniqueName("Hostile");
        byte[] random = new byte[4096];
        new Random(20261207L).nextBytes(random);
        StringBuilder longLine = new StringBuilder(HEADER).append('\n').append(row(name, "A".repeat(2_000_000),
                "01/02/1991"));
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("a header and no row", (HEADER + "\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("no header, one row", row(name, "Anne", "01/02/1991").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("missing columns", ("nom_naissance;prenoms\n" + name + ";Anne\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("tab separator", (HEADER.replace(';', '\t') + "\n" + row(name, "Anne", "01/02/1991")
                        .replace(';', '\t') + "\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("UTF-16 with a BOM", (HEADER + "\n" + row(name, "Anne", "01/02/1991") + "\n")
                        .getBytes(StandardCharsets.UTF_16)),
                Arguments.of("Windows-1252 accents", bytes(HEADER + "\n", row(name + "\u00e9", "Ana\u00efs",
                        "01/02/1991"), StandardCharsets.ISO_8859_1)),
                Arguments.of("invalid UTF-8 bytes in a name", bytes(HEADER + "\n" + name, "\u00c3(\u00ff\u00fe;;Anne;F;"
                        + "01/02/1991;Lyon;69;;;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;", StandardCharsets.ISO_8859_1)),
                Arguments.of("formula-prefixed values", (HEADER + "\n" + row("=HYPERLINK(\"http://evil.test\")",
                        "+SUM(A1)", "01/02/1991") + "\n" + row(name, "@cmd", "-01/02/1991") + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bad dates and a huge one", (HEADER + "\n" + row(name, "Anne", "31/02/1991") + "\n"
                        + row(name, "Bea", "99999999999/01/1991") + "\n" + row(name, "Cle", "1991-02-30") + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an unclosed quote", (HEADER + "\n\"" + row(name, "Anne", "01/02/1991") + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a line of 2 MB", longLine.toString().getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a NUL byte", (HEADER + "\n" + row(name, "An\u0000ne", "01/02/1991") + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("too many columns", (HEADER + "\n" + row(name, "Anne", "01/02/1991") + ";x;y;z\n")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(String header, String row, Charset charset) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        byte[] r = row.getBytes(charset);
        byte[] all = new byte[h.length + r.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(r, 0, all, h.length, r.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHostileFileIsRefusedOrImportedNeverA500(String name, byte[] file) throws SQLException {
        sessions.centreOfStaff("centre");
        Map<String, Long> before = RowCounts.of(dataSource);
        Response r = RestAssured.given().auth().oauth2(Tokens.of("centre")).contentType("text/csv").body(file)
                .post("/api/candidates/import");
        String answer = r.asString();
        assertThat(answer).as(name).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("fr.titrepro.");
        assertThat(r.statusCode()).as(name + " → " + FormBadInputTest.abbreviate(answer)).isLessThan(500);
        if (r.statusCode() != 200) {
            assertThat(r.statusCode()).as(name).isBetween(400, 499);
            assertThat(r.contentType()).as(name).startsWith("application/problem+json");
            assertThat(JsonPath.from(answer).getString("detail")).as(name).isNotBlank();
            assertThat(RowCounts.of(dataSource)).as(name + ": nothing written").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} (background)")
    @MethodSource("files")
    void aHostileFileInTheBackgroundEndsRefusedOrDoneNeverFails(String name, byte[] file) throws Exception {
        sessions.centreOfStaff("centre");
        Map<String, Long> before = RowCounts.of(dataSource);
        Response r = RestAssured.given().auth().oauth2(Tokens.of("centre")).contentType("text/csv").body(file)
                .post("/api/candidates/import/jobs");
        assertThat(r.statusCode()).as(name + " → " + FormBadInputTest.abbreviate(r.asString())).isIn(202, 400, 413,
                415, 422);
        if (r.statusCode() != 202) {
            assertThat(r.contentType()).as(name).startsWith("application/problem+json");
            assertThat(RowCounts.of(dataSource)).as(name + ": nothing written").isEqualTo(before);
            return;
        }
        long id = r.jsonPath().getLong("id");
        Map<String, Object> job = null;
        for (int i = 0; i < 300 && (job == null || !Boolean.TRUE.equals(job.get("finished"))); i++) {
            if (job != null) {
                Thread.sleep(200);
            }
            job = RestAssured.given().auth().oauth2(Tokens.of("centre")).get("/api/candidates/import/jobs/" + id)
                    .then().statusCode(200).extract().jsonPath().getMap("");
        }
        assertThat(job).as(name).containsEntry("finished", true);
        assertThat(job.get("status")).as(name + " " + job).isIn("DONE", "REFUSED");
        if ("REFUSED".equals(job.get("status"))) {
            Map<String, Long> after = RowCounts.of(dataSource);
            // the job itself (and its error report) is the only row a refused file leaves, with the message telling
            // the centre the import ended (issue 15)
            assertThat(after.get("notification_outbox") - before.get("notification_outbox")).as(name).isEqualTo(1L);
            for (String table : List.of("candidate_import_job", "notification_outbox")) {
                after.remove(table);
                before.remove(table);
            }
            assertThat(after).as(name + ": nothing written").isEqualTo(before);
        }
    }
}
