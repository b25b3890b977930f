package fr.titrepro.insights;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administration's centre search of the dashboard (issue 19: a search field instead of a list of every centre):
 * what was typed — a centre's number, a choice of the suggestions (« Nom (n° 12) ») or a part of its name — and which
 * centre it names among the centres with figures that match it. Pure.
 */
public final class CentreLookup {

    /** At most this many suggestions (and centres listed when a name matches several). */
    public static final int MAX_MATCHES = 20;

    private static final Pattern NUMBER = Pattern.compile("(?:n°\\s*)?(\\d{1,18})");
    private static final Pattern CHOICE = Pattern.compile(".*\\(n°\\s*(\\d{1,18})\\)");

    private CentreLookup() {
    }

    /** A centre with figures: its number, its name and whether its name is exactly the text typed (case aside). */
    public record Match(long id, String name, boolean exact) {

        /** The text of a suggestion, read back by {@link #parse}: « Nom (n° 12) ». */
        public String label() {
            return name + " (n° " + id + ")";
        }
    }

    /** What the text asks for: a centre's number, else a part of its name. */
    public record Wanted(Long id, String name) {
    }

    /** The outcome: the centre chosen, or a French message and the centres to choose from (several matched). */
    public record Result(Match chosen, String error, List<Match> choices) {
    }

    public static Wanted parse(String text) {
        String t = text.strip();
        Matcher m = NUMBER.matcher(t);
        if (m.matches()) {
            return new Wanted(Long.parseLong(m.group(1)), null);
        }
        m = CHOICE.matcher(t);
        return m.matches() ? new Wanted(Long.parseLong(m.group(1)), null) : new Wanted(null, t);
    }

    /**
     * @param matches the centres the text matched (by number, or by a part of the name), at most
     *                {@link #MAX_MATCHES} + 1, the exact names first
     */
    public static Result choose(String text, List<Match> matches) {
        List<Match> exact = matches.stream().filter(Match::exact).toList();
        if (matches.size() == 1 || exact.size() == 1) {
            return new Result(exact.size() == 1 ? exact.getFirst() : matches.getFirst(), null, List.of());
        }
        if (matches.isEmpty()) {
            return new Result(null, "Aucun centre ayant des chiffres pour ce titre ne correspond à « " + text.strip()
                    + " » : tapez une partie de son nom ou son numéro.", List.of());
        }
        boolean more = matches.size() > MAX_MATCHES;
        return new Result(null, (more ? "Plus de " + MAX_MATCHES : "Plusieurs") + " centres correspondent à « "
                + text.strip() + " » : choisissez-en un" + (more ? " ou précisez le nom." : "."),
                matches.subList(0, Math.min(MAX_MATCHES, matches.size())));
    }
}
