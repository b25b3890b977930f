package fr.titrepro.document;

import fr.titrepro.document.render.PvData;
import fr.titrepro.document.render.PvPdf;
import fr.titrepro.document.verification.VerificationStamp;
import fr.titrepro.support.PdfText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fr.titrepro.document.DocumentSamples.AUTHORITY;
import static fr.titrepro.document.DocumentSamples.PV;
import static fr.titrepro.document.DocumentSamples.PV_CANDIDATES;
import static fr.titrepro.document.DocumentSamples.PV_JURY;
import static fr.titrepro.document.DocumentSamples.STAMP;
import static fr.titrepro.document.DocumentSamples.TRI;
import static org.assertj.core.api.Assertions.assertThat;

/** The procès-verbal de session read back from the PDF: every mention, the draft, a session of 250 candidates. */
class PvPdfTest {

    @Test
    void signedPvStatesTheSessionTheJuryEachCandidateTheIncidentsAndTheSignatures() {
        byte[] pdf = PvPdf.render(PV, AUTHORITY, STAMP);
        String text = PdfText.text(pdf);
        assertThat(text).contains(
                "RÉPUBLIQUE", "FRANÇAISE", "MINISTÈRE CHARGÉ DE L'EMPLOI", "PROCÈS-VERBAL DE SESSION",
                // the session: title, code and version, level, kind, centre, SIRET, site, dates, date of the PV
                "Technicien réseaux IP (TRI)", "TP-00496 – version 05",
                "Niveau 4 du cadre national des certifications professionnelles", "Session titre",
                "Centre de formation Rhône Réseaux", "12345678900021",
                "Site de Villeurbanne – 12 rue Francis de Pressensé, 69100 Villeurbanne",
                "du 10 mars 2026 au 12 mars 2026", "Date du procès-verbal 12 mars 2026",
                "CCP 1 – Intervenir sur un réseau IP ; CCP 2 – Installer et maintenir des réseaux IP",
                // the jury
                "Sophie Lefèvre Administratrice réseaux Orange Business",
                "Karim Benali Technicien support et réseaux Hospices civils de Lyon",
                // candidates: CCP decisions, entretien final, override with its reason, fraud report, notes
                "C-2026-0001 Lucas MARTIN 14/05/1998 Présent CCP 1 : Acquis CCP 2 : Acquis Favorable Titre obtenu",
                "CCP 1 : Acquis CCP 2 : Non acquis Non tenu Réussite partielle",
                "CCP 2 non acquis : le titre n'est pas délivré ; le CCP 1 est acquis.",
                "Décision du jury : Titre obtenu (résultat calculé : Réussite partielle) – motif : Entretien final "
                        + "interrompu par une panne du matériel de visioconférence, repris et jugé favorable par le "
                        + "jury au complet",
                "Fraude : Usage d'un téléphone portable pendant la mise en situation professionnelle",
                "Hugo FAURE 09/03/1987 Absent — — Absent",
                // counts per outcome
                "Synthèse – 5 candidats : Titre obtenu : 2 · Réussite partielle : 1 · Fraude : 1 · Absent : 1",
                // incidents (Paris time), of the session and of a candidate, and the fraud recalled
                "10 mars 2026 à 09h15 Sophie Lefèvre Session Coupure d'électricité de 20 minutes en salle B",
                "11 mars 2026 à 10h40 Karim Benali Léa ROUX Téléphone portable allumé",
                "Fraude consignée – Léa ROUX : Usage d'un téléphone portable",
                // signatures (Paris time), the electronic signature sentence, the authority, the verification
                "Sophie Lefèvre (identifiant slefevre) signé dans titrepro le 12 mars 2026 à 17h42",
                "Karim Benali (identifiant kbenali) signé dans titrepro le 12 mars 2026 à 17h55",
                "signé électroniquement par les membres du jury dans titrepro",
                "puis validé par l'autorité compétente",
                "Pour le ministre et par délégation, le directeur régional", "Camille Durand",
                "7KQM-3XPA-9HTV", "http://127.0.0.1:8080/verify/7KQM-3XPA-9HTV");
        for (PvData.CandidateLine c : PV_CANDIDATES) {
            assertThat(rowOf(text, c.reference())).as(c.name()).contains(c.name(), c.outcome());
        }
        assertThat(text).doesNotContain("Projet", "PROJET", "en attente de signature", "rectificatif");
        int pages = PdfText.pages(pdf);
        assertThat(text).contains("page 1 / " + pages, "page " + pages + " / " + pages);
        assertThat(PdfText.qrCode(pdf)).isEqualTo(STAMP.url());
    }

    @Test
    void draftWithoutSignaturesSaysProjetOnEveryPageAndHasNoVerificationCode() {
        byte[] pdf = PvPdf.render(DocumentSamples.pv(PV_CANDIDATES, List.of()), AUTHORITY,
                new VerificationStamp(PvPdf.PREVIEW_CODE, "http://127.0.0.1:8080/verify/PROJET"));
        String text = PdfText.text(pdf);
        assertThat(text).contains("PROJET – NON SIGNÉ", "n'a aucune valeur officielle",
                "Date du procès-verbal non signé",
                "Sophie Lefèvre en attente de signature", "Karim Benali en attente de signature",
                "Le code de vérification et son QR code sont attribués à la validation du procès-verbal.");
        int pages = PdfText.pages(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Projet – non signé · page " + page + " / " + pages);
        }
        assertThat(text).doesNotContain("signé dans titrepro", "verify/PROJET", "Code PROJET");
    }

    @Test
    void oneJurorLeftToSignIsShownAsPending() {
        String text = PdfText.text(PvPdf.render(DocumentSamples.pv(PV_CANDIDATES,
                List.of(DocumentSamples.PV_SIGNATURES.getFirst())), AUTHORITY, STAMP));
        assertThat(text).contains("Sophie Lefèvre (identifiant slefevre) signé dans titrepro le 12 mars 2026",
                "Karim Benali en attente de signature");
        assertThat(text).doesNotContain("PROJET – NON SIGNÉ");
    }

    @Test
    void rectificationOfACcsSessionNamesTheAppealAndTheNewOutcome() {
        PvData d = new PvData(43L, 2, "Session CCS (CCS-1)", TRI, "CCS-1 – Sécuriser un réseau d'entreprise",
                "Centre de formation Rhône Réseaux", "12345678900021", "Lyon", LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 2), PV_JURY,
                List.of(new PvData.CandidateLine("C-2026-0001", "Lucas MARTIN", LocalDate.of(1998, 5, 14), "Présent",
                        List.of(), null, "CCS obtenu", null, null, null, List.of())),
                List.of(), DocumentSamples.PV_SIGNATURES,
                List.of(new PvData.Rectification("Lucas MARTIN", LocalDate.of(2026, 4, 20),
                        "Erreur matérielle dans la saisie de la décision", "CCS non obtenu", "CCS obtenu",
                        "La grille d'évaluation signée par les deux jurés porte la décision « obtenu »",
                        Instant.parse("2026-05-04T12:00:00Z"), "Sophie Lefèvre")),
                LocalDate.of(2026, 5, 4));
        String text = PdfText.text(PvPdf.render(d, AUTHORITY, STAMP));
        assertThat(PvPdf.documentTitle(d)).isEqualTo("Procès-verbal de session – rectificatif n° 1");
        assertThat(text).contains("Rectificatif n° 1 – version 2 du procès-verbal",
                "Procès-verbal de session – rectificatif n° 1", "le 2 avril 2026", "Session CCS (CCS-1)",
                "CCS évalué CCS-1 – Sécuriser un réseau d'entreprise", "Aucun incident consigné.",
                "Rectifications après recours",
                "Lucas MARTIN 20/04/2026 Erreur matérielle dans la saisie de la décision avant : CCS non obtenu "
                        + "après : CCS obtenu",
                "La grille d'évaluation signée par les deux jurés porte la décision « obtenu »",
                "4 mai 2026 à 14h00, Sophie Lefèvre", "Synthèse – 1 candidat : CCS obtenu : 1");
    }

    @Test
    void aSessionOf250CandidatesFlowsOnPagesWithTheTableHeaderOnEach() {
        List<PvData.CandidateLine> many = DocumentSamples.manyCandidates(250);
        byte[] pdf = PvPdf.render(DocumentSamples.pv(many, DocumentSamples.PV_SIGNATURES), AUTHORITY, STAMP);
        int pages = PdfText.pages(pdf);
        assertThat(pages).isGreaterThan(5);
        String text = PdfText.text(pdf);
        for (PvData.CandidateLine c : many) {
            assertThat(text).contains(c.name());
        }
        assertThat(text).contains("Synthèse – 250 candidats : Titre obtenu : 125 · Réussite partielle : 125",
                "page " + pages + " / " + pages);
        // the header of the candidates' table is repeated on every page the table flows onto
        assertThat(text.split("Résultat et observations", -1).length - 1).isGreaterThanOrEqualTo(pages - 1);
        assertThat(text.split("RÉPUBLIQUE", -1)).hasSize(pages + 1);
        assertThat(PdfText.qrCode(pdf)).isEqualTo(STAMP.url());
    }

    /** The text of a candidate's row: from their reference (printed only there) to the next reference. */
    private static String rowOf(String text, String reference) {
        int start = text.indexOf(reference);
        assertThat(start).as(reference).isNotNegative();
        int end = text.indexOf("C-2026-", start + reference.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
