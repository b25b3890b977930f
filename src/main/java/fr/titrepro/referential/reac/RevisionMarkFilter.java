package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Step 3 of the REAC parser: the revision marks of drafts. Removes the balloons of tracked changes printed in the
 * margin (« Supprimé : … », « Mis en forme : … », « Commenté [AB1] : … », « Inséré : … ») and the unreadable lines
 * that a struck-through or overprinted heading leaves in an extracted text (mostly one- or two-letter fragments, as
 * « ici a i i u a l'évoluti € 5 ux i »). Each removed line gives a warning, so that the admin can check the heading.
 */
final class RevisionMarkFilter {

    private static final Pattern BALLOON = Pattern.compile(
            "^(supprim[ée]|ins[ée]r[ée]|mis en forme|d[ée]plac[ée]\\s*\\((?:insertion|suppression)\\)|comment[ée]"
                    + "|commentaire|modifi[ée]|tableau mis en forme)\\s*(\\[[^]]*])?\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final int MIN_TOKENS = 6;
    static final double SHORT_SHARE = 0.7;

    record Result(List<SourceLine> kept, List<ReacWarning> warnings) {
    }

    private RevisionMarkFilter() {
    }

    static Result filter(List<SourceLine> lines) {
        List<SourceLine> kept = new ArrayList<>();
        List<ReacWarning> warnings = new ArrayList<>();
        for (SourceLine line : lines) {
            if (BALLOON.matcher(line.text()).matches()) {
                warnings.add(new ReacWarning("texte", line.number(),
                        "Marque de révision ignorée (document de travail ?) : « " + shorten(line.text()) + " »."));
            } else if (isUnreadable(line.text())) {
                warnings.add(new ReacWarning("texte", line.number(), "Ligne illisible ignorée (titre barré ou "
                        + "surimprimé, marque de révision ?) : « " + shorten(line.text()) + " ». Vérifiez le titre qui suit."));
            } else {
                kept.add(line);
            }
        }
        return new Result(kept, warnings);
    }

    static boolean isUnreadable(String text) {
        String[] tokens = Arrays.stream(text.strip().split("\\s+"))
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toArray(String[]::new);
        if (tokens.length < MIN_TOKENS) {
            return false;
        }
        long shortOnes = Arrays.stream(tokens).filter(t -> t.length() <= 2).count();
        return shortOnes >= SHORT_SHARE * tokens.length;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
