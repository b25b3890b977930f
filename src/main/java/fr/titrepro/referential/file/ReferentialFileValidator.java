package fr.titrepro.referential.file;

import com.fasterxml.jackson.databind.JsonNode;
import fr.titrepro.referential.AssessmentKind;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.shared.error.FieldError;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a référentiel file, already parsed into a tree, and lists every error with its path and a French
 * message (not only the first one), so that an admin can fix the whole file at once. Pure: no I/O.
 */
public final class ReferentialFileValidator {

    /** What the validator needs to know of the versions already loaded. */
    @FunctionalInterface
    public interface KnownVersions {
        /** CCP numbers of that version, or empty when it is not loaded. */
        Optional<Set<Integer>> ccpNumbers(String code, String version);
    }

    private static final Pattern TITLE_CODE = Pattern.compile("TP-\\d{5}");
    private static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");
    private static final Pattern RNCP = Pattern.compile("RNCP\\d{3,6}");
    private static final Set<String> TOP_LEVEL = Set.of("code", "acronym", "name", "level", "eqfLevel", "nsfCodes",
            "romeCodes", "version", "rncp", "validFrom", "validUntil", "status", "closedOn", "source", "specialityDecree", "replaces",
            "finalInterviewMinutes", "ccps", "transversalCompetencies", "ccs");

    private final KnownVersions known;
    private final JsonFields in = new JsonFields();

    private ReferentialFileValidator(KnownVersions known) {
        this.known = known;
    }

    public static List<FieldError> validate(JsonNode root, KnownVersions known) {
        ReferentialFileValidator v = new ReferentialFileValidator(known);
        v.root(root);
        return v.in.errors();
    }

    private void root(JsonNode root) {
        if (root == null || !root.isObject()) {
            in.error("", "Le fichier doit décrire une version de titre (un objet YAML ou JSON).");
            return;
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                in.error(name, "Champ inconnu.");
            }
        });
        String code = in.text(root, "code", "", true, 16);
        if (code != null && !TITLE_CODE.matcher(code).matches()) {
            in.error("code", "Le code du titre doit avoir la forme TP-00000.");
        }
        in.text(root, "acronym", "", true, 20);
        in.text(root, "name", "", true, 255);
        in.integer(root, "level", "", true, 1, 8);
        in.integer(root, "eqfLevel", "", true, 1, 8);
        codedLabels(root, "nsfCodes", true, null);
        codedLabels(root, "romeCodes", false, ROME_CODE);
        String version = in.text(root, "version", "", true, 20);
        String rncp = in.text(root, "rncp", "", false, 20);
        if (rncp != null && !RNCP.matcher(rncp).matches()) {
            in.error("rncp", "Le numéro RNCP doit avoir la forme RNCP12345.");
        }
        LocalDate from = in.date(root, "validFrom", "", true);
        LocalDate until = in.date(root, "validUntil", "", false);
        if (from != null && until != null && until.isBefore(from)) {
            in.error("validUntil", "La fin de validité doit suivre le début de validité.");
        }
        String status = in.text(root, "status", "", true, 10);
        if (status != null && !isStatus(status)) {
            in.error("status", "Statut inconnu : valeurs permises ACTIVE, EXTENDED, REVISED, CLOSED.");
        }
        LocalDate closedOn = in.date(root, "closedOn", "", false);
        if ("CLOSED".equals(status) && closedOn == null && !in.errors().stream().anyMatch(e -> e.field().equals("closedOn"))) {
            in.error("closedOn", "La date de clôture est obligatoire pour un titre clos.");
        }
        in.text(root, "source", "", false, 500);
        String decree = in.text(root, "specialityDecree", "", false, 500);
        if (decree != null && !decree.toLowerCase(java.util.Locale.ROOT).startsWith("arrêté du ")) {
            in.error("specialityDecree", "L'arrêté de spécialité s'écrit tel que le parchemin le vise, à partir de "
                    + "« arrêté du … » (ex. « arrêté du 22 juillet 2003 portant création du titre professionnel … »).");
        }
        in.integer(root, "finalInterviewMinutes", "", false, 1, 600);
        Set<Integer> ccpNumbers = ccps(root.get("ccps"));
        competencies(root.get("transversalCompetencies"), "transversalCompetencies", false, false, new HashSet<>());
        ccsBlocks(root.get("ccs"));
        replaces(root.get("replaces"), code, version, ccpNumbers);
    }

    private Set<Integer> ccps(JsonNode ccps) {
        Set<Integer> numbers = new HashSet<>();
        if (!in.requireArray(ccps, "ccps", true, "Au moins un CCP est requis.")) {
            return numbers;
        }
        Set<Integer> competencyNumbers = new HashSet<>();
        for (int i = 0; i < ccps.size(); i++) {
            String path = "ccps[" + i + "]";
            JsonNode ccp = ccps.get(i);
            if (!ccp.isObject()) {
                in.error(path, "Un CCP doit être un objet.");
                continue;
            }
            Integer number = in.integer(ccp, "number", path + ".", true, 1, 99);
            if (number != null) {
                if (number != i + 1) {
                    in.error(path + ".number", "Les CCP doivent être numérotés 1, 2, 3… dans l'ordre (attendu : " + (i + 1) + ").");
                }
                numbers.add(number);
            }
            in.text(ccp, "name", path + ".", true, 500);
            assessments(ccp.get("assessments"), path + ".assessments");
            competencies(ccp.get("competencies"), path + ".competencies", true, true, competencyNumbers);
        }
        return numbers;
    }

    private void assessments(JsonNode list, String path) {
        if (!in.requireArray(list, path, false, null)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode a = list.get(i);
            if (!a.isObject()) {
                in.error(p, "Une épreuve doit être un objet (kind, minutes).");
                continue;
            }
            String kind = in.text(a, "kind", p + ".", true, 40);
            if (kind != null && !isAssessmentKind(kind)) {
                in.error(p + ".kind", "Épreuve inconnue : MSP, PROJECT_PRESENTATION, ENTRETIEN_TECHNIQUE, "
                        + "QUESTIONNAIRE_PROFESSIONNEL ou QUESTIONNEMENT_PRODUCTIONS.");
            }
            in.integer(a, "minutes", p + ".", true, 1, 1440);
        }
    }

    private void competencies(JsonNode list, String path, boolean required, boolean numbered, Set<Integer> seen) {
        if (!in.requireArray(list, path, required, "Au moins une compétence est requise.")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode c = list.get(i);
            if (!c.isObject()) {
                in.error(p, "Une compétence doit être un objet.");
                continue;
            }
            Integer number = in.integer(c, "number", p + ".", numbered, 1, 999);
            if (number != null && !seen.add(number)) {
                in.error(p + ".number", "Le numéro de compétence " + number + " est déjà utilisé dans ce titre.");
            }
            in.text(c, "name", p + ".", true, 500);
            in.text(c, "description", p + ".", false, 10_000);
            JsonNode criteria = c.get("criteria");
            if (!in.requireArray(criteria, p + ".criteria", true, "Au moins un critère de performance est requis.")) {
                continue;
            }
            for (int j = 0; j < criteria.size(); j++) {
                JsonNode criterion = criteria.get(j);
                if (!criterion.isTextual() || criterion.asText().isBlank()) {
                    in.error(p + ".criteria[" + j + "]", "Un critère de performance doit être un texte non vide.");
                } else if (criterion.asText().length() > 1000) {
                    in.error(p + ".criteria[" + j + "]", "Un critère de performance ne peut dépasser 1000 caractères.");
                }
            }
        }
    }

    private void ccsBlocks(JsonNode list) {
        if (!in.requireArray(list, "ccs", false, null)) {
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String p = "ccs[" + i + "]";
            JsonNode block = list.get(i);
            if (!block.isObject()) {
                in.error(p, "Un CCS doit être un objet.");
                continue;
            }
            String code = in.text(block, "code", p + ".", true, 20);
            if (code != null && !codes.add(code)) {
                in.error(p + ".code", "Le code de CCS " + code + " est déjà utilisé dans ce titre.");
            }
            in.text(block, "name", p + ".", true, 500);
            competencies(block.get("competencies"), p + ".competencies", true, false, new HashSet<>());
        }
    }

    /** The version replaced and its correspondence table ({@link ReplacedVersionCheck}). */
    private void replaces(JsonNode replaces, String code, String version, Set<Integer> newCcps) {
        new ReplacedVersionCheck(in, known).check(replaces, code, version, newCcps);
    }

    private void codedLabels(JsonNode root, String field, boolean required, Pattern codePattern) {
        JsonNode list = root.get(field);
        if (!in.requireArray(list, field, required, "Au moins un code est requis.")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = field + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                in.error(p, "Doit être un objet (code, label).");
                continue;
            }
            String code = in.text(item, "code", p + ".", true, 10);
            if (code != null && codePattern != null && !codePattern.matcher(code).matches()) {
                in.error(p + ".code", "Code ROME invalide (forme attendue : I1401).");
            }
            in.text(item, "label", p + ".", false, 255);
        }
    }

    private static boolean isStatus(String value) {
        for (TitleStatus s : TitleStatus.values()) {
            if (s.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAssessmentKind(String value) {
        for (AssessmentKind k : AssessmentKind.values()) {
            if (k.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
