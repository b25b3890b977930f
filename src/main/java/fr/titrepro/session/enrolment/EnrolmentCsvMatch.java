package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.enrolment.EnrolmentCsv.Column;
import fr.titrepro.session.enrolment.EnrolmentCsv.Line;
import fr.titrepro.session.enrolment.EnrolmentCsv.LineError;
import fr.titrepro.shared.text.FrenchDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the candidate of each line of an enrolment file among those the session's centre follows, and only them:
 * a reference or a name of another centre's candidate is « inconnu » exactly as one nobody holds, so that the file
 * reveals nothing of another centre. A reference is compared without case; names without case, accents, hyphens
 * or extra spaces, the last name against the birth or the usage name, the first name against the first names as
 * written or their first one (« Léa » finds « LEA MARIE »); when both a reference and a name are given they must
 * agree. Pure.
 */
public final class EnrolmentCsvMatch {

    /** A candidate the centre follows, as the lines name it. */
    public record Known(long id, String reference, String birthName, String usageName, String firstNames,
                        LocalDate birthDate) {
    }

    /** The candidate of every line, in the order of the file, or the refusals. */
    public record Resolved(List<Line> lines, List<SessionCommands.NewEnrolment> enrolments, List<LineError> errors) {
    }

    private EnrolmentCsvMatch() {
    }

    public static Resolved resolve(List<Line> lines, List<Known> followed) {
        List<SessionCommands.NewEnrolment> enrolments = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (Line line : lines) {
            List<Known> found = followed.stream().filter(k -> matches(line, k)).toList();
            if (found.size() == 1) {
                enrolments.add(new SessionCommands.NewEnrolment(found.getFirst().id(), line.ccpNumbers(),
                        line.experienceMonths()));
            } else if (found.isEmpty()) {
                errors.add(new LineError(line.number(), line.candidateColumn(), unknown(line, followed)));
            } else {
                errors.add(new LineError(line.number(), Column.LAST_NAME.header(), "Plusieurs candidats suivis par le "
                        + "centre portent ce nom, ce prénom et cette date de naissance : indiquez leur référence."));
            }
        }
        return new Resolved(lines, errors.isEmpty() ? enrolments : List.of(), errors);
    }

    private static String unknown(Line line, List<Known> followed) {
        if (line.reference() == null) {
            return "Candidat inconnu : aucun candidat suivi par le centre ne s'appelle « " + line.lastName() + " "
                    + line.firstName() + " » né(e) le " + FrenchDates.shortDate(line.birthDate()) + ".";
        }
        boolean referenceKnown = followed.stream().anyMatch(k -> sameReference(line, k));
        return referenceKnown ? "Le nom, le prénom ou la date de naissance ne sont pas ceux du candidat de référence « "
                + line.reference() + " »." : "Candidat inconnu : aucun candidat suivi par le centre n'a la référence « "
                + line.reference() + " ».";
    }

    static boolean matches(Line line, Known k) {
        if (line.reference() != null && !sameReference(line, k)) {
            return false;
        }
        if (line.lastName() == null && line.firstName() == null && line.birthDate() == null) {
            return true;
        }
        return (line.birthDate() == null || line.birthDate().equals(k.birthDate()))
                && (line.lastName() == null || sameName(line.lastName(), k.birthName())
                || sameName(line.lastName(), k.usageName()))
                && (line.firstName() == null || sameFirstName(line.firstName(), k.firstNames()));
    }

    private static boolean sameReference(Line line, Known k) {
        return k.reference() != null && k.reference().strip().toUpperCase(Locale.ROOT)
                .equals(line.reference().strip().toUpperCase(Locale.ROOT));
    }

    private static boolean sameName(String given, String held) {
        return held != null && !IdentityKey.normalise(given).isEmpty()
                && IdentityKey.normalise(given).equals(IdentityKey.normalise(held));
    }

    private static boolean sameFirstName(String given, String held) {
        String g = IdentityKey.normalise(given);
        String h = IdentityKey.normalise(held);
        return !g.isEmpty() && (h.equals(g) || h.startsWith(g + " "));
    }
}
