package fr.titrepro.referential.reac;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clean-up and layout steps of the REAC parser on excerpts. Source: the REAC texts of TRI (TP-00496, millésime 05:
 * cartouche on every page) and TRTE (OCR), and docs/referentiel-format.md « TRTE text: transcription choices » for the
 * OCR artefacts.
 */
class ReacCleanupStepsTest {

    @ParameterizedTest(name = "« {0} » → « {1} »")
    @CsvSource(delimiter = '|', value = {
        "Les ﬁchiers ﬂottants                      | Les fichiers flottants",
        "Niveau\u00A04\u202F:\u2009ok               | Niveau 4 : ok",
        "maté\u00ADriel in\u200Bstallé              | matériel installé",
        "l’entreprise et d’un ‘poste’               | l'entreprise et d'un 'poste'",
        "d’'un équipement                           | d'un équipement",
        "## FICHE COMPÉTENCE PROFESSIONNELLE N° 1   | FICHE COMPÉTENCE PROFESSIONNELLE N° 1",
        "### **Compétences transversales**          | Compétences transversales",
        "Site : <http://travail-emploi.gouv.fr>     | Site : http://travail-emploi.gouv.fr",
        "TRI\tREAC\tTP-00496\t05                    | TRI REAC TP-00496 05",
    })
    void charactersAreCleaned(String raw, String clean) {
        assertThat(CharacterCleanup.clean(raw)).isEqualTo(clean);
    }

    @Test
    void pageHeadersFootersAndNumbersGoButARepeatedCriterionStays() {
        List<SourceLine> lines = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            lines.add(line(lines, "Les tests sont réalisés de manière logique"));
            lines.add(line(lines, "SIGLE Type de document Code titre Millésime Date de Validation Page"));
            lines.add(line(lines, "TRI REAC TP-00496 05 11/01/2021 11/01/2021 " + (page * 2) + "/34"));
            lines.add(line(lines, "- " + page + " -"));
        }
        PageFurnitureFilter.Result result = PageFurnitureFilter.filter(lines);
        assertThat(result.kept()).extracting(SourceLine::text).containsOnly("Les tests sont réalisés de manière logique")
                .hasSize(3);
        assertThat(result.removed()).hasSize(9);
    }

    @Test
    void revisionBalloonsAndUnreadableOverprintsAreRemovedWithAWarning() {
        List<SourceLine> lines = List.of(new SourceLine(1, "Supprimé : les tests"),
                new SourceLine(2, "Mis en forme : Police :11 pt"),
                new SourceLine(3, "ici a i i u a I'évoluti € 5 ux i"),
                new SourceLine(4, "Participer à l'installation ou à l'évolution de systèmes de réseaux"),
                new SourceLine(5, "Connaissance de la norme NF C 18-510 et de la loi n° 5"));
        RevisionMarkFilter.Result result = RevisionMarkFilter.filter(lines);
        assertThat(result.kept()).extracting(SourceLine::number).containsExactly(4, 5);
        assertThat(result.warnings()).extracting(ReacWarning::line).containsExactly(1, 2, 3);
    }

    @ParameterizedTest(name = "« {0} » → « {1} »")
    @CsvSource(delimiter = '|', value = {
        "dans I'exploitation du réseau             | dans l'exploitation du réseau",
        "Assister ['utilisateur                    | Assister l'utilisateur",
        "Le poste de travail assure 'ensemble       | Le poste de travail assure l'ensemble",
        "Mettre en ceuvre les systémes             | Mettre en œuvre les systèmes",
        "La tragabilité est assurée de fagon        | La traçabilité est assurée de façon",
        "un service fiable et sOr                   | un service fiable et sûr",
        "mettre a jour, intervenir a distance       | mettre à jour, intervenir à distance",
        "Le titre a été inscrit, il a généré       | Le titre a été inscrit, il a généré",
        "Participer & l'installation               | Participer à l'installation",
        "jusqu'a sa cléture                        | jusqu'à sa clôture",
    })
    void ocrArtefactsAreRepaired(String ocr, String repaired) {
        assertThat(OcrRepair.repairLine(ocr)).isEqualTo(repaired);
    }

    @Test
    void ocrBarsAreReadAsIl() {
        assertThat(OcrRepair.repairLine("'entreprise. || assure aussi |l met")).isEqualTo("l'entreprise. Il assure aussi Il met");
    }

    @Test
    void aTextWithoutOcrSignsIsLeftAsItIs() {
        String tri = ReacTexts.text(ReacTexts.TRI);
        assertThat(TextCleanup.of(tri).ocr()).isFalse();
        assertThat(TextCleanup.of(ReacTexts.text(ReacTexts.TRTE)).ocr()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "current | FICHE COMPÉTENCE PROFESSIONNELLE N° 1;Critères de performance;Le poste fonctionne | CURRENT",
        "2000s   | FICHE COMPETENCE N° 1;Indicateurs de performance;Le poste fonctionne          | OLDER",
    })
    void theLayoutIsDetected(String name, String text, ReacLayout layout) {
        assertThat(ReacLayout.detect(lines(text))).isEqualTo(layout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not a REAC       | Facture n° 12;Montant : 100 €                                 | n'est pas un REAC",
        "unknown layout   | Référentiel Emploi Activités Compétences;Fiche emploi type;Agent | n'est pas reconnue",
        "sheets, no criteria | FICHE COMPÉTENCE PROFESSIONNELLE N° 1;Savoirs                | n'est pas reconnue",
        "nothing readable | ' ; '                                                          | aucun texte lisible",
    })
    void anUnknownDocumentIsRefusedWithTheReason(String name, String text, String reason) {
        assertThatThrownBy(() -> ReacLayout.detect(lines(text))).isInstanceOf(ReacRefusal.class)
                .hasMessageContaining(reason);
    }

    private static SourceLine line(List<SourceLine> lines, String text) {
        return new SourceLine(lines.size() + 1, text);
    }

    static List<SourceLine> lines(String semicolonSeparated) {
        List<SourceLine> lines = new ArrayList<>();
        for (String text : semicolonSeparated.split(";", -1)) {
            lines.add(new SourceLine(lines.size() + 1, CharacterCleanup.clean(text)));
        }
        return lines;
    }
}
