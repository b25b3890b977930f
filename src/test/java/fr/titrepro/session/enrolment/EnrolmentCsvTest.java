package fr.titrepro.session.enrolment;

import fr.titrepro.session.SessionCommands;
import fr.titrepro.shared.text.CsvInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file of a bulk enrolment by CSV (issue 14: « a centre enrols up to 500 candidates in a session in one request
 * (selection on the page, or a CSV), all-or-nothing with the same rules as one by one »): how its lines are read,
 * and how each is matched to a candidate the centre follows — never another centre's (docs/domain-rules.md,
 * « Inscription par fichier »).
 */
class EnrolmentCsvTest {

    static final LocalDate BORN = LocalDate.of(1995, 4, 12);
    static final EnrolmentCsvMatch.Known LEA = new EnrolmentCsvMatch.Known(1, "T4-AAA", "Martin", "Durand",
            "Léa-Marie, Anne", BORN);
    static final EnrolmentCsvMatch.Known HUGO = new EnrolmentCsvMatch.Known(2, "T4-BBB", "Lefèvre", null, "Hugo",
            BORN);
    static final EnrolmentCsvMatch.Known HUGO_TWIN = new EnrolmentCsvMatch.Known(3, "T4-CCC", "Lefevre", null,
            "Hugo Paul", BORN);

    static EnrolmentCsv.Parsed read(String text) {
        return EnrolmentCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void referencesOrNamesWithTheOptionalChoicesOfOneEnrolment() {
        EnrolmentCsv.Parsed p = read("reference;nom;prenom;date_naissance;ccp;experience_mois\r\n"
                + "t4-aaa;;;;;\r\n"
                + ";Lefèvre;Hugo;12/04/1995;CCP 1 + 3;14\r\n"
                + ";;;;;\r\n");
        assertThat(p.errors()).isEmpty();
        assertThat(p.encoding()).isEqualTo("UTF-8");
        assertThat(p.lines()).containsExactly(
                new EnrolmentCsv.Line(2, "t4-aaa", null, null, null, null, null),
                new EnrolmentCsv.Line(3, null, "Lefèvre", "Hugo", BORN, Set.of(1, 3), 14));
        assertThat(p.lines().get(0).candidateColumn()).isEqualTo("reference");
        assertThat(p.lines().get(1).candidateColumn()).isEqualTo("nom");
    }

    @Test
    void windows1252WithCommasAndTheHeadersAsPeopleWriteThem() {
        byte[] file = "Nom de naissance,Prénoms,Date de naissance\r\nLefèvre,Hugo,1995-04-12\r\n"
                .getBytes(CsvInput.WINDOWS_1252);
        EnrolmentCsv.Parsed p = EnrolmentCsv.read(file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.encoding()).isEqualTo("Windows-1252");
        assertThat(p.delimiter()).isEqualTo(',');
        assertThat(p.lines().getFirst().lastName()).isEqualTo("Lefèvre");
        assertThat(p.lines().getFirst().birthDate()).isEqualTo(BORN);
    }

    @ParameterizedTest(name = "{0} → line {1}, column {2}")
    @CsvSource(delimiter = '|', value = {
            "reference;nom;prenom;date_naissance\\n;Martin;;12/04/1995 | 2 | prenom",
            "reference;nom;prenom;date_naissance\\n;Martin;Léa;31/02/1995 | 2 | date_naissance",
            "reference;nom;prenom;date_naissance;ccp\\n;;;;1                | 2 | reference",
            "reference;ccp\\nT4-AAA;un et deux                             | 2 | ccp",
            "reference;experience_mois\\nT4-AAA;-3                          | 2 | experience_mois",
            "reference;telephone\\nT4-AAA;0600000000                        | 1 | telephone",
            "reference;Référence\\nT4-AAA;T4-AAA                            | 1 | Référence",
            "nom;prenom\\nMartin;Léa                                        | 1 | reference",
    })
    void eachRefusalNamesItsLineAndColumn(String text, int line, String column) {
        EnrolmentCsv.Parsed p = read(text.replace("\\n", "\n"));
        assertThat(p.lines()).isEmpty();
        assertThat(p.errors()).extracting(EnrolmentCsv.LineError::line, EnrolmentCsv.LineError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(line, column));
        assertThat(p.errors().getFirst().message()).isNotBlank();
    }

    @Test
    void anEmptyFileABinaryFileAHeaderAloneAndMoreThan500LinesAreRefusedAsAWhole() {
        assertThat(EnrolmentCsv.read(new byte[0]).errors().getFirst().message()).startsWith("Le fichier est vide");
        assertThat(read("\r\n\r\n").errors().getFirst().message()).startsWith("Le fichier est vide");
        assertThat(EnrolmentCsv.read(new byte[]{'P', 'K', 3, 4, 0, 0}).errors().getFirst().message())
                .startsWith("Ce fichier n'est pas un fichier CSV");
        assertThat(read("reference\r\n").errors().getFirst().message()).contains("aucun candidat");
        assertThat(read("reference\n\"T4-AAA\n").errors().getFirst().message()).startsWith("Fichier CSV illisible");
        String lines = IntStream.rangeClosed(1, 501).mapToObj(i -> "T4-" + i).collect(Collectors.joining("\n"));
        EnrolmentCsv.Parsed tooMany = read("reference\n" + lines);
        assertThat(tooMany.errors()).extracting(EnrolmentCsv.LineError::line).containsExactly(0);
        assertThat(tooMany.errors().getFirst().message()).startsWith("500 candidats au plus");
        assertThat(read("reference\n" + lines.substring(0, lines.lastIndexOf('\n'))).lines()).hasSize(500);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // by reference, without case; names given must agree with it
            "t4-aaa | -        | -        | -          | 1",
            "T4-AAA | MARTIN   | lea      | 12/04/1995 | 1",
            "T4-AAA | Martin   | Hugo     | -          | -",
            // by name: birth or usage name, without accents or case; the first names as written or the first one
            "-      | martin   | Léa      | 12/04/1995 | 1",
            "-      | DURAND   | lea marie| 12/04/1995 | 1",
            "-      | Martin   | Anne     | 12/04/1995 | -",
            "-      | Martin   | Léa      | 13/04/1995 | -",
            "-      | Lefèvre  | Hugo     | 12/04/1995 | 2",
            // another centre's candidate, or nobody's: the same « inconnu »
            "T4-ZZZ | -        | -        | -          | -",
    })
    void eachLineFindsOneCandidateTheCentreFollows(String reference, String lastName, String firstName,
                                                   String birth, Long expected) {
        EnrolmentCsv.Line line = new EnrolmentCsv.Line(2, reference, lastName, firstName,
                birth == null ? null : fr.titrepro.shared.text.FrenchDates.parse(birth), null, null);
        EnrolmentCsvMatch.Resolved r = EnrolmentCsvMatch.resolve(List.of(line), List.of(LEA, HUGO));
        if (expected == null) {
            assertThat(r.enrolments()).isEmpty();
            assertThat(r.errors()).hasSize(1);
            assertThat(r.errors().getFirst().line()).isEqualTo(2);
        } else {
            assertThat(r.errors()).isEmpty();
            assertThat(r.enrolments()).extracting(SessionCommands.NewEnrolment::candidateId).containsExactly(expected);
        }
    }

    @Test
    void anUnknownCandidateIsTheSameRefusalWhoeverHoldsTheReferenceAndTwoNamesakesAskForTheReference() {
        EnrolmentCsv.Line stranger = new EnrolmentCsv.Line(2, "T4-ZZZ", null, null, null, null, null);
        EnrolmentCsv.Line nobody = new EnrolmentCsv.Line(3, "T4-YYY", null, null, null, null, null);
        EnrolmentCsv.Line namesake = new EnrolmentCsv.Line(4, null, "Lefevre", "hugo", BORN, Set.of(2), 6);
        EnrolmentCsvMatch.Resolved r = EnrolmentCsvMatch.resolve(List.of(stranger, nobody, namesake),
                List.of(LEA, HUGO, HUGO_TWIN));
        assertThat(r.enrolments()).isEmpty();
        assertThat(r.errors()).extracting(EnrolmentCsv.LineError::message).containsExactly(
                "Candidat inconnu : aucun candidat suivi par le centre n'a la référence « T4-ZZZ ».",
                "Candidat inconnu : aucun candidat suivi par le centre n'a la référence « T4-YYY ».",
                "Plusieurs candidats suivis par le centre portent ce nom, ce prénom et cette date de naissance : "
                        + "indiquez leur référence.");
        EnrolmentCsvMatch.Resolved one = EnrolmentCsvMatch.resolve(List.of(namesake), List.of(LEA, HUGO));
        assertThat(one.enrolments()).containsExactly(new SessionCommands.NewEnrolment(2L, Set.of(2), 6));
    }
}
