package fr.titrepro.candidate;

import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.SmtpServer;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: « centre: import job finished (counts, link to errors) » — a background import through the API, then the
 * sender: one message to the centre's contact address, delivered to the real SMTP server (GreenMail).
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class ImportFinishedMailTest {

    static final String HEADER = "nom_naissance;nom_usage;prenoms;sexe;date_naissance;commune_naissance;"
            + "departement_naissance;pays_naissance;email;parcours;titre;ccp;debut_formation;fin_formation;vae_decision;"
            + "vae_date;temps_supplementaire\n";

    @Inject
    MailFixtures mails;

    @Test
    void theCentreIsToldWhenItsBackgroundImportEnds() throws InterruptedException {
        String address = mails.centreContact("centre");
        String ok = HEADER + CandidateFixtures.uniqueName("Courriel") + ";;Anne;F;01/02/1991;Lyon;69;;;FORMATION;TP-00496;;"
                + "01/09/2025;30/06/2026;;;\n";
        finished(start(ok));
        String bad = HEADER + ";;Anne;F;31/02/1991;Lyon;69;;;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;\n";
        finished(start(bad));
        mails.drain();
        List<MailFixtures.Received> got = MailFixtures.receivedBy(address);
        assertThat(got).extracting(MailFixtures.Received::subject).containsExactlyInAnyOrder(
                "Import de candidats terminé : réussi",
                "Import de candidats terminé : refusé, rien n'a été enregistré");
        assertThat(got).filteredOn(m -> m.subject().endsWith("réussi")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("1 créé").contains("/candidates/import"));
        assertThat(got).filteredOn(m -> m.subject().contains("refusé")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("ligne(s) en erreur").contains("rapport ligne par ligne"));
        mails.drain();
        assertThat(MailFixtures.receivedBy(address)).hasSize(2); // sent once each
    }

    private static long start(String csv) {
        return ScoringFixtures.as("centre").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import/jobs").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static void finished(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (io.restassured.RestAssured.given().auth().oauth2(fr.titrepro.support.Tokens.of("centre"))
                    .get("/api/candidates/import/jobs/" + id).then().statusCode(200)
                    .extract().jsonPath().getBoolean("finished")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("l'import " + id + " ne se termine pas");
    }
}
