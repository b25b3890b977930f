package fr.titrepro.document;

import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.LivretPdf;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.document.render.ParcheminPdf;
import fr.titrepro.support.PdfText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.titrepro.document.DocumentSamples.AUTHORITY;
import static fr.titrepro.document.DocumentSamples.EMMA;
import static fr.titrepro.document.DocumentSamples.LIVRET;
import static fr.titrepro.document.DocumentSamples.LUCAS;
import static fr.titrepro.document.DocumentSamples.PARCHEMIN;
import static fr.titrepro.document.DocumentSamples.STAMP;
import static fr.titrepro.document.DocumentSamples.TRI;
import static fr.titrepro.document.DocumentSamples.WITH_RNCP;
import static org.assertj.core.api.Assertions.assertThat;

/** Every mandatory mention of DOMAIN.md « Documents », read back from the PDF as a reader (or a program) sees it. */
class DocumentPdfTest {

    @Test
    void parcheminCarriesEveryMandatoryMention() {
        byte[] pdf = ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP);
        String text = PdfText.text(pdf);
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        assertThat(text).contains(
                "RÉPUBLIQUE", "FRANÇAISE", "Liberté", "Égalité", "Fraternité",
                // holder identity: civility, names, first names, birth date and place
                "Monsieur Lucas, Pierre MARTIN", "né le 14 mai 1998 à Lyon (69)",
                // exact title name, levels, NSF, RNCP, certifier
                "Technicien réseaux IP",
                "Niveau 4 du cadre national des certifications professionnelles",
                "niveau 4 du cadre européen des certifications (CEC)",
                "Code TP-00496 (version 05)",
                "NSF 326r – Assistance informatique, maintenance de logiciels et réseaux",
                "Enregistré de droit au RNCP (article L. 335-6 du code de l'éducation)",
                "Certificateur : Ministère chargé de l'emploi",
                // the date of the jury's deliberation of this candidate, not the PV's last signature
                "vu la délibération du jury réuni à Lyon le 11 mars 2026",
                // date and place of issue: the jury's PV
                "Fait à Lyon, le 12 mars 2026",
                // signature of the competent authority
                "Pour le ministre et par délégation, le directeur régional de l'économie, de l'emploi, du travail et "
                        + "des solidarités",
                "Camille Durand",
                // verification
                "7KQM-3XPA-9HTV", "http://127.0.0.1:8080/verify/7KQM-3XPA-9HTV");
        assertThat(text.replace(" ", "")).contains("TITREPROFESSIONNEL");
        assertThat(PdfText.qrCode(pdf)).isEqualTo(STAMP.url());
    }

    @Test
    void parcheminOfACcsNamesTheCcsTheParentTitleAndTheRncpNumber() {
        ParcheminData ccs = new ParcheminData(2L, EMMA, WITH_RNCP,
                new ParcheminData.Specialisation("CCS-1", "Développer une application sécurisée"), null,
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), "Nantes", Region.PDL);
        String text = PdfText.text(ParcheminPdf.render(ccs, AUTHORITY, STAMP));
        assertThat(text.replace(" ", "")).contains("CERTIFICATCOMPLÉMENTAIREDESPÉCIALISATION");
        assertThat(text).contains("Développer une application sécurisée",
                "associé au titre professionnel Développeur web et web mobile",
                "Madame Emma, Louise BERNARD", "nom d'usage : DUPONT", "née le 1er février 1990 à Nantes (44)",
                "Niveau 5 du cadre national", "NSF 326t – Programmation ; 326n – Analyse informatique",
                "Enregistré au RNCP sous le numéro RNCP37674", "Fait à Nantes, le 5 janvier 2026");
        // a référentiel without its arrêté de spécialité: no such visa, the others stand
        assertThat(text).contains("R. 335-13 et R. 338-1 et suivants").doesNotContain("portant création");
    }

    /**
     * Fiche TP-00496, note ² (lines 133-139) and DOMAIN "Documents": the code de l'éducation with L. 335-5, L. 335-6,
     * R. 335-7, R. 335-13 and R. 338-1 et suivants (R. 338-1 is not in the code du travail), the arrêtés of 22 December
     * 2015 and 21 July 2016, and the title's own arrêté de spécialité (fiche, note ¹, line 67).
     */
    @Test
    void parcheminVisasAreThoseOfTheFicheWithTheTitlesArreteDeSpecialite() {
        String text = PdfText.text(ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP));
        assertThat(text).contains(
                "Vu le code de l'éducation, notamment ses articles L. 335-5, L. 335-6, R. 335-7, R. 335-13 et R. 338-1 "
                        + "et suivants",
                "vu l'arrêté du 22 décembre 2015 relatif aux conditions de délivrance du titre professionnel du "
                        + "ministère chargé de l'emploi",
                "vu l'arrêté du 21 juillet 2016 portant règlement général des sessions d'examen",
                "vu l'arrêté du 22 juillet 2003 portant création du titre professionnel de technicien réseaux IP, "
                        + "modifié (JO du 24 décembre 2020)");
        assertThat(text).doesNotContain("code du travail");
    }

    @Test
    void parcheminIsSignedByTheAuthorityItIsGiven() {
        SigningAuthority nantes = new SigningAuthority("Pour le préfet de la région Pays de la Loire et par "
                + "délégation, le directeur régional", "Yann Le Goff");
        String text = PdfText.text(ParcheminPdf.render(PARCHEMIN, nantes, STAMP));
        assertThat(text).contains("Yann Le Goff", "Pour le préfet de la région Pays de la Loire")
                .doesNotContain("Camille Durand");
    }

    @Test
    void livretListsEachCcpHeldWithDateAndPlaceAndTheRuleForCompletingTheTitle() {
        byte[] pdf = LivretPdf.render(LIVRET, AUTHORITY, STAMP);
        String text = PdfText.text(pdf);
        assertThat(text).contains(
                "LIVRET DE CERTIFICATION", "RÉPUBLIQUE", "FRANÇAISE",
                // holder identity
                "Civilité Monsieur", "Nom de naissance MARTIN", "Prénoms Lucas, Pierre",
                "né le 14 mai 1998 à Lyon (69)",
                // title
                "Technicien réseaux IP (TRI)", "TP-00496 – version 05", "Niveau 4 du cadre national",
                "326r – Assistance informatique", "Enregistré de droit au RNCP", "Ministère chargé de l'emploi",
                // each CCP held, with the date and place of the session that granted it
                "CCP 1 Intervenir sur un réseau IP", "20 juin 2025 Villeurbanne",
                // the CCPs missing and the rule of the fiche (§ 2, line 94) for taking them
                "CCP restant à obtenir : CCP 2 – Installer et maintenir des réseaux IP",
                "Le candidat peut se présenter aux CCP manquants dans la limite de la durée de validité du titre, et "
                        + "jusqu'à un an après la fin de validité d'un titre clos.",
                // issue, authority, verification
                "Fait à Lyon, le 12 mars 2026", "Pour le ministre et par délégation", "Camille Durand",
                "7KQM-3XPA-9HTV", "http://127.0.0.1:8080/verify/7KQM-3XPA-9HTV");
        assertThat(PdfText.qrCode(pdf)).isEqualTo(STAMP.url());
        // issue 11, finding 9: a CCP is not « acquis définitivement », a livret is never « Titre complet »
        assertThat(text).doesNotContain("définitivement", "Titre complet", "par correspondance");
    }

    /** DOMAIN "Documents": a candidate who holds every CCP but was refused the title is told so truthfully. */
    @Test
    void theLivretOfACandidateRefusedAtTheEntretienFinalSaysSo() {
        LivretData d = new LivretData(1L, LUCAS, TRI, List.of(
                new LivretData.CcpLine(1, "Intervenir sur un réseau IP", LocalDate.of(2025, 6, 20), "Villeurbanne",
                        null),
                new LivretData.CcpLine(2, "Installer et maintenir des solutions VDI", LocalDate.of(2026, 3, 12),
                        "Lyon", null)),
                List.of(), DocumentSamples.COMPLETION_RULE, null, "Tous les CCP du titre sont détenus ; le titre "
                + "n'a pas été attribué à l'issue de l'entretien final. Le titre peut être obtenu lors d'un nouvel "
                + "entretien final (inscription à une session du titre), dans la limite de la durée de validité du "
                + "titre.", LocalDate.of(2026, 3, 12), "Lyon", Region.ARA);
        String text = PdfText.text(LivretPdf.render(d, AUTHORITY, STAMP));
        assertThat(text).contains("Titre non attribué", "Tous les CCP du titre sont détenus ; le titre n'a pas été "
                + "attribué à l'issue de l'entretien final.", "Le titre peut être obtenu lors d'un nouvel entretien "
                + "final (inscription à une session du titre)", "20 juin 2025 Villeurbanne", "12 mars 2026 Lyon");
        assertThat(text).doesNotContain("définitivement", "Titre complet");
    }

    @Test
    void aLongLivretFlowsOnSeveralPagesWithTheHeaderOnEach() {
        List<LivretData.CcpLine> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            many.add(new LivretData.CcpLine(i, "Activité type numéro " + i + " dont l'intitulé est assez long pour "
                    + "tenir sur deux lignes du tableau des CCP", LocalDate.of(2024, 1, i), "Marseille", null));
        }
        LivretData d = new LivretData(3L, EMMA, WITH_RNCP, many, List.of(), DocumentSamples.COMPLETION_RULE, null,
                "Tous les CCP du titre sont détenus ; le titre n'a pas été attribué.", LocalDate.of(2026, 2, 2),
                "Marseille", Region.PAC);
        byte[] pdf = LivretPdf.render(d, AUTHORITY, STAMP);
        assertThat(PdfText.pages(pdf)).isGreaterThan(1);
        String text = PdfText.text(pdf);
        assertThat(text).contains("Tous les CCP du titre sont détenus ; le titre n'a pas été attribué.", "CCP 14", "page 2", "Nom d'usage DUPONT");
        assertThat(text.split("RÉPUBLIQUE", -1)).hasSize(PdfText.pages(pdf) + 1);
    }
}
