package fr.titrepro.candidate.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading import files as French offices export them. */
class CandidateCsvTest {

    static final String HEADER = "nom_naissance;prenoms;sexe;date_naissance;commune_naissance;departement_naissance;parcours;titre";

    @Test
    void utf8WithBomIsUtf8AndTheBomIsNotPartOfTheFirstColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\nLefèvre;Élodie;F;04/03/1990;Saint-Étienne;42;FORMATION;TP-00496\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        CandidateCsv csv = CandidateCsv.read(file);
        assertThat(csv.encoding()).isEqualTo("UTF-8");
        assertThat(csv.headerErrors()).isEmpty();
        assertThat(csv.columns().getFirst()).isEqualTo(ImportColumn.BIRTH_NAME);
        assertThat(csv.value(csv.rows().getFirst(), "birthName")).isEqualTo("Lefèvre");
        assertThat(csv.value(csv.rows().getFirst(), "birthCommune")).isEqualTo("Saint-Étienne");
    }

    @Test
    void windows1252IsDetectedWhenTheBytesAreNotUtf8() {
        byte[] file = (HEADER + "\r\nLefèvre;Élodie;F;04/03/1990;Saint-Étienne;42;FORMATION;TP-00496\r\n")
                .getBytes(CandidateCsv.WINDOWS_1252);
        CandidateCsv csv = CandidateCsv.read(file);
        assertThat(csv.encoding()).isEqualTo("Windows-1252");
        assertThat(csv.value(csv.rows().getFirst(), "firstNames")).isEqualTo("Élodie");
        assertThat(csv.value(csv.rows().getFirst(), "birthCommune")).isEqualTo("Saint-Étienne");
    }

    @Test
    void pureAsciiIsUtf8() {
        assertThat(CandidateCsv.read((HEADER + "\n").getBytes(StandardCharsets.US_ASCII)).encoding()).isEqualTo("UTF-8");
    }

    @ParameterizedTest(name = "{0} → «{1}»")
    @CsvSource(delimiter = '|', value = {
            "a;b;c                  | ;",
            "a,b,c                  | ,",
            "a;b,c;d                | ;",
            "\"nom, prénom\";b;c    | ;",
            "\"a;b\",c,d            | ,",
            "seule                  | ;",
    })
    void separatorIsTheMoreFrequentOfTheHeader(String headerLine, char expected) {
        assertThat(CandidateCsv.delimiterOf(headerLine + "\nx;y,z")).isEqualTo(expected);
    }

    @Test
    void commaSeparatedWithQuotedValues() {
        String text = HEADER.replace(';', ',') + ",ccp\nDupont,\"Jean, Paul\",M,1990-01-02,Lyon,69,FORMATION,TP-00496,\"1,2\"\n";
        CandidateCsv csv = CandidateCsv.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(csv.delimiter()).isEqualTo(',');
        assertThat(csv.value(csv.rows().getFirst(), "firstNames")).isEqualTo("Jean, Paul");
        assertThat(csv.value(csv.rows().getFirst(), "trainedCcpNumbers")).isEqualTo("1,2");
    }

    @Test
    void headersAreRecognisedWithoutCaseAccentsOrSpaces() {
        String header = "Nom de naissance;Prénoms;Civilité;Date de naissance;Lieu de naissance;Département de naissance;Parcours;Code titre;Courriel";
        CandidateCsv csv = CandidateCsv.read((header + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(csv.headerErrors()).isEmpty();
        assertThat(csv.columns()).containsExactly(ImportColumn.BIRTH_NAME, ImportColumn.FIRST_NAMES, ImportColumn.SEX,
                ImportColumn.BIRTH_DATE, ImportColumn.BIRTH_COMMUNE, ImportColumn.BIRTH_DEPARTMENT, ImportColumn.PATHWAY,
                ImportColumn.TITLE, ImportColumn.EMAIL);
        assertThat(csv.headerOf("birthDate")).isEqualTo("Date de naissance");
    }

    @Test
    void unknownDuplicateAndMissingColumnsAreReportedOnLineOne() {
        CandidateCsv csv = CandidateCsv.read("nom_naissance;date_naisance;nom;telephone\n".getBytes(StandardCharsets.UTF_8));
        assertThat(csv.headerErrors()).extracting(ImportRowError::line).containsOnly(1);
        assertThat(csv.headerErrors()).extracting(ImportRowError::message).contains(
                "Colonne inconnue « date_naisance » : utilisez les noms du modèle.",
                "Colonne en double : « nom_naissance ».",
                "Colonne obligatoire absente : « prenoms ».",
                "Colonne obligatoire absente : « sexe ».",
                "Colonne obligatoire absente : « date_naissance ».",
                "Colonne obligatoire absente : « parcours ».");
    }

    @Test
    void lineNumbersAreTheSpreadsheetsAndEmptyLinesAreSkipped() {
        String text = HEADER + "\nA;B;F;01/01/1990;Lyon;69;VAE;\n\n;;;;;;;\nC;D;M;01/01/1990;Lyon;69;VAE;\n";
        CandidateCsv csv = CandidateCsv.read(text.getBytes(StandardCharsets.UTF_8));
        List<CandidateCsv.Row> rows = csv.rows().stream().filter(r -> !r.isBlank()).toList();
        assertThat(rows).extracting(CandidateCsv.Row::line).containsExactly(2, 4);
    }

    @Test
    void anUnclosedQuoteIsAFrenchError() {
        CandidateCsv csv = CandidateCsv.read((HEADER + "\n\"Dupont;Jean;M\n").getBytes(StandardCharsets.UTF_8));
        assertThat(csv.headerErrors()).extracting(ImportRowError::message)
                .anySatisfy(m -> assertThat(m).startsWith("Fichier CSV illisible"));
    }

    @Test
    void anEmptyFileSaysWhatIsExpected() {
        assertThat(CandidateCsv.read(new byte[0]).headerErrors()).extracting(ImportRowError::message)
                .containsExactly("Le fichier est vide : la première ligne doit porter les noms des colonnes (téléchargez le modèle).");
    }

    @Test
    void theTemplateIsReadBackWithoutError() {
        CandidateCsv csv = CandidateCsv.read(ImportTemplate.bytes());
        assertThat(csv.headerErrors()).isEmpty();
        assertThat(csv.columns()).containsExactly(ImportColumn.values());
        assertThat(csv.encoding()).isEqualTo("UTF-8");
    }
}
