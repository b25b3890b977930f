package fr.titrepro.session.jury;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.session.ExamSession;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * One juror never decides alone (DOMAIN "Centres, jurors"; Arrêté du 21 juillet 2016): at every decision about a
 * candidate (grid reconciliation, deliberation, appeal) the session's jury still counts the regulation's minimum of
 * members without a declared link with that candidate, also after a conflict declared once the session started.
 */
public final class JuryQuorum {

    /** Stable rule code of the refusal. */
    public static final String RULE = "jury-quorum";

    private JuryQuorum() {
    }

    /**
     * Why the jury cannot decide about a candidate with {@code free} jurors without conflict, or empty when it can.
     * Pure: the table test plays it.
     *
     * @param decision what is to be decided, in French (« la réconciliation des grilles », « la délibération »…)
     */
    public static Optional<String> refusal(String candidateName, int free, int minimum, String decision) {
        if (free >= minimum) {
            return Optional.empty();
        }
        return Optional.of("Un juré ne décide jamais seul : pour " + candidateName + ", il ne reste que " + free
                + " juré" + (free > 1 ? "s" : "") + " sans conflit d'intérêts, il en faut au moins " + minimum
                + " pour " + decision + ". Le responsable de la session doit ajouter un juré habilité au jury.");
    }

    /** Refuses (422 rule-violation on {@code jury}) a decision about the candidate when the quorum is not met. */
    public static void require(ExamSession session, Candidate candidate, String decision) {
        Regulation rules = RegulationBook.on(session.startDate);
        int free = session.jurorsWithoutConflict(candidate.id).size();
        refusal(candidate.fullName(), free, rules.jury().minimumMembers(), decision).ifPresent(message -> {
            throw ProblemException.rule(message, List.of(new FieldError("jury", message)));
        });
    }

    /** True when the jury can decide about the candidate (the session page warns otherwise). */
    public static boolean met(ExamSession session, long candidateId) {
        return session.jurorsWithoutConflict(candidateId).size()
                >= RegulationBook.on(session.startDate).jury().minimumMembers();
    }
}
