package fr.titrepro.document.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.security.Roles;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The credential twin through the real endpoints (issue 16): what a relying party fetches, what the candidate
 * downloads, what the verification page concludes, and what an implementation we did not write (jose, on Node)
 * concludes, for a valid, a revoked, a superseded and a tampered credential.
 */
@QuarkusTest
class CredentialResourceTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issued;

    @Inject
    IssuerKeys keys;

    @Inject
    fr.titrepro.referential.TitleCatalog catalog;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aParcheminsCredentialSaysWhatItsPdfSays() throws Exception {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument parchemin = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        String jwt = credential(parchemin.code);
        JWSObject jws = JWSObject.parse(jwt);
        assertThat(jws.getHeader().getType().getType()).isEqualTo("vc+jwt");
        assertThat(jws.getHeader().getKeyID()).isEqualTo(keys.current().getKeyID()).startsWith("did:web:");
        JsonNode vc = json.readTree(jws.getPayload().toString());
        assertThat(vc.at("/type/1").asText()).isEqualTo("OpenBadgeCredential");
        assertThat(vc.at("/@context/0").asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(vc.at("/credentialStatus/type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(vc.at("/credentialStatus/statusListIndex").asText())
                .isEqualTo(Long.toString(BitstringStatusList.position(parchemin.id).index()));

        String text = PdfText.text(issued.pdf(parchemin)).replaceAll("\\s+", " ");
        JsonNode achievement = vc.at("/credentialSubject/achievement");
        assertThat(text).contains(achievement.at("/humanCode").asText(), "Technicien réseaux IP",
                vc.at("/credentialSubject/identifier/0/identityHash").asText());
        for (JsonNode alignment : achievement.at("/alignment")) {
            if (List.of("RNCP", "CNCP/CEC").contains(alignment.at("/targetFramework").asText())) {
                assertThat(text).contains(alignment.at("/targetName").asText());
            }
        }
        // issue 16: the référentiel's CCPs and their competencies, as alignments and in the criteria
        assertThat(reacAlignments(achievement)).containsExactlyElementsOf(referential(1, 2));
        assertThat(achievement.at("/alignment").findValuesAsText("targetFramework"))
                .contains("REAC TP-00496 version 05");
        referential(1, 2).forEach(line -> assertThat(achievement.at("/criteria/narrative").asText())
                .contains(line.startsWith("CCP ") ? line.substring(line.indexOf(" – ") + 3) : line));
        JsonNode birth = vc.at("/credentialSubject/identifier/1");
        assertThat(birth.at("/hashed").asBoolean()).isTrue();
        assertThat(birth.at("/identityHash").asText())
                .isEqualTo(OpenBadgeCredential.hash(c.identity.birthDate + birth.at("/salt").asText()));
        assertThat(jwt).doesNotContain(c.identity.birthDate.toString());
    }

    /**
     * Issue 16: a CCP held has its own credential — the CCP and its competencies as the référentiel states them,
     * the same holder, CCP, date and place as the livret prints — verified, revoked and published like the others.
     */
    @Test
    void aCcpHeldHasItsOwnCredentialThatSaysWhatTheLivretSays() throws Exception {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument livret = fixtures.issueTriLivret(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument ccp = fixtures.issueTriCcpCredential(c.id, 1);
        assertThat(ccp.kind).isEqualTo(fr.titrepro.document.DocumentKind.CCP);
        String jwt = credential(ccp.code);
        JsonNode vc = json.readTree(JWSObject.parse(jwt).getPayload().toString());
        JsonNode achievement = vc.at("/credentialSubject/achievement");
        assertThat(achievement.at("/achievementType").asText()).isEqualTo("Certificate");
        assertThat(reacAlignments(achievement)).containsExactlyElementsOf(referential(1));
        String livretText = PdfText.text(issued.pdf(livret)).replaceAll("\\s+", " ");
        String ccpName = referential(1).getFirst().substring("CCP 1 – ".length());
        assertThat(livretText).contains(ccpName, ccp.holderName, achievement.at("/humanCode").asText());
        assertThat(vc.at("/name").asText()).contains("CCP 1 – " + ccpName);
        assertThat(achievement.at("/criteria/narrative").asText()).contains("Obtenu le 2026-03-12 à Lyon");
        assertThat(vc.at("/credentialSubject/identifier/0/identityHash").asText()).isEqualTo(livret.holderName);
        JsonNode birth = vc.at("/credentialSubject/identifier/1");
        assertThat(birth.at("/identityHash").asText())
                .isEqualTo(OpenBadgeCredential.hash(c.identity.birthDate + birth.at("/salt").asText()));

        verdict(jwt, "Justificatif valide.");
        given().accept(ContentType.JSON).get("/verify/" + ccp.code).then().statusCode(200)
                .body("kind", equalTo("CCP")).body("valid", equalTo(true));
        assertThat(bit(statusListOf(jwt), ccp.id)).isFalse();
        issued.revoke(ccp.code, "Erreur de saisie du CCP");
        verdict(jwt, "Justificatif révoqué.");
        assertThat(bit(statusListOf(jwt), ccp.id)).isTrue();
        verdict(tampered(jwt), "Justificatif falsifié ou illisible.");
    }

    @Test
    void revocationAndSupersessionReachTheStatusListAndTheVerificationPage() throws Exception {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument first = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        String firstJwt = credential(first.code);
        verdict(firstJwt, "Justificatif valide.");
        IssuedDocument second = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 13), "Lyon");
        verdict(firstJwt, "Justificatif remplacé.");
        assertThat(bit(statusListOf(firstJwt), first.id)).isTrue();
        String secondJwt = credential(second.code);
        assertThat(bit(statusListOf(secondJwt), second.id)).isFalse();
        issued.revoke(second.code, "Erreur matérielle");
        verdict(secondJwt, "Justificatif révoqué.");
        assertThat(bit(statusListOf(secondJwt), second.id)).isTrue();
        verdict(tampered(secondJwt), "Justificatif falsifié ou illisible.");
        given().contentType(ContentType.URLENC).formParam("credential", "").post("/verify/credential")
                .then().statusCode(200).body(containsString("Collez le justificatif"));
        // the same checks for the file, uploaded instead of pasted
        given().multiPart("credentialFile", "parchemin.credential.json", secondJwt.getBytes(), "application/json")
                .post("/verify/credential").then().statusCode(200).body(containsString("Justificatif révoqué."));
        given().multiPart("credentialFile", "autre.json", tampered(firstJwt).getBytes(), "application/json")
                .post("/verify/credential").then().statusCode(200).body(containsString("Justificatif falsifié ou illisible."));
        given().multiPart("credentialFile", "vide.json", new byte[0], "application/json")
                .post("/verify/credential").then().statusCode(200).body(containsString("Choisissez le fichier"));
        given().get("/api/credentials/ABCD-EFGH-JKMN").then().statusCode(404);
    }

    /** The DID document keeps every key: a credential signed before a rotation still verifies after it. */
    @Test
    void aCredentialSignedBeforeAKeyRotationStillVerifies() {
        IssuedDocument d = fixtures.issueTriParchemin(fixtures.newCandidate(null).id, LocalDate.of(2026, 3, 12),
                "Lyon");
        String before = credential(d.code);
        String rotated = keys.rotate().getKeyID();
        given().get("/.well-known/did.json").then().statusCode(200)
                .body("verificationMethod.id", org.hamcrest.Matchers.hasItems(rotated,
                        jwsKid(before)))
                .body("verificationMethod[0].publicKeyJwk.d", org.hamcrest.Matchers.nullValue());
        verdict(before, "Justificatif valide.");
        assertThat(jwsKid(credential(d.code))).isEqualTo(rotated);
    }

    @Test
    @TestSecurity(user = "candidat", roles = Roles.CANDIDATE)
    void theCandidateDownloadsTheJsonFileAndItsQrCode() {
        IssuedDocument parchemin = fixtures.lucasWithParchemin();
        // issue 16: his CCP 1 too, a credential without PDF
        IssuedDocument ccp = fixtures.issueTriCcpCredential(parchemin.candidateId, 1);
        String ccpFile = given().get("/me/documents/" + ccp.id + "/credential").then().statusCode(200)
                .header("Content-Disposition", containsString("ccp-TP-00496-"))
                .extract().asString();
        verdict(ccpFile, "Justificatif valide.");
        given().get("/api/me/documents/" + ccp.id + "/pdf").then().statusCode(404);
        given().get("/api/me/documents").then().statusCode(200)
                .body("find { it.id == " + ccp.id + " }.pdfUrl", org.hamcrest.Matchers.nullValue())
                .body("find { it.id == " + ccp.id + " }.kind", equalTo("CCP"));
        String file = given().get("/api/me/documents/" + parchemin.id + "/credential").then().statusCode(200)
                .header("Content-Disposition", containsString(".credential.json"))
                .body("type", equalTo("EnvelopedVerifiableCredential"))
                .extract().asString();
        verdict(file, "Justificatif valide.");
        given().get("/me/documents/" + parchemin.id + "/credential/qr").then().statusCode(200)
                .contentType("image/svg+xml").body(containsString("<svg"));
        given().accept("text/html").get("/me/documents").then().statusCode(200)
                .body(containsString("/me/documents/" + parchemin.id + "/credential"));
    }

    /** jose (npm), not our code, checks the signature against did.json and decodes the status list's bit. */
    @Test
    void anImplementationWeDidNotWriteAgrees() throws Exception {
        assumeTrue(NodeJose.available(), "node/npm absents : vérification indépendante (jose) non exécutée");
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument valid = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        Candidate partial = fixtures.newCandidate(null);
        fixtures.hold(partial.id, "TP-00496", "05", 1, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument revoked = fixtures.issueTriLivret(partial.id, LocalDate.of(2026, 3, 12), "Lyon");
        String validJwt = credential(valid.code);
        String revokedJwt = credential(revoked.code);
        issued.revoke(revoked.code, "Fraude");
        String did = given().get("/.well-known/did.json").then().statusCode(200).extract().asString();

        JsonNode ok = NodeJose.verify(validJwt, did, statusListOf(validJwt));
        assertThat(ok.at("/signature").asText()).isEqualTo("valid");
        assertThat(ok.at("/statusList").asText()).isEqualTo("valid");
        assertThat(ok.at("/revoked").asBoolean()).isFalse();
        assertThat(ok.at("/type/1").asText()).isEqualTo("OpenBadgeCredential");

        JsonNode gone = NodeJose.verify(revokedJwt, did, statusListOf(revokedJwt));
        assertThat(gone.at("/signature").asText()).isEqualTo("valid");
        assertThat(gone.at("/revoked").asBoolean()).isTrue();

        JsonNode forged = NodeJose.verify(tampered(validJwt), did, statusListOf(validJwt));
        assertThat(forged.at("/signature").asText()).isEqualTo("invalid");
    }

    /** The targetName of the alignments on the référentiel (REAC): CCPs and competencies, in order. */
    private static List<String> reacAlignments(JsonNode achievement) {
        List<String> names = new java.util.ArrayList<>();
        achievement.at("/alignment").forEach(a -> {
            if (a.at("/targetFramework").asText().startsWith("REAC ")) {
                names.add(a.at("/targetName").asText());
            }
        });
        return names;
    }

    /** « CCP n – name » then each of its competencies, read from the référentiel in the database. */
    private List<String> referential(int... ccps) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            List<String> lines = new java.util.ArrayList<>();
            for (fr.titrepro.referential.Ccp ccp : catalog.get("TP-00496", "05").ccps) {
                if (java.util.Arrays.stream(ccps).anyMatch(n -> n == ccp.number)) {
                    lines.add("CCP " + ccp.number + " – " + ccp.name);
                    ccp.competencies.stream().sorted(java.util.Comparator.comparing(x -> x.number))
                            .forEach(x -> lines.add(x.name));
                }
            }
            assertThat(lines).as("the référentiel has competencies").hasSizeGreaterThan(ccps.length);
            return lines;
        });
    }

    private String credential(String code) {
        return given().get("/api/credentials/" + code).then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString();
    }

    private void verdict(String pasted, String expected) {
        given().contentType(ContentType.URLENC).formParam("credential", pasted).post("/verify/credential")
                .then().statusCode(200).body(containsString(expected));
    }

    private String statusListOf(String jwt) throws Exception {
        String url = String.valueOf(((Map<?, ?>) JWSObject.parse(jwt).getPayload().toJSONObject()
                .get("credentialStatus")).get("statusListCredential"));
        return given().get(url.substring(url.indexOf("/api/"))).then().statusCode(200).extract().asString();
    }

    private boolean bit(String statusListJwt, long documentId) throws Exception {
        JsonNode list = json.readTree(JWSObject.parse(statusListJwt).getPayload().toString());
        return BitstringStatusList.isSet(list.at("/credentialSubject/encodedList").asText(),
                BitstringStatusList.position(documentId).index());
    }

    private static String jwsKid(String jwt) {
        try {
            return JWSObject.parse(jwt).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same JWT with the holder's name changed in the payload (signature untouched). */
    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String changed = payload.replaceFirst("\"identityHash\":\"[^\"]*\"", "\"identityHash\":\"Jean DUPONT\"");
        assertThat(changed).isNotEqualTo(payload);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
