package fr.titrepro.candidate;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.text.FrenchDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a candidate typed as text (a page's form, a row of an import file) into {@link CandidateData}, with a French
 * message for each value that cannot be read (bad date, unknown sex or pathway…). Field names are the API's.
 */
public final class CandidateText {

    /** The fields that hold dates, as the API names them. */
    public static final List<String> DATE_FIELDS = List.of("birthDate", "trainingStart", "trainingEnd", "vaeDecisionDate");

    private static final Map<String, Sex> SEXES = Map.ofEntries(
            Map.entry("F", Sex.F), Map.entry("FEMME", Sex.F), Map.entry("FEMININ", Sex.F), Map.entry("MME", Sex.F),
            Map.entry("MADAME", Sex.F), Map.entry("M", Sex.M), Map.entry("H", Sex.M), Map.entry("HOMME", Sex.M),
            Map.entry("MASCULIN", Sex.M), Map.entry("MR", Sex.M), Map.entry("MONSIEUR", Sex.M));
    private static final Map<String, Pathway> PATHWAYS = Map.of(
            "TRAINING", Pathway.TRAINING, "FORMATION", Pathway.TRAINING, "VAE", Pathway.VAE,
            "PARTIAL", Pathway.PARTIAL, "CAPITALISATION", Pathway.PARTIAL, "PARTIEL", Pathway.PARTIAL);

    public record Parsed(CandidateData data, List<FieldError> errors) {
    }

    private final Function<String, String> raw;
    private final List<FieldError> errors = new ArrayList<>();

    private CandidateText(Function<String, String> raw) {
        this.raw = raw;
    }

    /** @param raw the text typed for each API field name (null or blank when empty) */
    public static Parsed parse(Function<String, String> raw) {
        CandidateText t = new CandidateText(raw);
        CandidateData data = new CandidateData(t.text("birthName"), t.text("usageName"), t.text("firstNames"),
                t.sex(), t.date("birthDate"), t.text("birthCommune"), t.text("birthDepartment"), t.text("birthCountry"),
                t.text("nationality"), t.text("email"), t.text("phone"), t.text("addressLine"), t.text("postalCode"),
                t.text("city"), t.text("country"), t.pathway(), t.text("trainingTitleCode"), t.date("trainingStart"),
                t.date("trainingEnd"), t.ccps(), t.text("vaeDecisionReference"), t.date("vaeDecisionDate"),
                t.percent(), t.text("assistance"), t.text("adaptedEquipment"), t.text("accommodationNotes"));
        return new Parsed(data, List.copyOf(t.errors));
    }

    /**
     * The errors of reading followed by the rules' errors, one per field: a value that could not be read is not also
     * reported as missing.
     */
    public static List<FieldError> merge(List<FieldError> readErrors, List<FieldError> ruleErrors) {
        List<FieldError> all = new ArrayList<>(readErrors);
        Set<String> unreadable = new LinkedHashSet<>();
        readErrors.forEach(e -> unreadable.add(e.field()));
        ruleErrors.stream().filter(e -> !unreadable.contains(e.field())).forEach(all::add);
        return all;
    }

    private String text(String field) {
        String value = raw.apply(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        LocalDate date = FrenchDates.parse(value);
        if (date == null) {
            errors.add(new FieldError(field, "Date invalide « " + value + " » : " + FrenchDates.EXPECTED + "."));
        }
        return date;
    }

    private Sex sex() {
        String value = text("sex");
        if (value == null) {
            return null;
        }
        Sex sex = SEXES.get(IdentityKey.normalise(value));
        if (sex == null) {
            errors.add(new FieldError("sex", "Sexe inconnu « " + value + " » : F (femme) ou M (homme)."));
        }
        return sex;
    }

    private Pathway pathway() {
        String value = text("pathway");
        if (value == null) {
            return null;
        }
        Pathway pathway = PATHWAYS.get(IdentityKey.normalise(value));
        if (pathway == null) {
            errors.add(new FieldError("pathway", "Parcours inconnu « " + value + " » : FORMATION, VAE ou CAPITALISATION."));
        }
        return pathway;
    }

    /** "1,2", "1 2", "CCP 1 ; CCP 2"… */
    private Set<Integer> ccps() {
        String value = text("trainedCcpNumbers");
        Set<Integer> numbers = new LinkedHashSet<>();
        if (value == null) {
            return numbers;
        }
        String digits = value.replaceAll("(?i)ccp", " ");
        if (!digits.matches("[\\d\\s,;|/+-]*")) {
            errors.add(new FieldError("trainedCcpNumbers",
                    "Liste de CCP illisible « " + value + " » : numéros séparés par des virgules (ex. 1,2)."));
            return numbers;
        }
        for (String part : digits.split("[^\\d]+")) {
            if (part.length() > 2) {
                errors.add(new FieldError("trainedCcpNumbers", "Numéro de CCP invraisemblable « " + part + " »."));
                return new LinkedHashSet<>();
            }
            if (!part.isEmpty()) {
                numbers.add(Integer.parseInt(part));
            }
        }
        return numbers;
    }

    private Integer percent() {
        String value = text("extraTimePercent");
        if (value == null) {
            return null;
        }
        String number = value.replace("%", "").strip();
        if (!number.matches("\\d{1,3}")) {
            errors.add(new FieldError("extraTimePercent", "Nombre entier attendu « " + value + " » (ex. 33)."));
            return null;
        }
        return Integer.parseInt(number);
    }
}
