package fr.titrepro.referential.diff;

import fr.titrepro.referential.file.ReferentialFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Table of cases of {@link VersionDiff} and {@link CorrespondenceProposal} on small hand-built versions, then the
 * shipped revision TRTE (2010) → TRI (05) of TP-00496, checked against the REAC TRI introduction (« Le titre … comportait
 * trois activités … Le titre de technicien réseaux IP comporte deux activités »; « La compétence en téléphonie
 * analogique est supprimée »; « Une compétence « intervenir sur des solutions IP domotiques ou vidéo » a été ajoutée »).
 */
class VersionDiffTest {

    private static final Outline.CompetencyOutline CABLAGE = competency(1, "Intervenir sur le câblage cuivre et optique",
            "Les prises cuivre sont raccordées", "La fibre optique est testée au photomètre");
    private static final Outline.CompetencyOutline SERVEUR = competency(2, "Installer un serveur de fichiers",
            "Les partages de fichiers sont accessibles", "Les sauvegardes du serveur sont planifiées");
    private static final Outline.CompetencyOutline TELEPHONIE = competency(3, "Mettre en service un autocommutateur",
            "Les postes téléphoniques sonnent", "Le plan de numérotation est appliqué");
    private static final Outline.CompetencyOutline PAREFEU = competency(4, "Configurer le pare-feu",
            "Les règles de filtrage sont appliquées", "Le VPN des nomades fonctionne");

    static Outline.CompetencyOutline competency(int number, String name, String... criteria) {
        return new Outline.CompetencyOutline(number, name, null, List.of(criteria));
    }

    static Outline.CcpOutline ccp(int number, String name, Outline.CompetencyOutline... competencies) {
        return new Outline.CcpOutline(number, name, Arrays.asList(competencies));
    }

    static Outline version(String version, Outline.CcpOutline... ccps) {
        return new Outline("TP-09999", version, List.of(ccps));
    }

    static Outline.CompetencyOutline renumbered(Outline.CompetencyOutline c, int number) {
        return new Outline.CompetencyOutline(number, c.name(), c.description(), c.criteria());
    }

    @Test
    void theSameVersionKeepsEverything() {
        Outline v = version("01", ccp(1, "Câbler", CABLAGE, SERVEUR), ccp(2, "Téléphoner", TELEPHONIE));
        VersionDiff diff = VersionDiff.between(v, v);
        assertThat(diff.ccps()).extracting(VersionDiff.CcpChange::change).containsOnly(Change.KEPT);
        assertThat(diff.competencies()).extracting(VersionDiff.CompetencyChange::change).containsOnly(Change.KEPT);
        assertThat(diff.competencies().getFirst().criteria()).extracting(VersionDiff.CriterionChange::change)
                .containsOnly(Change.KEPT);
        assertThat(CorrespondenceProposal.of(diff, v)).extracting(CorrespondenceProposal.ProposedLine::label)
                .containsExactly("CCP 1 → CCP 1", "CCP 2 → CCP 2");
    }

    @Test
    void competenciesAreFollowedByWhatTheySayNotByTheirNumber() {
        Outline old = version("01", ccp(1, "Câbler et servir", CABLAGE, SERVEUR));
        Outline next = version("02", ccp(1, "Câbler et servir", renumbered(SERVEUR, 1), renumbered(CABLAGE, 2)));
        VersionDiff diff = VersionDiff.between(old, next);
        assertThat(diff.competencies()).extracting(VersionDiff.CompetencyChange::change,
                        VersionDiff.CompetencyChange::fromNumber, VersionDiff.CompetencyChange::toNumber)
                .containsExactly(tuple(Change.KEPT, 2, 1), tuple(Change.KEPT, 1, 2));
    }

    @Test
    void aCompetencyWithANewNameAndTheSameCriteriaIsRenamed() {
        Outline old = version("01", ccp(1, "Câbler", CABLAGE, SERVEUR));
        Outline.CompetencyOutline renamed = new Outline.CompetencyOutline(2, "Mettre en place le serveur de fichiers",
                null, SERVEUR.criteria());
        VersionDiff diff = VersionDiff.between(old, version("02", ccp(1, "Câbler", CABLAGE, renamed)));
        assertThat(diff.competencies().get(1)).extracting(VersionDiff.CompetencyChange::change,
                        VersionDiff.CompetencyChange::renamed, VersionDiff.CompetencyChange::moved)
                .containsExactly(Change.RENAMED, true, false);
        assertThat(diff.competencies().get(1).similarity()).isBetween(0.5, 1.0);
    }

    @Test
    void aCompetencyThatChangesCcpIsMovedAndTheCcpsKeepTheirSuccessor() {
        Outline old = version("01", ccp(1, "Câbler", CABLAGE, SERVEUR), ccp(2, "Téléphoner", TELEPHONIE, PAREFEU));
        Outline next = version("02", ccp(1, "Câbler", CABLAGE, SERVEUR, renumbered(PAREFEU, 3)),
                ccp(2, "Téléphoner", renumbered(TELEPHONIE, 4)));
        VersionDiff diff = VersionDiff.between(old, next);
        assertThat(diff.successors()).isEqualTo(Map.of(1, 1, 2, 2));
        assertThat(diff.competencies()).filteredOn(VersionDiff.CompetencyChange::moved)
                .extracting(VersionDiff.CompetencyChange::fromName, VersionDiff.CompetencyChange::fromCcp,
                        VersionDiff.CompetencyChange::toCcp, VersionDiff.CompetencyChange::change)
                .containsExactly(tuple("Configurer le pare-feu", 2, 1, Change.MOVED));
        assertThat(CorrespondenceProposal.of(diff, next)).extracting(CorrespondenceProposal.ProposedLine::reason)
                .containsExactly("CCP 1 : 2 compétences sur 3 viennent du CCP 1, 1 d'un autre CCP.",
                        "CCP 2 : 1 compétence sur 1 vient du CCP 2.");
    }

    @Test
    void threeCcpsMergedIntoTwoGiveAManyToOneLine() {
        Outline old = version("01", ccp(1, "Câbler", CABLAGE), ccp(2, "Servir", SERVEUR), ccp(3, "Téléphoner", TELEPHONIE));
        Outline next = version("02", ccp(1, "Câbler", CABLAGE),
                ccp(2, "Servir et téléphoner", renumbered(SERVEUR, 2), renumbered(TELEPHONIE, 3)));
        VersionDiff diff = VersionDiff.between(old, next);
        assertThat(diff.ccps()).extracting(VersionDiff.CcpChange::change, VersionDiff.CcpChange::fromNumber,
                        VersionDiff.CcpChange::toNumber)
                .containsExactly(tuple(Change.KEPT, 1, 1), tuple(Change.MERGED, 2, 2), tuple(Change.MERGED, 3, 2));
        assertThat(CorrespondenceProposal.of(diff, next)).extracting(CorrespondenceProposal.ProposedLine::from,
                        CorrespondenceProposal.ProposedLine::to, CorrespondenceProposal.ProposedLine::label)
                .containsExactly(tuple(List.of(1), List.of(1), "CCP 1 → CCP 1"),
                        tuple(List.of(2, 3), List.of(2), "CCP 2 + CCP 3 → CCP 2"));
    }

    @Test
    void newAndDroppedCompetenciesAndCcpsAreAddedAndRemoved() {
        Outline old = version("01", ccp(1, "Câbler", CABLAGE), ccp(2, "Téléphoner", TELEPHONIE));
        Outline next = version("02", ccp(1, "Câbler", CABLAGE), ccp(2, "Sécuriser le réseau", renumbered(PAREFEU, 2)));
        VersionDiff diff = VersionDiff.between(old, next);
        assertThat(diff.ccps()).extracting(VersionDiff.CcpChange::change, VersionDiff.CcpChange::fromNumber,
                        VersionDiff.CcpChange::toNumber)
                .containsExactly(tuple(Change.KEPT, 1, 1), tuple(Change.REMOVED, 2, null), tuple(Change.ADDED, null, 2));
        assertThat(diff.competencies()).extracting(VersionDiff.CompetencyChange::change,
                        VersionDiff.CompetencyChange::fromName, VersionDiff.CompetencyChange::toName)
                .containsExactly(tuple(Change.KEPT, CABLAGE.name(), CABLAGE.name()),
                        tuple(Change.ADDED, null, PAREFEU.name()), tuple(Change.REMOVED, TELEPHONIE.name(), null));
        assertThat(CorrespondenceProposal.of(diff, next)).extracting(CorrespondenceProposal.ProposedLine::label)
                .as("a CCP made only of new competencies is passed, not credited").containsExactly("CCP 1 → CCP 1");
    }

    @Test
    void criteriaAreKeptRewordedAddedOrRemoved() {
        Outline.CompetencyOutline before = competency(1, "Installer un serveur de fichiers",
                "Les partages de fichiers sont accessibles", "Les sauvegardes du serveur sont planifiées",
                "Le rapport d'intervention est rédigé");
        Outline.CompetencyOutline after = competency(1, "Installer un serveur de fichiers",
                "Les partages de fichiers sont accessibles", "Les sauvegardes quotidiennes du serveur sont planifiées",
                "Le serveur est sécurisé");
        VersionDiff diff = VersionDiff.between(version("01", ccp(1, "Servir", before)),
                version("02", ccp(1, "Servir", after)));
        assertThat(diff.competencies().getFirst().criteria()).extracting(VersionDiff.CriterionChange::change,
                        VersionDiff.CriterionChange::fromText, VersionDiff.CriterionChange::toText)
                .containsExactly(
                        tuple(Change.KEPT, "Les partages de fichiers sont accessibles", "Les partages de fichiers sont accessibles"),
                        tuple(Change.REWORDED, "Les sauvegardes du serveur sont planifiées",
                                "Les sauvegardes quotidiennes du serveur sont planifiées"),
                        tuple(Change.ADDED, null, "Le serveur est sécurisé"),
                        tuple(Change.REMOVED, "Le rapport d'intervention est rédigé", null));
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mettre en œuvre les équipements      | mettre en oeuvre les equipements         | 1.0
            Les équipements sont raccordés        | L'équipement est raccordé                 | 1.0
            Installer un serveur                  | Intervenir sur un autocommutateur         | 0.0
            Intervenir sur le câblage             | Intervenir sur le réseau                  | 0.5
            """)
    void wordsIgnoreCaseAccentsLigaturesPluralsAndSmallWords(String a, String b, double expected) {
        assertThat(TextSimilarity.similarity(a, b)).isEqualTo(expected);
    }

    /** TRTE (3 CCPs, 14 competencies) → TRI (2 CCPs, 8 competencies), read from the shipped référentiel files. */
    @Test
    void trteToTriListsTheThreeToTwoCcpChangeAndTheMovedCompetency() throws IOException {
        Outline trte = shipped("TP-00496-2010.yaml");
        Outline tri = shipped("TP-00496-05.yaml");
        VersionDiff diff = VersionDiff.between(trte, tri);

        assertThat(diff.ccps()).extracting(VersionDiff.CcpChange::change, VersionDiff.CcpChange::fromNumber,
                        VersionDiff.CcpChange::toNumber)
                .as("three activities (exploitation, installation, maintenance) become two")
                .containsExactly(tuple(Change.RENAMED, 1, 1), tuple(Change.RENAMED, 2, 2), tuple(Change.REMOVED, 3, null));
        assertThat(diff.competencies()).filteredOn(VersionDiff.CompetencyChange::moved)
                .extracting(VersionDiff.CompetencyChange::fromNumber, VersionDiff.CompetencyChange::fromCcp,
                        VersionDiff.CompetencyChange::toNumber, VersionDiff.CompetencyChange::toCcp)
                .as("« Mettre en œuvre les équipements actifs d'interconnexion réseau » (TRTE CCP 2) becomes "
                        + "« Installer et configurer les équipements réseau » in « Intervenir sur un réseau IP »")
                .containsExactly(tuple(7, 2, 3, 1));
        assertThat(diff.competencies()).filteredOn(c -> c.fromNumber() != null && c.toNumber() != null)
                .extracting(VersionDiff.CompetencyChange::fromNumber, VersionDiff.CompetencyChange::toNumber)
                .containsExactly(tuple(1, 1), tuple(2, 2), tuple(7, 3), tuple(8, 5), tuple(9, 8));
        assertThat(diff.competencies()).filteredOn(c -> c.change() == Change.ADDED)
                .extracting(VersionDiff.CompetencyChange::toName)
                .contains("Intervenir sur des solutions IP domotiques ou vidéo", "Intervenir dans un domaine ActiveDirectory");
        assertThat(diff.count(Change.REMOVED)).isEqualTo(9);
        assertThat(CorrespondenceProposal.of(diff, tri)).extracting(CorrespondenceProposal.ProposedLine::label)
                .containsExactly("CCP 1 → CCP 1", "CCP 2 → CCP 2");
    }

    static Outline shipped(String file) throws IOException {
        try (InputStream in = VersionDiffTest.class.getResourceAsStream("/referentiels/" + file)) {
            return Outline.of(ReferentialFileReader.read(in.readAllBytes(), (c, v) -> Optional.of(Set.of(1, 2, 3))));
        }
    }
}
