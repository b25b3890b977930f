package fr.titrepro.referential.diff;

import fr.titrepro.shared.error.FieldError;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a correspondence table must be to be saved. Only the arrêté de spécialité fixes the table that gives rights
 * (fiche TP-00496: « En cas de révision du titre, l'arrêté de spécialité fixe les correspondances entre les CCP de
 * l'ancien titre et ceux du titre révisé »): a table is marked official only with the citation of that arrêté;
 * otherwise it is information. Every line names CCPs that exist in its version. Pure.
 */
public final class CorrespondenceTablePolicy {

    public static final int DECREE_MAX = 500;
    public static final int NOTE_MAX = 1000;

    private CorrespondenceTablePolicy() {
    }

    /**
     * @param oldCcps the CCP numbers of the replaced version, {@code newCcps} of the version the table is for
     * @return the refusals, each on its field, in French; empty when the table may be saved
     */
    public static List<FieldError> refusals(CorrespondenceTable table, Set<Integer> oldCcps, Set<Integer> newCcps) {
        List<FieldError> errors = new ArrayList<>();
        if (table.fromVersion() == null) {
            errors.add(new FieldError("fromVersion", "Indiquez la version remplacée (millésime de l'ancienne version)."));
        }
        if (table.official() && table.decree() == null) {
            errors.add(new FieldError("decree", "Une table officielle cite l'arrêté de spécialité qui la fixe "
                    + "(« arrêté du … ») ; sans cette citation, enregistrez-la comme non officielle (information seulement)."));
        } else if (table.official() && !plain(table.decree()).contains("arrete")) {
            errors.add(new FieldError("decree", "La citation doit nommer l'arrêté de spécialité (« arrêté du … »)."));
        }
        if (table.decree() != null && table.decree().length() > DECREE_MAX) {
            errors.add(new FieldError("decree", "La citation de l'arrêté dépasse " + DECREE_MAX + " caractères."));
        }
        if (table.note() != null && table.note().length() > NOTE_MAX) {
            errors.add(new FieldError("note", "La note dépasse " + NOTE_MAX + " caractères."));
        }
        for (int i = 0; i < table.lines().size(); i++) {
            CorrespondenceTable.TableLine line = table.lines().get(i);
            check(errors, "lines[" + i + "].from", line.from(), oldCcps, "remplacée", i);
            check(errors, "lines[" + i + "].to", line.to(), newCcps, "révisée", i);
        }
        return errors;
    }

    private static void check(List<FieldError> errors, String field, List<Integer> numbers, Set<Integer> known,
                              String version, int index) {
        if (numbers.isEmpty()) {
            errors.add(new FieldError(field, "Ligne " + (index + 1) + " : indiquez au moins un CCP de la version "
                    + version + "."));
            return;
        }
        numbers.stream().filter(n -> !known.contains(n)).distinct().forEach(n -> errors.add(new FieldError(field,
                "Ligne " + (index + 1) + " : le CCP " + n + " n'existe pas dans la version " + version + ".")));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
