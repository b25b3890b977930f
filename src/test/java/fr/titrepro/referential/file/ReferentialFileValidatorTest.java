package fr.titrepro.referential.file;

import fr.titrepro.referential.TitleStatus;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.support.ReferentialFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferentialFileValidatorTest {

    /** Only TP-00496 version 2010 (3 CCPs) is loaded. */
    private static final ReferentialFileValidator.KnownVersions KNOWN = (code, version) ->
            "TP-00496".equals(code) && "2010".equals(version) ? Optional.of(Set.of(1, 2, 3)) : Optional.empty();

    private static final String VALID = ReferentialFixtures.SAMPLE_TITLE;

    @Test
    void aValidFileHasNoError() {
        ReferentialDocument d = ReferentialFileReader.read(VALID, KNOWN);
        assertThat(d.ccps()).hasSize(2);
        assertThat(d.competencyCount()).isEqualTo(2);
        assertThat(d.criterionCount()).isEqualTo(3);
        assertThat(d.transversalCompetencies()).singleElement().extracting(ReferentialDocument.CompetencyEntry::name)
                .isEqualTo("Transversale");
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("code: TP-09999", "code: 09999", "code", "TP-00000"),
                Arguments.of("acronym: TST\n", "", "acronym", "Champ obligatoire"),
                Arguments.of("level: 3", "level: 12", "level", "entre 1 et 8"),
                Arguments.of("level: 3", "level: trois", "level", "nombre entier"),
                Arguments.of("version: \"01\"", "version: 01", "version", "entre guillemets"),
                Arguments.of("validFrom: 2024-01-01", "validFrom: 01/01/2024", "validFrom", "AAAA-MM-JJ"),
                Arguments.of("validUntil: 2028-12-31", "validUntil: 2020-12-31", "validUntil", "doit suivre"),
                Arguments.of("status: ACTIVE", "status: OPEN", "status", "Statut inconnu"),
                Arguments.of("status: ACTIVE", "status: CLOSED", "closedOn", "obligatoire pour un titre clos"),
                Arguments.of("nsfCodes: [{code: 326r, label: Informatique}]", "nsfCodes: []", "nsfCodes", "Au moins un code"),
                Arguments.of("romeCodes: [{code: I1401}]", "romeCodes: [{code: X12}]", "romeCodes[0].code", "ROME"),
                Arguments.of("  - number: 2\n    name: Seconde", "  - number: 3\n    name: Seconde", "ccps[1].number", "dans l'ordre"),
                Arguments.of("      - number: 2\n", "      - number: 1\n", "ccps[1].competencies[0].number", "déjà utilisé"),
                Arguments.of("criteria: [Critère C]", "criteria: []", "ccps[1].competencies[0].criteria", "Au moins un critère"),
                Arguments.of("criteria: [Critère C]", "criteria: [\"  \"]", "ccps[1].competencies[0].criteria[0]", "texte non vide"),
                Arguments.of("kind: MSP", "kind: ORAL", "ccps[0].assessments[0].kind", "Épreuve inconnue"),
                Arguments.of("minutes: 120", "minutes: 0", "ccps[0].assessments[0].minutes", "entre 1 et 1440"),
                Arguments.of("name: Titre de test", "name: Titre de test\ncolour: blue", "colour", "Champ inconnu"),
                // the arrêté de spécialité as the parchemin cites it after « Vu l' » (fiche TP-00496, notes 1 and 2)
                Arguments.of("name: Titre de test", "name: Titre de test\nspecialityDecree: \"JO du 24/12/2020\"",
                        "specialityDecree", "« arrêté du … »"),
                Arguments.of("name: Titre de test", "name: Titre de test\nspecialityDecree: 2003",
                        "specialityDecree", "Doit être un texte"),
                Arguments.of("finalInterviewMinutes: 20", "replaces: {code: TP-00001, version: \"1\"}", "replaces", "n'est pas chargée"),
                Arguments.of("finalInterviewMinutes: 20",
                        "replaces: {code: TP-00496, version: \"2010\", correspondences: [{from: 4, to: [1]}]}",
                        "replaces.correspondences[0].from", "pas de CCP n° 4"),
                Arguments.of("finalInterviewMinutes: 20",
                        "replaces: {code: TP-00496, version: \"2010\", correspondences: [{from: 1, to: [3]}]}",
                        "replaces.correspondences[0].to[0]", "pas de CCP n° 3"),
                // many-to-one line (DOMAIN "Référentiel": old CCP A and B → new CCP X): each old CCP must exist
                Arguments.of("finalInterviewMinutes: 20",
                        "replaces: {code: TP-00496, version: \"2010\", correspondences: [{from: [2, 5], to: [2]}]}",
                        "replaces.correspondences[0].from[1]", "pas de CCP n° 5"),
                Arguments.of("finalInterviewMinutes: 20",
                        "replaces: {code: TP-00496, version: \"2010\", correspondences: [{from: [], to: [2]}]}",
                        "replaces.correspondences[0].from", "Au moins un CCP"));
    }

    @ParameterizedTest(name = "{2}: {3}")
    @MethodSource("faults")
    void eachFaultIsReportedWithItsPathAndAFrenchMessage(String from, String to, String field, String message) {
        assertThat(VALID).contains(from);
        List<FieldError> errors = errorsOf(VALID.replace(from, to));
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).contains(message);
        });
    }

    @Test
    void everyErrorIsListedNotOnlyTheFirst() {
        String broken = VALID.replace("code: TP-09999", "code: X").replace("level: 3", "level: 0")
                .replace("criteria: [Critère C]", "criteria: []");
        assertThat(errorsOf(broken)).extracting(FieldError::field)
                .contains("code", "level", "ccps[1].competencies[0].criteria");
    }

    @Test
    void unreadableYamlGivesTheLine() {
        assertThat(errorsOf("code: TP-00001\nccps: [\n  - oops: : :"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("Syntaxe incorrecte ligne"));
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertThat(errorsOf("- a\n- b")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("version de titre"));
    }

    @Test
    void shippedTriFileHoldsTheWholeReac() throws IOException {
        ReferentialDocument tri = ReferentialFileReader.read(shipped("TP-00496-05.yaml"), KNOWN);
        assertThat(tri.acronym()).isEqualTo("TRI");
        assertThat(tri.ccps()).extracting(ReferentialDocument.CcpEntry::name)
                .containsExactly("Intervenir sur un réseau IP",
                        "Installer et maintenir des solutions VDI (Voix Données Images)");
        assertThat(tri.ccps()).allSatisfy(c -> assertThat(c.competencies()).hasSize(4));
        assertThat(tri.criterionCount()).isEqualTo(31);
        assertThat(tri.transversalCompetencies()).singleElement().satisfies(t -> assertThat(t.criteria())
                .containsExactly("Les ressources distantes sont accessibles", "Les tests sont réalisés de manière logique"));
        assertThat(tri.replaces().official()).isFalse();
        // fiche TP-00496, note 1: « ce titre a été créé par arrêté de spécialité du 22 juillet 2003. (JO modificatif du
        // 24 décembre 2020) »
        assertThat(tri.specialityDecree()).isEqualTo("arrêté du 22 juillet 2003 portant création du titre "
                + "professionnel de technicien réseaux IP, modifié (JO du 24 décembre 2020)");
    }

    @Test
    void theArreteDeSpecialiteIsOptional() {
        assertThat(VALID).doesNotContain("specialityDecree");
        assertThat(ReferentialFileReader.read(VALID, KNOWN).specialityDecree()).isNull();
        assertThat(ReferentialFileReader.read(VALID.replace("name: Titre de test", "name: Titre de test\n"
                + "specialityDecree: \"arrêté du 1er janvier 2024 portant création du titre professionnel de test\""),
                KNOWN).specialityDecree()).startsWith("arrêté du 1er janvier 2024");
    }

    @Test
    void shippedTrteFileHasThreeCcpsAndFourteenCompetencies() throws IOException {
        ReferentialDocument trte = ReferentialFileReader.read(shipped("TP-00496-2010.yaml"), KNOWN);
        assertThat(trte.ccps()).hasSize(3);
        assertThat(trte.competencyCount()).isEqualTo(14);
        assertThat(trte.status()).isEqualTo(TitleStatus.REVISED);
    }

    @Test
    void sameContentGivesSameHashWhateverTheLayout() {
        ReferentialDocument a = ReferentialFileReader.read(VALID, KNOWN);
        ReferentialDocument b = ReferentialFileReader.read("# commentaire\n" + VALID.replace("level: 3", "level:   3"), KNOWN);
        ReferentialDocument c = ReferentialFileReader.read(VALID.replace("Critère A", "Critère A modifié"), KNOWN);
        assertThat(ReferentialFileReader.contentHash(a)).isEqualTo(ReferentialFileReader.contentHash(b))
                .isNotEqualTo(ReferentialFileReader.contentHash(c));
    }

    private static List<FieldError> errorsOf(String yaml) {
        try {
            ReferentialFileReader.read(yaml, KNOWN);
        } catch (ProblemException e) {
            return e.errors();
        }
        throw new AssertionError("Le fichier aurait dû être refusé :\n" + yaml);
    }

    private static byte[] shipped(String name) throws IOException {
        try (InputStream in = ReferentialFileValidatorTest.class.getResourceAsStream("/referentiels/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aCompleteRefusalCarriesEveryError() {
        assertThatThrownBy(() -> ReferentialFileReader.read("code: X", KNOWN))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("erreur(s)");
    }
}
