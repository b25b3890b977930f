package fr.titrepro.scoring;

import fr.titrepro.shared.error.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * What a save must carry (DOMAIN "Sessions and evaluation": scoring is per criterion, met / not met / not observed,
 * with a written observation): a known value, an observation when the criterion is not met, and the version the
 * juror's device last saw. Pure.
 */
public final class ScoreValidationPolicy {

    public static final int OBSERVATION_MAX = 2000;

    private ScoreValidationPolicy() {
    }

    public static List<FieldError> checkScore(String value, String observation, Integer baseVersion) {
        List<FieldError> errors = new ArrayList<>();
        ScoreValue parsed = ScoreValue.parse(value);
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("value", "Choisissez : atteint (MET), non atteint (NOT_MET) ou non observé "
                    + "(NOT_OBSERVED)."));
        } else if (parsed == null) {
            errors.add(new FieldError("value", "Valeur inconnue « " + value + " » : MET, NOT_MET ou NOT_OBSERVED."));
        }
        String text = normalize(observation);
        if (parsed == ScoreValue.NOT_MET && text == null) {
            errors.add(new FieldError("observation", "Une observation écrite est obligatoire quand le critère n'est "
                    + "pas atteint."));
        }
        if (text != null && text.length() > OBSERVATION_MAX) {
            errors.add(new FieldError("observation", "L'observation ne doit pas dépasser " + OBSERVATION_MAX
                    + " caractères (" + text.length() + " saisis)."));
        }
        checkBaseVersion(baseVersion, errors);
        return errors;
    }

    /** A consulted piece of evidence (DP, ECF): an optional observation within bounds, and the base version. */
    public static List<FieldError> checkConsultation(String observation, Integer baseVersion) {
        List<FieldError> errors = new ArrayList<>();
        String text = normalize(observation);
        if (text != null && text.length() > OBSERVATION_MAX) {
            errors.add(new FieldError("observation", "L'observation ne doit pas dépasser " + OBSERVATION_MAX
                    + " caractères (" + text.length() + " saisis)."));
        }
        checkBaseVersion(baseVersion, errors);
        return errors;
    }

    public static List<FieldError> checkProposal(String decision, Integer baseVersion) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null || decision.isBlank()) {
            errors.add(new FieldError("decision", "Choisissez : acquis (ACQUIRED) ou non acquis (NOT_ACQUIRED)."));
        } else if (Verdict.parse(decision) == null) {
            errors.add(new FieldError("decision", "Décision inconnue « " + decision
                    + " » : ACQUIRED ou NOT_ACQUIRED."));
        }
        checkBaseVersion(baseVersion, errors);
        return errors;
    }

    /** The observation as stored: trimmed, null when blank. */
    public static String normalize(String observation) {
        if (observation == null) {
            return null;
        }
        String s = observation.strip();
        return s.isEmpty() ? null : s;
    }

    private static void checkBaseVersion(Integer baseVersion, List<FieldError> errors) {
        if (baseVersion == null || baseVersion < 0) {
            errors.add(new FieldError("baseVersion", "Indiquez la version sur laquelle porte la modification "
                    + "(baseVersion, 0 ou plus)."));
        }
    }
}
