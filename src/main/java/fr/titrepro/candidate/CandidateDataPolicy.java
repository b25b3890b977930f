package fr.titrepro.candidate;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.Violations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a candidate record must hold so that the documents can be issued (Arrêté du 22 décembre 2015: the
 * parchemin and the livret name the holder by name, first names, birth date and birth place) and so that the
 * pathway can be checked at enrolment (training: the title or CCPs trained for; VAE: the recevabilité decision;
 * capitalisation: the title being completed). Works on {@link CandidateData#normalised() normalised} data.
 */
public final class CandidateDataPolicy {

    static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final Pattern NAME = Pattern.compile("^\\p{L}[\\p{L}'’ -]*$");
    private static final Pattern FIRST_NAMES = Pattern.compile("^\\p{L}[\\p{L}'’ ,-]*$");
    /** Metropolitan 01–95 (2A, 2B for Corsica), overseas 971–976, overseas collectivities 975, 977, 978, 984–989. */
    private static final Pattern DEPARTMENT = Pattern.compile("^(0[1-9]|[1-8]\\d|9[0-5]|2A|2B|97[1-8]|98[4-9])$");

    private CandidateDataPolicy() {
    }

    public static List<FieldError> check(CandidateData d, TitleLookup titles, LocalDate today) {
        Violations v = new Violations();
        name(v, "birthName", d.birthName(), true, NAME, 100);
        name(v, "usageName", d.usageName(), false, NAME, 100);
        name(v, "firstNames", d.firstNames(), true, FIRST_NAMES, 255);
        v.required("sex", d.sex());
        if (v.required("birthDate", d.birthDate())) {
            v.when(d.birthDate().isAfter(today), "birthDate", "La date de naissance ne peut pas être dans le futur.");
            v.when(d.birthDate().isBefore(OLDEST_BIRTH_DATE), "birthDate", "Date de naissance invraisemblable (avant 1900).");
        }
        birthPlace(v, d);
        v.maxLength("nationality", d.nationality(), 100);
        v.email("email", d.email()).maxLength("email", d.email(), 255);
        v.phone("phone", d.phone());
        v.maxLength("addressLine", d.addressLine(), 255).maxLength("city", d.city(), 100)
                .maxLength("country", d.country(), 100);
        if (d.postalCode() != null) {
            if (CandidateData.isFrance(d.country())) {
                v.frenchPostalCode("postalCode", d.postalCode());
            }
            v.maxLength("postalCode", d.postalCode(), 10);
        }
        pathway(v, d, titles, today);
        if (d.extraTimePercent() != null) {
            v.when(d.extraTimePercent() < 0 || d.extraTimePercent() > 100, "extraTimePercent",
                    "Le temps supplémentaire est un pourcentage entre 0 et 100 (tiers-temps : 33).");
        }
        v.maxLength("assistance", d.assistance(), 500).maxLength("adaptedEquipment", d.adaptedEquipment(), 500)
                .maxLength("accommodationNotes", d.accommodationNotes(), 1000);
        return v.list();
    }

    private static void name(Violations v, String field, String value, boolean required, Pattern pattern, int max) {
        if (value == null) {
            if (required) {
                v.required(field, null);
            }
            return;
        }
        v.when(!pattern.matcher(value).matches(), field, "Lettres, espaces, tirets et apostrophes uniquement.");
        v.maxLength(field, value, max);
    }

    /** Born in France: commune and department. Born abroad: the country (the commune is optional). */
    private static void birthPlace(Violations v, CandidateData d) {
        boolean abroad = d.birthCountry() != null && !CandidateData.isFrance(d.birthCountry());
        if (abroad) {
            v.when(d.birthDepartment() != null, "birthDepartment",
                    "Né(e) à l'étranger : pas de département, seulement le pays (et la ville si vous la connaissez).");
        } else if (d.birthCommune() == null && d.birthDepartment() == null) {
            v.add("birthCommune", "Lieu de naissance obligatoire : commune et département, ou pays si né(e) à l'étranger.");
        } else {
            v.when(d.birthCommune() == null, "birthCommune", "Commune de naissance obligatoire.");
            if (d.birthDepartment() == null) {
                v.add("birthDepartment", "Département de naissance obligatoire (ex. 69, 2A, 974).");
            } else {
                v.when(!DEPARTMENT.matcher(d.birthDepartment()).matches(), "birthDepartment",
                        "Département inconnu « " + d.birthDepartment() + " » (ex. 69, 2A, 974).");
            }
        }
        v.maxLength("birthCommune", d.birthCommune(), 100).maxLength("birthCountry", d.birthCountry(), 100);
    }

    private static void pathway(Violations v, CandidateData d, TitleLookup titles, LocalDate today) {
        if (!v.required("pathway", d.pathway())) {
            return;
        }
        boolean titleRequired = d.pathway() != Pathway.VAE;
        Optional<Set<Integer>> ccps = Optional.empty();
        if (d.trainingTitleCode() == null) {
            if (titleRequired) {
                v.add("trainingTitleCode", d.pathway() == Pathway.TRAINING
                        ? "Titre préparé obligatoire pour un parcours de formation."
                        : "Titre à compléter obligatoire pour une capitalisation.");
            }
        } else {
            ccps = titles.ccpNumbers(d.trainingTitleCode());
            v.when(ccps.isEmpty(), "trainingTitleCode", "Titre inconnu : « " + d.trainingTitleCode() + " ».");
        }
        Set<Integer> trained = d.trainedCcpNumbers() == null ? Set.of() : d.trainedCcpNumbers();
        if (!trained.isEmpty()) {
            if (d.trainingTitleCode() == null) {
                v.add("trainedCcpNumbers", "Indiquez le titre auquel ces CCP appartiennent.");
            } else if (ccps.isPresent()) {
                Set<Integer> unknown = new TreeSet<>(trained);
                unknown.removeAll(ccps.get());
                v.when(!unknown.isEmpty(), "trainedCcpNumbers", "Le titre " + d.trainingTitleCode()
                        + " n'a pas de CCP " + unknown + " (CCP existants : " + new TreeSet<>(ccps.get()) + ").");
            }
        }
        if (d.pathway() == Pathway.TRAINING) {
            v.required("trainingStart", d.trainingStart());
            v.required("trainingEnd", d.trainingEnd());
        }
        if (d.trainingStart() != null && d.trainingEnd() != null) {
            v.when(d.trainingEnd().isBefore(d.trainingStart()), "trainingEnd",
                    "La fin de la formation précède son début.");
        }
        if (d.pathway() == Pathway.VAE) {
            v.required("vaeDecisionReference", d.vaeDecisionReference());
            if (v.required("vaeDecisionDate", d.vaeDecisionDate())) {
                v.when(d.vaeDecisionDate().isAfter(today), "vaeDecisionDate",
                        "La décision de recevabilité ne peut pas être datée dans le futur.");
            }
        }
        v.maxLength("vaeDecisionReference", d.vaeDecisionReference(), 100);
    }
}
