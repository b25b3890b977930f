package fr.titrepro.document;

import fr.titrepro.support.PdfText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.titrepro.document.DocumentSamples.AUTHORITY;
import static fr.titrepro.document.DocumentSamples.EMMA;
import static fr.titrepro.document.DocumentSamples.LIVRET;
import static fr.titrepro.document.DocumentSamples.PARCHEMIN;
import static fr.titrepro.document.DocumentSamples.STAMP;
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
                // date and place of issue: the jury's PV
                "vu le procès-verbal du jury réuni à Lyon le 12 mars 2026",
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
                new ParcheminData.Specialisation("CCS-1", "Développer une application sécurisée"),
                LocalDate.of(2026, 1, 5), "Nantes");
        String text = PdfText.text(ParcheminPdf.render(ccs, AUTHORITY, STAMP));
        assertThat(text.replace(" ", "")).contains("CERTIFICATCOMPLÉMENTAIREDESPÉCIALISATION");
        assertThat(text).contains("Développer une application sécurisée",
                "associé au titre professionnel Développeur web et web mobile",
                "Madame Emma, Louise BERNARD", "nom d'usage : DUPONT", "née le 1er février 1990 à Nantes (44)",
                "Niveau 5 du cadre national", "NSF 326t – Programmation ; 326n – Analyse informatique",
                "Enregistré au RNCP sous le numéro RNCP37674", "Fait à Nantes, le 5 janvier 2026");
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
                "au titre du CCP 1 « Exploiter le réseau informatique et de télécommunications d'entreprise » du "
                        + "titre TRTE (version 2010), par correspondance",
                // the CCPs missing and the validity rule
                "CCP restant à obtenir : CCP 2 – Installer et maintenir des réseaux IP",
                "Les CCP manquants peuvent être présentés tant que le titre est en vigueur",
                "jusqu'à un an après la fin de sa validité s'il est clos",
                // issue, authority, verification
                "Fait à Lyon, le 12 mars 2026", "Pour le ministre et par délégation", "Camille Durand",
                "7KQM-3XPA-9HTV", "http://127.0.0.1:8080/verify/7KQM-3XPA-9HTV");
        assertThat(PdfText.qrCode(pdf)).isEqualTo(STAMP.url());
    }

    @Test
    void aLongLivretFlowsOnSeveralPagesWithTheHeaderOnEach() {
        List<LivretData.CcpLine> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            many.add(new LivretData.CcpLine(i, "Activité type numéro " + i + " dont l'intitulé est assez long pour "
                    + "tenir sur deux lignes du tableau des CCP", LocalDate.of(2024, 1, i), "Marseille", null));
        }
        LivretData d = new LivretData(3L, EMMA, WITH_RNCP, many, List.of(), null, null, LocalDate.of(2026, 2, 2),
                "Marseille");
        byte[] pdf = LivretPdf.render(d, AUTHORITY, STAMP);
        assertThat(PdfText.pages(pdf)).isGreaterThan(1);
        String text = PdfText.text(pdf);
        assertThat(text).contains("Tous les CCP du titre sont détenus.", "CCP 14", "page 2", "Nom d'usage DUPONT");
        assertThat(text.split("RÉPUBLIQUE", -1)).hasSize(PdfText.pages(pdf) + 1);
    }
}
