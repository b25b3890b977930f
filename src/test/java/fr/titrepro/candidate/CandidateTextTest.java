package fr.titrepro.candidate;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.text.FrenchDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what people type: dates, sex, pathway, CCP lists, percentages. */
class CandidateTextTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "14/05/1996          | 1996-05-14",
            "4/5/1996            | 1996-05-04",
            "14-05-1996          | 1996-05-14",
            "14.05.1996          | 1996-05-14",
            "1996-05-14          | 1996-05-14",
            "14/05/1996 00:00    | 1996-05-14",
            "1996-05-14T00:00:00 | 1996-05-14",
            "29/02/2024          | 2024-02-29",
            "29/02/2023          | -",
            "31/04/1996          | -",
            "05/14/1996          | -",
            "14/05/96            | -",
            "1996/05/14          | -",
            "le 14 mai 1996      | -",
    })
    void frenchAndIsoDates(String text, LocalDate expected) {
        assertThat(FrenchDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "sex «{0}» → {1}")
    @CsvSource({"F, F", "f, F", "Femme, F", "Mme, F", "Madame, F", "féminin, F", "M, M", "M., M", "H, M", "Homme, M",
            "Monsieur, M", "masculin, M"})
    void sexes(String text, Sex expected) {
        assertThat(parse(Map.of("sex", text)).data().sex()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pathway «{0}» → {1}")
    @CsvSource({"FORMATION, TRAINING", "formation, TRAINING", "TRAINING, TRAINING", "VAE, VAE", "vae, VAE",
            "CAPITALISATION, PARTIAL", "Capitalisation, PARTIAL", "PARTIAL, PARTIAL", "partiel, PARTIAL"})
    void pathways(String text, Pathway expected) {
        assertThat(parse(Map.of("pathway", text)).data().pathway()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "CCPs «{0}» → {1}")
    @CsvSource(delimiter = '|', value = {"1,2 | [1, 2]", "1 2 | [1, 2]", "CCP 1 ; CCP 2 | [1, 2]", "2 | [2]",
            "1/2 | [1, 2]"})
    void ccpLists(String text, String expected) {
        assertThat(parse(Map.of("trainedCcpNumbers", text)).data().trainedCcpNumbers().toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "extra time «{0}» → {1}")
    @CsvSource({"33, 33", "33 %, 33", "33%, 33", "0, 0"})
    void percentages(String text, int expected) {
        assertThat(parse(Map.of("extraTimePercent", text)).data().extraTimePercent()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = «{1}»")
    @CsvSource(delimiter = '|', value = {
            "birthDate         | 31/02/1990 | Date invalide « 31/02/1990 » : format attendu jj/mm/aaaa ou aaaa-mm-jj.",
            "trainingStart     | septembre  | Date invalide « septembre » : format attendu jj/mm/aaaa ou aaaa-mm-jj.",
            "sex               | X          | Sexe inconnu « X » : F (femme) ou M (homme).",
            "pathway           | alternance | Parcours inconnu « alternance » : FORMATION, VAE ou CAPITALISATION.",
            "trainedCcpNumbers | le premier | Liste de CCP illisible « le premier » : numéros séparés par des virgules (ex. 1,2).",
            "trainedCcpNumbers | 1234       | Numéro de CCP invraisemblable « 1234 ».",
            "extraTimePercent  | un tiers   | Nombre entier attendu « un tiers » (ex. 33).",
    })
    void unreadableValuesAreReportedInFrench(String field, String text, String message) {
        assertThat(parse(Map.of(field, text)).errors()).containsExactly(new FieldError(field, message));
    }

    @Test
    void blanksAreNull() {
        CandidateData d = parse(Map.of("birthName", "  ", "email", "")).data();
        assertThat(d.birthName()).isNull();
        assertThat(d.email()).isNull();
    }

    @Test
    void anUnreadableValueIsNotAlsoReportedAsMissing() {
        List<FieldError> read = List.of(new FieldError("birthDate", "Date invalide"));
        List<FieldError> rules = List.of(new FieldError("birthDate", "Champ obligatoire."), new FieldError("sex", "Champ obligatoire."));
        assertThat(CandidateText.merge(read, rules)).containsExactly(new FieldError("birthDate", "Date invalide"),
                new FieldError("sex", "Champ obligatoire."));
    }

    private static CandidateText.Parsed parse(Map<String, String> values) {
        return CandidateText.parse(values::get);
    }
}
