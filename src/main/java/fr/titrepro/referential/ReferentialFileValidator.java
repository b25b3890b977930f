package fr.titrepro.referential;

import com.fasterxml.jackson.databind.JsonNode;
import fr.titrepro.shared.error.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    private final List<FieldError> errors = new ArrayList<>();

    private ReferentialFileValidator(KnownVersions known) {
        this.known = known;
    }

    public static List<FieldError> validate(JsonNode root, KnownVersions known) {
        ReferentialFileValidator v = new ReferentialFileValidator(known);
        v.root(root);
        return List.copyOf(v.errors);
    }

    private void root(JsonNode root) {
        if (root == null || !root.isObject()) {
            error("", "Le fichier doit décrire une version de titre (un objet YAML ou JSON).");
            return;
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                error(name, "Champ inconnu.");
            }
        });
        String code = text(root, "code", "", true, 16);
        if (code != null && !TITLE_CODE.matcher(code).matches()) {
            error("code", "Le code du titre doit avoir la forme TP-00000.");
        }
        text(root, "acronym", "", true, 20);
        text(root, "name", "", true, 255);
        integer(root, "level", "", true, 1, 8);
        integer(root, "eqfLevel", "", true, 1, 8);
        codedLabels(root, "nsfCodes", true, null);
        codedLabels(root, "romeCodes", false, ROME_CODE);
        String version = text(root, "version", "", true, 20);
        String rncp = text(root, "rncp", "", false, 20);
        if (rncp != null && !RNCP.matcher(rncp).matches()) {
            error("rncp", "Le numéro RNCP doit avoir la forme RNCP12345.");
        }
        LocalDate from = date(root, "validFrom", "", true);
        LocalDate until = date(root, "validUntil", "", false);
        if (from != null && until != null && until.isBefore(from)) {
            error("validUntil", "La fin de validité doit suivre le début de validité.");
        }
        String status = text(root, "status", "", true, 10);
        if (status != null && !isStatus(status)) {
            error("status", "Statut inconnu : valeurs permises ACTIVE, EXTENDED, REVISED, CLOSED.");
        }
        LocalDate closedOn = date(root, "closedOn", "", false);
        if ("CLOSED".equals(status) && closedOn == null && !errors.stream().anyMatch(e -> e.field().equals("closedOn"))) {
            error("closedOn", "La date de clôture est obligatoire pour un titre clos.");
        }
        text(root, "source", "", false, 500);
        String decree = text(root, "specialityDecree", "", false, 500);
        if (decree != null && !decree.toLowerCase(java.util.Locale.ROOT).startsWith("arrêté du ")) {
            error("specialityDecree", "L'arrêté de spécialité s'écrit tel que le parchemin le vise, à partir de "
                    + "« arrêté du … » (ex. « arrêté du 22 juillet 2003 portant création du titre professionnel … »).");
        }
        integer(root, "finalInterviewMinutes", "", false, 1, 600);
        Set<Integer> ccpNumbers = ccps(root.get("ccps"));
        competencies(root.get("transversalCompetencies"), "transversalCompetencies", false, false, new HashSet<>());
        ccsBlocks(root.get("ccs"));
        replaces(root.get("replaces"), code, version, ccpNumbers);
    }

    private Set<Integer> ccps(JsonNode ccps) {
        Set<Integer> numbers = new HashSet<>();
        if (!requireArray(ccps, "ccps", true, "Au moins un CCP est requis.")) {
            return numbers;
        }
        Set<Integer> competencyNumbers = new HashSet<>();
        for (int i = 0; i < ccps.size(); i++) {
            String path = "ccps[" + i + "]";
            JsonNode ccp = ccps.get(i);
            if (!ccp.isObject()) {
                error(path, "Un CCP doit être un objet.");
                continue;
            }
            Integer number = integer(ccp, "number", path + ".", true, 1, 99);
            if (number != null) {
                if (number != i + 1) {
                    error(path + ".number", "Les CCP doivent être numérotés 1, 2, 3… dans l'ordre (attendu : " + (i + 1) + ").");
                }
                numbers.add(number);
            }
            text(ccp, "name", path + ".", true, 500);
            assessments(ccp.get("assessments"), path + ".assessments");
            competencies(ccp.get("competencies"), path + ".competencies", true, true, competencyNumbers);
        }
        return numbers;
    }

    private void assessments(JsonNode list, String path) {
        if (!requireArray(list, path, false, null)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode a = list.get(i);
            if (!a.isObject()) {
                error(p, "Une épreuve doit être un objet (kind, minutes).");
                continue;
            }
            String kind = text(a, "kind", p + ".", true, 40);
            if (kind != null && !isAssessmentKind(kind)) {
                error(p + ".kind", "Épreuve inconnue : MSP, PROJECT_PRESENTATION, ENTRETIEN_TECHNIQUE, "
                        + "QUESTIONNAIRE_PROFESSIONNEL ou QUESTIONNEMENT_PRODUCTIONS.");
            }
            integer(a, "minutes", p + ".", true, 1, 1440);
        }
    }

    private void competencies(JsonNode list, String path, boolean required, boolean numbered, Set<Integer> seen) {
        if (!requireArray(list, path, required, "Au moins une compétence est requise.")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode c = list.get(i);
            if (!c.isObject()) {
                error(p, "Une compétence doit être un objet.");
                continue;
            }
            Integer number = integer(c, "number", p + ".", numbered, 1, 999);
            if (number != null && !seen.add(number)) {
                error(p + ".number", "Le numéro de compétence " + number + " est déjà utilisé dans ce titre.");
            }
            text(c, "name", p + ".", true, 500);
            text(c, "description", p + ".", false, 10_000);
            JsonNode criteria = c.get("criteria");
            if (!requireArray(criteria, p + ".criteria", true, "Au moins un critère de performance est requis.")) {
                continue;
            }
            for (int j = 0; j < criteria.size(); j++) {
                JsonNode criterion = criteria.get(j);
                if (!criterion.isTextual() || criterion.asText().isBlank()) {
                    error(p + ".criteria[" + j + "]", "Un critère de performance doit être un texte non vide.");
                } else if (criterion.asText().length() > 1000) {
                    error(p + ".criteria[" + j + "]", "Un critère de performance ne peut dépasser 1000 caractères.");
                }
            }
        }
    }

    private void ccsBlocks(JsonNode list) {
        if (!requireArray(list, "ccs", false, null)) {
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String p = "ccs[" + i + "]";
            JsonNode block = list.get(i);
            if (!block.isObject()) {
                error(p, "Un CCS doit être un objet.");
                continue;
            }
            String code = text(block, "code", p + ".", true, 20);
            if (code != null && !codes.add(code)) {
                error(p + ".code", "Le code de CCS " + code + " est déjà utilisé dans ce titre.");
            }
            text(block, "name", p + ".", true, 500);
            competencies(block.get("competencies"), p + ".competencies", true, false, new HashSet<>());
        }
    }

    private void replaces(JsonNode replaces, String code, String version, Set<Integer> newCcps) {
        if (replaces == null || replaces.isNull()) {
            return;
        }
        if (!replaces.isObject()) {
            error("replaces", "« replaces » doit être un objet (code, version, correspondences).");
            return;
        }
        String oldCode = text(replaces, "code", "replaces.", true, 16);
        String oldVersion = text(replaces, "version", "replaces.", true, 20);
        JsonNode official = replaces.get("official");
        if (official != null && !official.isNull() && !official.isBoolean()) {
            error("replaces.official", "Doit valoir true ou false.");
        }
        text(replaces, "note", "replaces.", false, 1000);
        if (oldCode == null || oldVersion == null) {
            return;
        }
        if (oldCode.equals(code) && oldVersion.equals(version)) {
            error("replaces", "Une version ne peut pas se remplacer elle-même.");
            return;
        }
        Optional<Set<Integer>> oldCcps = known.ccpNumbers(oldCode, oldVersion);
        if (oldCcps.isEmpty()) {
            error("replaces", "La version remplacée " + oldCode + " version " + oldVersion
                    + " n'est pas chargée : importez-la d'abord.");
        }
        JsonNode list = replaces.get("correspondences");
        if (!requireArray(list, "replaces.correspondences", false, null)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = "replaces.correspondences[" + i + "]";
            JsonNode line = list.get(i);
            if (!line.isObject()) {
                error(p, "Une correspondance doit être un objet (from, to).");
                continue;
            }
            JsonNode fromNode = line.get("from");
            if (fromNode != null && fromNode.isArray()) {
                if (fromNode.isEmpty()) {
                    error(p + ".from", "Au moins un CCP de la version remplacée est requis.");
                }
                for (int j = 0; j < fromNode.size(); j++) {
                    JsonNode n = fromNode.get(j);
                    if (!n.isInt()) {
                        error(p + ".from[" + j + "]", "Doit être un numéro de CCP.");
                    } else if (oldCcps.isPresent() && !oldCcps.get().contains(n.asInt())) {
                        error(p + ".from[" + j + "]", "La version remplacée n'a pas de CCP n° " + n.asInt() + ".");
                    }
                }
            } else {
                Integer from = integer(line, "from", p + ".", true, 1, 99);
                if (from != null && oldCcps.isPresent() && !oldCcps.get().contains(from)) {
                    error(p + ".from", "La version remplacée n'a pas de CCP n° " + from + ".");
                }
            }
            JsonNode to = line.get("to");
            if (!requireArray(to, p + ".to", true, "Au moins un CCP de la nouvelle version est requis.")) {
                continue;
            }
            for (int j = 0; j < to.size(); j++) {
                JsonNode n = to.get(j);
                if (!n.isInt()) {
                    error(p + ".to[" + j + "]", "Doit être un numéro de CCP.");
                } else if (!newCcps.contains(n.asInt())) {
                    error(p + ".to[" + j + "]", "Cette version n'a pas de CCP n° " + n.asInt() + ".");
                }
            }
        }
    }

    private void codedLabels(JsonNode root, String field, boolean required, Pattern codePattern) {
        JsonNode list = root.get(field);
        if (!requireArray(list, field, required, "Au moins un code est requis.")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = field + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                error(p, "Doit être un objet (code, label).");
                continue;
            }
            String code = text(item, "code", p + ".", true, 10);
            if (code != null && codePattern != null && !codePattern.matcher(code).matches()) {
                error(p + ".code", "Code ROME invalide (forme attendue : I1401).");
            }
            text(item, "label", p + ".", false, 255);
        }
    }

    private boolean requireArray(JsonNode node, String path, boolean required, String emptyMessage) {
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "Champ obligatoire.");
            }
            return false;
        }
        if (!node.isArray()) {
            error(path, "Doit être une liste.");
            return false;
        }
        if (required && node.isEmpty()) {
            error(path, emptyMessage);
            return false;
        }
        return true;
    }

    private String text(JsonNode parent, String field, String prefix, boolean required, int maxLength) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(prefix + field, "Champ obligatoire.");
            }
            return null;
        }
        if (!node.isTextual()) {
            error(prefix + field, node.isNumber()
                    ? "Doit être un texte : écrivez la valeur entre guillemets (ex. \"05\")."
                    : "Doit être un texte.");
            return null;
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            if (required) {
                error(prefix + field, "Champ obligatoire.");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(prefix + field, "Ne peut dépasser " + maxLength + " caractères.");
            return null;
        }
        return value;
    }

    private Integer integer(JsonNode parent, String field, String prefix, boolean required, int min, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(prefix + field, "Champ obligatoire.");
            }
            return null;
        }
        if (!node.isInt()) {
            error(prefix + field, "Doit être un nombre entier.");
            return null;
        }
        int value = node.asInt();
        if (value < min || value > max) {
            error(prefix + field, "Doit être compris entre " + min + " et " + max + ".");
            return null;
        }
        return value;
    }

    private LocalDate date(JsonNode parent, String field, String prefix, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(prefix + field, "Champ obligatoire.");
            }
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            error(prefix + field, "Date invalide : format attendu AAAA-MM-JJ.");
            return null;
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

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
