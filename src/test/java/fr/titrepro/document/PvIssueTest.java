package fr.titrepro.document;

import fr.titrepro.document.render.PvData;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.support.PdfText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static fr.titrepro.document.DocumentSamples.PV_CANDIDATES;
import static fr.titrepro.document.DocumentSamples.PV_JURY;
import static fr.titrepro.document.DocumentSamples.PV_SIGNATURES;
import static fr.titrepro.document.DocumentSamples.TRI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PV de session issued (signed, stored, versioned by its rectifications) and previewed before signature. */
@QuarkusTest
class PvIssueTest {

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issued;

    @Inject
    IssuedDocumentRepository repository;

    @Test
    void aSignedPvIsIssuedForTheSessionAndARectificationSupersedesIt() {
        long session = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        IssuedDocument v1 = documents.issuePv(pv(session, 1, PV_SIGNATURES));
        assertThat(v1.kind).isEqualTo(DocumentKind.PV);
        assertThat(v1.seriesKey).isEqualTo("PV/" + session);
        assertThat(v1.candidateId).isNull();
        assertThat(v1.holderName).isEqualTo("Centre de formation Rhône Réseaux");
        assertThat(v1.titleCode).isEqualTo("TP-00496");
        assertThat(v1.outcome).isEqualTo("Procès-verbal de session");
        assertThat(v1.eventDate).isEqualTo(LocalDate.of(2026, 3, 12));
        byte[] pdf = QuarkusTransaction.requiringNew().call(() -> issued.pdf(repository.findById(v1.id)));
        assertThat(SignatureChecks.javaVerdict(pdf)).isEqualTo(SignatureChecks.Verdict.VALID);
        assertThat(PdfText.text(pdf)).contains(v1.code, "/verify/" + v1.code, "Lucas MARTIN",
                "signé dans titrepro le 12 mars 2026 à 17h42").doesNotContain("PROJET");
        // validating twice issues nothing new
        assertThat(documents.issuePv(pv(session, 1, PV_SIGNATURES)).id).isEqualTo(v1.id);

        IssuedDocument v2 = documents.issuePv(pv(session, 2, PV_SIGNATURES));
        assertThat(v2.version).isEqualTo(2);
        assertThat(v2.outcome).isEqualTo("Procès-verbal de session – rectificatif n° 1");
        IssuedDocument old = QuarkusTransaction.requiringNew().call(() -> repository.findById(v1.id));
        assertThat(old.status).isEqualTo(DocumentStatus.SUPERSEDED);
    }

    @Test
    void aPvWithoutSignatureIsNotIssuedButCanBePreviewedAsADraft() {
        long session = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        PvData draft = pv(session, 1, List.of());
        assertThatThrownBy(() -> documents.issuePv(draft)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("signatures", "pvDate"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.count("seriesKey", "PV/" + session)))
                .isZero();

        String text = PdfText.text(documents.previewPv(draft));
        assertThat(text).contains("PROJET – NON SIGNÉ", "Sophie Lefèvre en attente de signature", "Camille Durand")
                .doesNotContain("/verify/");
    }

    @Test
    void aPvWithoutJuryIsRefusedEvenAsADraft() {
        PvData noJury = new PvData(1L, 1, "Session titre", TRI, null, "Centre", "12345678900021", "Lyon",
                LocalDate.of(2026, 3, 10), null, List.of(), PV_CANDIDATES, null, null, null, null);
        assertThatThrownBy(() -> documents.previewPv(noJury)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("jury"));
    }

    /** DOMAIN "Documents": the DREETS of the session's region validates; one without a signatory issues nothing. */
    @Test
    void aPvOfASessionInARegionIsValidatedInTheNameOfThatRegionsDreets() {
        long session = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        IssuedDocument nantes = documents.issuePv(pv(session, 1, PV_SIGNATURES), Region.PDL);
        String text = PdfText.text(QuarkusTransaction.requiringNew().call(() -> issued.pdf(nantes)));
        assertThat(text).contains("Yann Le Goff").doesNotContain("Camille Durand");
        assertThat(PdfText.text(documents.previewPv(pv(session, 1, List.of()), Region.PDL))).contains("Yann Le Goff");
        long other = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        assertThatThrownBy(() -> documents.issuePv(pv(other, 1, PV_SIGNATURES), Region.BRE))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage())
                        .contains("Aucun signataire n'est configuré pour la DREETS de la région Bretagne"));
    }

    private static PvData pv(long session, int version, List<PvData.Signature> signatures) {
        PvData d = DocumentSamples.pv(PV_CANDIDATES, signatures);
        return new PvData(session, version, d.sessionKind(), d.title(), d.ccs(), d.centreName(), d.centreSiret(),
                d.site(), d.startDate(), d.endDate(), PV_JURY, d.candidates(), d.incidents(), d.signatures(),
                d.rectifications(), d.pvDate());
    }
}
