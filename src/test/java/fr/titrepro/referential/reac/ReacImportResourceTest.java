package fr.titrepro.referential.reac;

import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Issue 13, {@code POST /api/titles/reac-imports}: the REAC read through the API (text and PDF), its refusals. */
@QuarkusTest
class ReacImportResourceTest {

    private static final String PATH = "/api/titles/reac-imports";
    private static final String TEXT = "text/plain; charset=UTF-8";

    @Inject
    TitleVersionRepository versions;

    private static RequestSpecification as(String login) {
        return RestAssured.given().auth().oauth2(Tokens.of(login));
    }

    @Test
    void theTriTextGivesItsDraftInTheReferentialFileShapeWithWhatIsMissing() {
        long before = versions.count();
        as("admin").contentType(TEXT).body(ReacTexts.text(ReacTexts.TRI).getBytes(StandardCharsets.UTF_8))
                .post(PATH).then().statusCode(200)
                .body("draft.code", equalTo("TP-00496"))
                .body("draft.acronym", equalTo("TRI"))
                .body("draft.version", equalTo("05"))
                .body("draft.validFrom", equalTo("2021-01-11"))
                .body("draft.status", nullValue())
                .body("draft.ccps", hasSize(2))
                .body("draft.ccps[1].competencies.number", equalTo(List.of(5, 6, 7, 8)))
                .body("draft.ccps[0].competencies[0].criteria[0]",
                        equalTo("Les ressources distantes sont accessibles depuis la tablette ou le poste de travail"))
                .body("draft.transversalCompetencies[0].criteria", hasSize(2))
                .body("draft.ccs", hasSize(0))
                .body("missing", equalTo(List.of("status", "ccps[0].assessments", "ccps[1].assessments")));
        assertThat(versions.count()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theTrtePdfGivesThreeCcpsAndWarnsOnWhatTheOcrChanged() {
        byte[] pdf = ReacTexts.pdf(ReacTexts.text(ReacTexts.TRTE));
        as("admin").contentType("application/pdf").body(pdf).post(PATH).then().statusCode(200)
                .body("draft.acronym", equalTo("TRTE"))
                .body("draft.level", equalTo(4))
                .body("draft.ccps", hasSize(3))
                .body("draft.ccps[2].competencies.number", equalTo(List.of(11, 12, 13, 14)))
                .body("draft.ccps[0].competencies[0].criteria[2]", equalTo("La traçabilité des interventions est assurée."))
                .body("missing", hasItems("code", "version", "validFrom"))
                .body("warnings.message", hasItem(containsString("nomenclature de 1969")))
                .body("warnings.where", hasItem("compétence 1, critère 2"));
    }

    @Test
    void onlyTheAdminMayImport() {
        byte[] text = ReacTexts.text(ReacTexts.TRI).getBytes(StandardCharsets.UTF_8);
        as("centre").contentType(TEXT).body(text).post(PATH).then().statusCode(403);
        RestAssured.given().contentType(TEXT).body(text).post(PATH).then().statusCode(401);
    }

    @Test
    void anEmptyFileIsRefusedInFrench() {
        refused(as("admin").contentType(TEXT).body(new byte[0]).post(PATH), 400, "Le fichier est vide");
        refused(as("admin").contentType("application/pdf").body(new byte[0]).post(PATH), 400, "Le fichier est vide");
    }

    @Test
    void aMalformedPdfIsRefusedInFrench() {
        byte[] broken = Arrays.copyOf(ReacTexts.pdf("Texte"), 400);
        refused(as("admin").contentType("application/pdf").body(broken).post(PATH), 400, "endommagé ou illisible");
        refused(as("admin").contentType("application/pdf").body("pas un pdf".getBytes(StandardCharsets.UTF_8))
                .post(PATH), 400, "n'est pas un PDF");
    }

    @Test
    void aPdfThatIsNotAReacIsRefusedWithTheReason() {
        byte[] invoice = ReacTexts.pdf("Facture n° 2024-118\nMontant : 1 200 €\nMerci de votre confiance.");
        refused(as("admin").contentType("application/pdf").body(invoice).post(PATH), 400, "n'est pas un REAC");
    }

    @Test
    void aReacOfUnknownLayoutIsRefusedInsteadOfGuessed() {
        String text = "REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL\nFICHE EMPLOI TYPE\nAgent de test\n";
        refused(as("admin").contentType(TEXT).body(text.getBytes(StandardCharsets.UTF_8)).post(PATH), 400,
                "mise en page de ce REAC n'est pas reconnue");
    }

    @Test
    void aTextThatIsNotUtf8IsRefusedInFrench() {
        byte[] latin1 = "Référentiel emploi activités compétences".getBytes(StandardCharsets.ISO_8859_1);
        refused(as("admin").contentType("text/plain; charset=ISO-8859-1").body(latin1).post(PATH), 400, "UTF-8");
    }

    @Test
    void aThirtyMegabyteFileIsRefusedInFrenchBeforeBeingRead() {
        long before = versions.count();
        byte[] huge = new byte[30 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        refused(as("admin").contentType("application/pdf").body(huge).post(PATH), 413, "trop volumineux");
        assertThat(versions.count()).isEqualTo(before);
    }

    private static void refused(Response response, int status, String reason) {
        response.then().statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString(reason));
    }
}
