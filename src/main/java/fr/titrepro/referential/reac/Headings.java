package fr.titrepro.referential.reac;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The headings of a REAC, recognised on the folded line (no accents, upper case) whatever the layout. */
final class Headings {

    enum Part { DESCRIPTION, CONTEXT, CRITERIA, KNOWLEDGE, ACTIVITY_DEFINITION, REGULATION, ACTIVITY_COMPETENCIES,
        ACTIVITY_TRANSVERSAL, OTHER }

    static final int MAX_LENGTH = 140;
    private static final String NUMBER = "\\s*N\\s*[°O0º*]?\\s*\\.?\\s*(\\d{1,3})\\b";
    private static final Pattern COMPETENCY_SHEET = Pattern.compile("^FICHE (DE )?COMPETENCE (PROFESSIONNELLE )?" + NUMBER);
    private static final Pattern EXTENSION_SHEET = Pattern.compile("^FICHE ACTIVITE TYPE D'EXTENSION" + NUMBER);
    private static final Pattern ACTIVITY_SHEET = Pattern.compile("^FICHE ACTIVITE TYPE" + NUMBER);
    private static final Pattern TRANSVERSAL_SHEET = Pattern.compile("^FICHE (DES )?COMPETENCES? TRANSVERSALES?");
    private static final Pattern END = Pattern.compile("^(GLOSSAIRE|REPRODUCTION INTERDITE|ANNEXE|BIBLIOGRAPHIE)");
    private static final Pattern TOC_LEADER = Pattern.compile("\\.{4,}|…{2,}|\\.\\s*\\d{1,3}$");
    private static final Pattern CRITERIA = Pattern.compile("^(CRITE+RES?|INDICATEURS?) DE PERFORMANCE");

    private Headings() {
    }

    static OptionalInt competencySheet(String line) {
        return number(COMPETENCY_SHEET, line);
    }

    static OptionalInt extensionSheet(String line) {
        return number(EXTENSION_SHEET, line);
    }

    static OptionalInt activitySheet(String line) {
        return Fold.key(line).contains("EXTENSION") ? OptionalInt.empty() : number(ACTIVITY_SHEET, line);
    }

    static boolean transversalSheet(String line) {
        return isHeadingCandidate(line) && TRANSVERSAL_SHEET.matcher(Fold.key(line)).find();
    }

    static boolean end(String line) {
        return isHeadingCandidate(line) && END.matcher(Fold.key(line)).find();
    }

    static boolean anySheet(String line) {
        return competencySheet(line).isPresent() || activitySheet(line).isPresent() || extensionSheet(line).isPresent()
                || transversalSheet(line) || end(line);
    }

    /** The part of a sheet this line opens, or null when it is not a heading. */
    static Part part(String line) {
        if (!isHeadingCandidate(line)) {
            return null;
        }
        String k = Fold.key(line);
        if (k.startsWith("DESCRIPTION DE LA COMPETENCE") || k.startsWith("PROCESSUS DE MISE EN OEUVRE")) {
            return Part.DESCRIPTION;
        }
        if (k.startsWith("CONTEXTE(S) PROFESSIONNEL") || k.startsWith("CONTEXTE PROFESSIONNEL")
                || k.startsWith("CONTEXTES PROFESSIONNELS")) {
            return Part.CONTEXT;
        }
        if (CRITERIA.matcher(k).find()) {
            return Part.CRITERIA;
        }
        if (k.startsWith("SAVOIR-FAIRE TECHNIQUES") || k.startsWith("SAVOIR FAIRE TECHNIQUES")
                || k.startsWith("SAVOIRS ASSOCIES") || k.startsWith("CONNAISSANCES ASSOCIEES")
                || k.startsWith("SAVOIR-FAIRE, SAVOIRS") || k.equals("SAVOIRS")) {
            return Part.KNOWLEDGE;
        }
        if (k.startsWith("DEFINITION, DESCRIPTION DE L'ACTIVITE") || k.startsWith("DEFINITION DE L'ACTIVITE")) {
            return Part.ACTIVITY_DEFINITION;
        }
        if (k.startsWith("REGLEMENTATION D'ACTIVITES")) {
            return Part.REGULATION;
        }
        if (k.startsWith("LISTE DES COMPETENCES PROFESSIONNELLES DE L'ACTIVITE")) {
            return Part.ACTIVITY_COMPETENCIES;
        }
        if (k.startsWith("COMPETENCES TRANSVERSALES DE L'ACTIVITE")) {
            return Part.ACTIVITY_TRANSVERSAL;
        }
        return null;
    }

    private static OptionalInt number(Pattern pattern, String line) {
        if (!isHeadingCandidate(line)) {
            return OptionalInt.empty();
        }
        Matcher m = pattern.matcher(Fold.key(line));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(m.groupCount()))) : OptionalInt.empty();
    }

    /** Short, and not a line of the table of contents (« Glossaire du REAC ..... 31 »). */
    private static boolean isHeadingCandidate(String line) {
        return line.length() <= MAX_LENGTH && !TOC_LEADER.matcher(line).find();
    }
}
