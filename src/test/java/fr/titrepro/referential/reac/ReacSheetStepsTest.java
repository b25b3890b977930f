package fr.titrepro.referential.reac;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section, sheet and criteria steps of the REAC parser on excerpts shaped like the REACs: TRI (TP-00496 05) for
 * the current layout, TRTE (OCR) for a description cut by a page break and criteria on several lines, and the layout
 * of the 2000s (« Indicateurs de performance ») with an activité type d'extension (CCS), as described by the REAC
 * glossary (« Activité type d'extension … renvoie au certificat complémentaire de spécialisation (CCS) »).
 */
class ReacSheetStepsTest {

    @Test
    void criteriaLoseTheirBulletsAndABrokenCriterionIsJoinedWithAWarning() {
        List<SourceLine> lines = ReacCleanupStepsTest.lines("- Les ressources partagées sont accessibles;"
                + ";• Toute non-conformité au plan prédéfini est résolue ou répertoriée et;rapportée.;"
                + "Le temps passé reste compatible avec les contraintes du;client et de l'employeur.");
        CriteriaReader.Result result = CriteriaReader.read(lines, "compétence 2", Set.of());
        assertThat(result.criteria()).extracting(CriteriaReader.ReadCriterion::text).containsExactly(
                "Les ressources partagées sont accessibles",
                "Toute non-conformité au plan prédéfini est résolue ou répertoriée et rapportée.",
                "Le temps passé reste compatible avec les contraintes du client et de l'employeur.");
        assertThat(result.warnings()).extracting(ReacWarning::where)
                .containsExactly("compétence 2, critère 2", "compétence 2, critère 3");
    }

    @Test
    void aDescriptionStartedBeforeItsSheetHeadingIsRebuilt() {
        String text = String.join("\n", "FICHE ACTIVITÉ TYPE N° 1", "", "Exploiter le réseau", "",
                "Liste des compétences professionnelles de l'activité type", "", "Installer un ordinateur.", "",
                "Description de la compétence – processus de mise en œuvre", "",
                "Conformément au cahier des charges, installer un poste. Le paramétrer pour son accès à l'Internet", "",
                "FICHE COMPÉTENCE PROFESSIONNELLE N° 1", "", "Installer un ordinateur.", "",
                "depuis le réseau local.", "", "Intervenir dans le choix d'un poste.", "",
                "Critères de performance", "", "Le poste fonctionne.");
        ReacSections sections = ReacSections.split(TextCleanup.of(text).lines());
        ReacSections.Sheet sheet = sections.competencies().get(0);
        CompetencySheetReader.ReadCompetency read = CompetencySheetReader.read(1, 13, sheet.carried(), sheet.lines(),
                "compétence 1", Set.of());
        assertThat(read.name()).isEqualTo("Installer un ordinateur");
        assertThat(read.description()).isEqualTo("Conformément au cahier des charges, installer un poste. Le paramétrer "
                + "pour son accès à l'Internet depuis le réseau local.\n\nIntervenir dans le choix d'un poste.");
        assertThat(read.criteria()).containsExactly("Le poste fonctionne.");
        assertThat(sections.warnings()).extracting(ReacWarning::message).anyMatch(m -> m.contains("saut de page"));
    }

    @Test
    void anOlderReacWithAnExtensionGivesCcpsCcsAndNumbersAcrossTheTitle() {
        ReacImport imported = ReacParser.parse(OLDER_WITH_CCS);
        ReacDraft draft = imported.draft();
        assertThat(draft.code()).isEqualTo("TP-01234");
        assertThat(draft.name()).isEqualTo("Agent de maintenance test");
        assertThat(draft.level()).isEqualTo(3);
        assertThat(draft.ccps()).hasSize(2);
        assertThat(draft.ccps().get(1).competencies()).extracting(ReacDraft.Competency::number).containsExactly(2);
        assertThat(draft.ccs()).hasSize(1);
        assertThat(draft.ccs().get(0).name()).isEqualTo("Maintenir des installations frigorifiques");
        assertThat(draft.ccs().get(0).competencies().get(0).number()).isEqualTo(3);
        assertThat(draft.ccs().get(0).competencies().get(0).criteria())
                .containsExactly("Le circuit est étanche", "Les fluides sont récupérés");
        assertThat(imported.missing()).contains("ccs[0].code", "version", "validFrom", "status");
        assertThat(imported.warnings()).extracting(ReacWarning::message)
                .anyMatch(m -> m.contains("Indicateurs de performance"))
                .anyMatch(m -> m.contains("« Réparer un équipement simple »") && m.contains("(retenu)"));
    }

    @Test
    void severalTransversalCompetenciesAreRead() {
        String text = String.join("\n", "FICHE DES COMPÉTENCES TRANSVERSALES DE L'EMPLOI TYPE", "",
                "Communiquer avec le client", "", "Description de la compétence – processus de mise en œuvre", "",
                "Écouter le client.", "", "Critères de performance", "", "Le client est écouté", "",
                "Travailler en équipe", "", "Description de la compétence – processus de mise en œuvre", "",
                "Partager l'information.", "", "Critères de performance", "", "L'équipe est informée");
        ReacSections sections = ReacSections.split(TextCleanup.of(text).lines());
        List<CompetencySheetReader.ReadCompetency> read = TransversalSheetReader.read(sections.transversal(), Set.of());
        assertThat(read).extracting(CompetencySheetReader.ReadCompetency::name)
                .containsExactly("Communiquer avec le client", "Travailler en équipe");
        assertThat(read).extracting(CompetencySheetReader.ReadCompetency::criteria)
                .containsExactly(List.of("Le client est écouté"), List.of("L'équipe est informée"));
    }

    static final String OLDER_WITH_CCS = String.join("\n",
            "REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL TP-01234", "",
            "FICHE EMPLOI TYPE", "", "Agent de maintenance test", "",
            "Liste des activités types et des compétences professionnelles", "",
            "1. Entretenir les équipements", "", "Entretenir un équipement", "",
            "2. Dépanner les équipements", "", "Réparer un équipement simple", "",
            "Niveau et/ou domaine d'activité", "", "Niveau V (Nomenclature de 1969)", "", "Code(s) NSF :", "",
            "227u - Maintenance", "",
            "FICHE ACTIVITÉ TYPE N° 1", "", "Entretenir les équipements", "",
            "Liste des compétences professionnelles de l'activité type", "", "Entretenir un équipement", "",
            "FICHE ACTIVITÉ TYPE N° 2", "", "Dépanner les équipements", "",
            "Liste des compétences professionnelles de l'activité type", "", "Réparer un équipement", "",
            "FICHE ACTIVITÉ TYPE D'EXTENSION N° 1", "", "Maintenir des installations frigorifiques", "",
            "Liste des compétences professionnelles de l'activité type", "", "Contrôler un circuit frigorifique", "",
            "FICHE COMPÉTENCE N° 1", "", "Entretenir un équipement", "",
            "Description de la compétence", "", "Entretenir selon le plan.", "",
            "Indicateurs de performance", "", "Le plan est suivi", "", "Savoirs associés", "", "Connaître le plan",
            "FICHE COMPÉTENCE N° 2", "", "Réparer un équipement", "",
            "Description de la compétence", "", "Réparer la panne.", "",
            "Indicateurs de performance", "", "L'équipement fonctionne", "",
            "FICHE COMPÉTENCE N° 3", "", "Contrôler un circuit frigorifique", "",
            "Description de la compétence", "", "Contrôler l'étanchéité.", "",
            "Indicateurs de performance", "", "● Le circuit est étanche", "● Les fluides sont récupérés", "",
            "Glossaire du REAC", "", "Activité type", "FICHE COMPÉTENCE N° 9");
}
