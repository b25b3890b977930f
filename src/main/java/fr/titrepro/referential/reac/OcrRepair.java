package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 4 of the REAC parser: the artefacts of a text recognised by OCR (scanned REAC). Used only when the text shows
 * them (at least {@link #MIN_SIGNS} signs such as « I'entreprise », « ceuvre », « || »): a REAC exported as text is
 * left as it is. Corrects the artefacts listed in docs/referentiel-format.md (« TRTE text: transcription choices »):
 * « I' », « [' » or a lone « ' » for « l' »; « || » for « Il »; « & » and the preposition « a » for « à »; and the
 * words whose accents the OCR garbled (« systémes », « cablage », « tragabilité », « ceuvre »…). Every corrected line
 * is reported, so that the import can warn on the criteria it changed.
 */
final class OcrRepair {

    static final int MIN_SIGNS = 3;
    private static final Pattern SIGNS = Pattern.compile("\\bI'\\p{Ll}|ceuvre|\\|\\||\\bsyst[ée]mes?\\b|Crit[ée]e?res");

    private static final Map<Pattern, String> FRAGMENTS = new LinkedHashMap<>();
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        FRAGMENTS.put(Pattern.compile("\\[I?'"), "l'");
        FRAGMENTS.put(Pattern.compile("\\bI'(?=\\p{L})"), "l'");
        FRAGMENTS.put(Pattern.compile("(?<=^|[\\s(])'(?=\\p{Ll})"), "l'");
        FRAGMENTS.put(Pattern.compile("\\|[|l]"), "Il");
        FRAGMENTS.put(Pattern.compile("(?<=\\s)&(?=\\s)"), "à");
        FRAGMENTS.put(Pattern.compile("\\bco\\(ts\\b"), "coûts");
        FRAGMENTS.put(Pattern.compile("\\bjusqu'a\\b"), "jusqu'à");
        FRAGMENTS.put(Pattern.compile("\\b(?<article>[ld])(?=(?:installation|intervention|infrastructure|interconnexion)"
                + "\\b)"), "${article}'");
        String[][] words = {
            {"systémes", "systèmes"}, {"systéme", "système"}, {"systemes", "systèmes"}, {"systeme", "système"},
            {"systéeme", "système"}, {"paramétres", "paramètres"}, {"parameétres", "paramètres"},
            {"parametre", "paramètre"}, {"générent", "génèrent"}, {"synthése", "synthèse"}, {"probléme", "problème"},
            {"problémes", "problèmes"}, {"probléeme", "problème"}, {"procés", "procès"}, {"maniére", "manière"},
            {"aprés", "après"}, {"apres", "après"}, {"tragabilité", "traçabilité"}, {"tracabilité", "traçabilité"},
            {"cablage", "câblage"}, {"cables", "câbles"}, {"contréle", "contrôle"}, {"contrdle", "contrôle"},
            {"contrble", "contrôle"}, {"contrbles", "contrôles"}, {"contréler", "contrôler"}, {"Contréler", "Contrôler"}, {"controler", "contrôler"},
            {"géne", "gêne"}, {"cléture", "clôture"}, {"symptdmes", "symptômes"}, {"sOr", "sûr"}, {"sOres", "sûres"},
            {"fagon", "façon"}, {"frangais", "français"}, {"taches", "tâches"}, {"tache", "tâche"},
            {"ftravail", "travail"}, {"ceuvre", "œuvre"}, {"étre", "être"}, {"&tre", "être"}, {"périmétre", "périmètre"},
            {"accés", "accès"}, {"acces", "accès"}, {"auprés", "auprès"}, {"régles", "règles"}, {"regles", "règles"},
            {"modéle", "modèle"}, {"modeéle", "modèle"}, {"reléve", "relève"}, {"procéde", "procède"},
            {"opére", "opère"}, {"matiére", "matière"}, {"entierement", "entièrement"}, {"clientéle", "clientèle"},
            {"posséde", "possède"}, {"bibliothéque", "bibliothèque"}, {"obsolétes", "obsolètes"}, {"améne", "amène"},
            {"précede", "précède"}, {"mére", "mère"}, {"caractére", "caractère"}, {"repéres", "repères"},
            {"concréte", "concrète"}, {"réeglementation", "réglementation"}, {"Veérifier", "Vérifier"},
            {"colts", "coûts"}, {"rdle", "rôle"}, {"réle", "rôle"}, {"rOle", "rôle"}, {"hbtes", "hôtes"},
            {"héte", "hôte"}, {"troisieme", "troisième"}, {"ministere", "ministère"}, {"méme", "même"},
            {"Arrété", "Arrêté"}, {"arrété", "arrêté"}, {"revét", "revêt"}, {"Critéres", "Critères"},
            {"Critéeres", "Critères"}, {"Critére", "Critère"}, {"critere", "critère"}, {"régulierement", "régulièrement"},
            {"régulierement", "régulièrement"}, {"Apres", "Après"}, {"Aprés", "Après"},
            {"lintervention", "l'intervention"}, {"linstallation", "l'installation"},
            {"linfrastructure", "l'infrastructure"}, {"dinterconnexion", "d'interconnexion"},
        };
        for (String[] w : words) {
            WORDS.put(w[0], w[1]);
        }
    }

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}&])[\\p{L}&]\\p{L}*(?!\\p{L})");
    private static final Pattern PREPOSITION_A = Pattern.compile("(?<=^|\\s)a(?=\\s+(\\S+))");

    /** @param correctedLines the numbers of the lines that were changed */
    record Result(List<SourceLine> lines, List<Integer> correctedLines) {
    }

    private OcrRepair() {
    }

    static boolean looksLikeOcr(List<SourceLine> lines) {
        int signs = 0;
        for (SourceLine line : lines) {
            Matcher m = SIGNS.matcher(line.text());
            while (m.find()) {
                signs++;
            }
        }
        return signs >= MIN_SIGNS;
    }

    static Result repair(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        List<Integer> corrected = new ArrayList<>();
        for (SourceLine line : lines) {
            String fixed = repairLine(line.text());
            if (!fixed.equals(line.text())) {
                corrected.add(line.number());
            }
            out.add(line.withText(fixed));
        }
        return new Result(out, corrected);
    }

    static String repairLine(String text) {
        String s = text;
        for (Map.Entry<Pattern, String> fragment : FRAGMENTS.entrySet()) {
            s = fragment.getKey().matcher(s).replaceAll(fragment.getValue());
        }
        s = WORD.matcher(s).replaceAll(m -> Matcher.quoteReplacement(WORDS.getOrDefault(m.group(), m.group())));
        return PREPOSITION_A.matcher(s).replaceAll(m -> isVerb(m.group(1)) ? "a" : "à");
    }

    /**
     * « a » is the verb avoir before a past participle (« a été », « a généré ») or « pour », and stays in « a priori »;
     * otherwise it is the preposition « à » whose accent the OCR lost.
     */
    private static boolean isVerb(String next) {
        String w = next.replaceAll("[^\\p{L}]", "");
        return w.equals("pour") || w.equals("priori") || w.endsWith("é") || w.endsWith("és")
                || w.equals("eu") || w.equals("pu") || w.equals("fait") || w.equals("permis") || w.equals("su");
    }
}
