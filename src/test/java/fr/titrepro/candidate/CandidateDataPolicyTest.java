package fr.titrepro.candidate;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CandidateFixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CandidateDataPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    /** TRI has CCPs 1 and 2; no other title exists. */
    static final TitleLookup TITLES = code -> "TP-00496".equals(code) ? Optional.of(Set.of(1, 2)) : Optional.empty();

    static Stream<Arguments> refusals() {
        return Stream.of(
                // identity
                c("birth name missing", p -> p.birthName = " ", "birthName", "Champ obligatoire."),
                c("digits in a name", p -> p.birthName = "Durand2", "birthName", "Lettres, espaces, tirets et apostrophes uniquement."),
                c("usage name with a digit", p -> p.usageName = "R2D2", "usageName", "Lettres, espaces, tirets et apostrophes uniquement."),
                c("name too long", p -> p.birthName = "A".repeat(101), "birthName", "Ne peut dépasser 100 caractères."),
                c("first names missing", p -> p.firstNames = null, "firstNames", "Champ obligatoire."),
                c("sex missing", p -> p.sex = null, "sex", "Champ obligatoire."),
                c("birth date missing", p -> p.birthDate = null, "birthDate", "Champ obligatoire."),
                c("born tomorrow", p -> p.birthDate = TODAY.plusDays(1), "birthDate", "La date de naissance ne peut pas être dans le futur."),
                c("born before 1900", p -> p.birthDate = LocalDate.of(1899, 12, 31), "birthDate", "Date de naissance invraisemblable (avant 1900)."),
                // birth place
                c("no birth place", p -> { p.birthCommune = null; p.birthDepartment = null; }, "birthCommune",
                        "Lieu de naissance obligatoire : commune et département, ou pays si né(e) à l'étranger."),
                c("commune without department", p -> p.birthDepartment = null, "birthDepartment",
                        "Département de naissance obligatoire (ex. 69, 2A, 974)."),
                c("department without commune", p -> p.birthCommune = null, "birthCommune", "Commune de naissance obligatoire."),
                c("unknown department", p -> p.birthDepartment = "96", "birthDepartment", "Département inconnu « 96 » (ex. 69, 2A, 974)."),
                c("France named as country, no commune", p -> { p.birthCommune = null; p.birthDepartment = null; p.birthCountry = "France"; },
                        "birthCommune", "Lieu de naissance obligatoire : commune et département, ou pays si né(e) à l'étranger."),
                c("abroad with a department", p -> { p.birthCountry = "Maroc"; p.birthCommune = "Rabat"; }, "birthDepartment",
                        "Né(e) à l'étranger : pas de département, seulement le pays (et la ville si vous la connaissez)."),
                // contact
                c("bad e-mail", p -> p.email = "camille.exemple.test", "email", "Adresse électronique invalide."),
                c("bad phone", p -> p.phone = "appelez-moi", "phone", "Numéro de téléphone invalide."),
                c("French postal code of 3 digits", p -> p.postalCode = "690", "postalCode", "Code postal à 5 chiffres."),
                // pathway
                c("pathway missing", p -> p.pathway = null, "pathway", "Champ obligatoire."),
                c("training without title", p -> p.trainingTitleCode = null, "trainingTitleCode",
                        "Titre préparé obligatoire pour un parcours de formation."),
                c("capitalisation without title", p -> { p.pathway = Pathway.PARTIAL; p.trainingTitleCode = null; },
                        "trainingTitleCode", "Titre à compléter obligatoire pour une capitalisation."),
                c("unknown title", p -> p.trainingTitleCode = "TP-99999", "trainingTitleCode", "Titre inconnu : « TP-99999 »."),
                c("CCP the title does not have", p -> p.trainedCcpNumbers = Set.of(2, 3), "trainedCcpNumbers",
                        "Le titre TP-00496 n'a pas de CCP [3] (CCP existants : [1, 2])."),
                c("CCPs without a title", p -> { p.pathway = Pathway.VAE; p.vaeDecisionReference = "R"; p.vaeDecisionDate = TODAY;
                    p.trainingTitleCode = null; p.trainedCcpNumbers = Set.of(1); }, "trainedCcpNumbers",
                        "Indiquez le titre auquel ces CCP appartiennent."),
                c("training without start", p -> p.trainingStart = null, "trainingStart", "Champ obligatoire."),
                c("training without end", p -> p.trainingEnd = null, "trainingEnd", "Champ obligatoire."),
                c("training ends before it starts", p -> p.trainingEnd = p.trainingStart.minusDays(1), "trainingEnd",
                        "La fin de la formation précède son début."),
                c("VAE without decision", p -> { p.pathway = Pathway.VAE; p.vaeDecisionDate = TODAY; }, "vaeDecisionReference",
                        "Champ obligatoire."),
                c("VAE without decision date", p -> { p.pathway = Pathway.VAE; p.vaeDecisionReference = "DREETS-1"; },
                        "vaeDecisionDate", "Champ obligatoire."),
                c("VAE decided tomorrow", p -> { p.pathway = Pathway.VAE; p.vaeDecisionReference = "DREETS-1";
                    p.vaeDecisionDate = TODAY.plusDays(1); }, "vaeDecisionDate",
                        "La décision de recevabilité ne peut pas être datée dans le futur."),
                // accommodations
                c("negative extra time", p -> p.extraTimePercent = -1, "extraTimePercent",
                        "Le temps supplémentaire est un pourcentage entre 0 et 100 (tiers-temps : 33)."),
                c("extra time above 100 %", p -> p.extraTimePercent = 101, "extraTimePercent",
                        "Le temps supplémentaire est un pourcentage entre 0 et 100 (tiers-temps : 33)."),
                c("notes too long", p -> p.accommodationNotes = "x".repeat(1001), "accommodationNotes",
                        "Ne peut dépasser 1000 caractères."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithTheFieldAndAFrenchMessage(String label, Consumer<Person> change, String field, String message) {
        Person p = CandidateFixtures.person();
        change.accept(p);
        assertThat(check(p)).containsExactly(new FieldError(field, message));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                c("a complete training candidate", p -> { }, null, null),
                c("names with accents, hyphen, apostrophe", p -> p.named("N'Diaye-Lefèvre", "Élodie-Anne, Marie"), null, null),
                c("typographic apostrophe", p -> p.birthName = "O’Connor", null, null),
                c("born abroad: country only", p -> { p.birthCommune = null; p.birthDepartment = null; p.birthCountry = "Maroc"; }, null, null),
                c("born abroad: city and country", p -> { p.birthCommune = "Casablanca"; p.birthDepartment = null; p.birthCountry = "Maroc"; }, null, null),
                c("Corsica", p -> { p.birthCommune = "Ajaccio"; p.birthDepartment = "2A"; }, null, null),
                c("overseas", p -> { p.birthCommune = "Saint-Denis"; p.birthDepartment = "974"; }, null, null),
                c("department typed without its zero", p -> { p.birthCommune = "Bourg-en-Bresse"; p.birthDepartment = "1"; }, null, null),
                c("postal code without its zero", p -> p.postalCode = "1000", null, null),
                c("foreign postal code", p -> { p.postalCode = "1000"; p.country = "Belgique"; }, null, null),
                c("born today", p -> p.birthDate = TODAY, null, null),
                c("some CCPs of the title", p -> p.trainedCcpNumbers = Set.of(1), null, null),
                c("VAE with its decision, no title", p -> { p.pathway = Pathway.VAE; p.trainingTitleCode = null; p.trainingStart = null;
                    p.trainingEnd = null; p.vaeDecisionReference = "DREETS-ARA-2025-1"; p.vaeDecisionDate = TODAY; }, null, null),
                c("capitalisation with its title", p -> { p.pathway = Pathway.PARTIAL; p.trainingStart = null; p.trainingEnd = null; }, null, null),
                c("tiers-temps", p -> p.extraTimePercent = 33, null, null),
                c("no extra time", p -> p.extraTimePercent = 0, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepts(String label, Consumer<Person> change, String ignored, String alsoIgnored) {
        Person p = CandidateFixtures.person();
        change.accept(p);
        assertThat(check(p)).isEmpty();
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        Person p = CandidateFixtures.person();
        p.birthName = null;
        p.sex = null;
        p.email = "x";
        p.pathway = null;
        assertThat(check(p)).extracting(FieldError::field).containsExactly("birthName", "sex", "email", "pathway");
    }

    @Test
    void normalisationPutsBackTheZerosASpreadsheetDrops() {
        Person p = CandidateFixtures.person();
        p.birthDepartment = "1";
        p.postalCode = "1000";
        p.trainingTitleCode = " tp-00496 ";
        p.birthName = "  De   La Fontaine ";
        CandidateData d = p.data().normalised();
        assertThat(d.birthDepartment()).isEqualTo("01");
        assertThat(d.postalCode()).isEqualTo("01000");
        assertThat(d.trainingTitleCode()).isEqualTo("TP-00496");
        assertThat(d.birthName()).isEqualTo("De La Fontaine");
    }

    private static List<FieldError> check(Person p) {
        return CandidateDataPolicy.check(p.data().normalised(), TITLES, TODAY);
    }

    private static Arguments c(String label, Consumer<Person> change, String field, String message) {
        return arguments(label, change, field, message);
    }
}
