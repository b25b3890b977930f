package fr.titrepro.session;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.privacy.CandidatePersonalData;
import fr.titrepro.candidate.privacy.ErasureStatement;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.JuryConflictRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * RGPD section « sessions »: the person's enrolments (each one is also their convocation: the PDF is generated from
 * it, never stored) and the conflicts of interest jurors declared with them. The accommodations are part of the
 * candidate's record (exported and erased there).
 */
@ApplicationScoped
public class SessionPersonalData implements CandidatePersonalData {

    public record Sessions(List<EnrolmentData> enrolments, List<ConflictData> conflictsOfInterest) {
    }

    public record EnrolmentData(long sessionId, String session, String title, LocalDate start, LocalDate end,
                                String site, EnrolmentStatus status, Set<Integer> ccpNumbers, boolean finalInterview,
                                Integer ccsExperienceMonths, String outcome, Instant enrolledAt,
                                String enrolledBy, Instant withdrawnAt) {
    }

    public record ConflictData(long sessionId, String juror, String kind, String note, Instant declaredAt) {
    }

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    JuryConflictRepository conflicts;

    @Override
    public String section() {
        return "sessions";
    }

    @Override
    public Object export(Candidate c) {
        List<EnrolmentData> enrolmentData = enrolments.everyOf(c.id).stream().map(e -> new EnrolmentData(
                        e.session.id, e.session.label(), e.session.titleVersion.code, e.session.startDate,
                        e.session.endDate, e.session.siteLabel, e.status,
                        Set.copyOf(e.ccpNumbers), e.finalInterview, e.ccsExperienceMonths,
                        Outcome.enrolmentCode(e.outcome), e.enrolledAt,
                        e.enrolledBy, e.withdrawnAt)).toList();
        List<ConflictData> conflictData = conflicts.ofCandidate(c.id).stream().map(x -> new ConflictData(x.session.id,
                x.juror.fullName(), x.kind.label(), x.note, x.declaredAt)).toList();
        return enrolmentData.isEmpty() && conflictData.isEmpty() ? null : new Sessions(enrolmentData, conflictData);
    }

    /**
     * The conflicts of interest are deleted: they only served to compose a jury, and the session is over (an
     * erasure is refused while the person is enrolled in a session not over). The enrolments are kept: they are
     * the list of the session's candidates, which the PV records (code de l'éducation art. R. 338-1 et s. ;
     * code du patrimoine art. L. 211-4), and they now point at a record without identity.
     */
    @Override
    public ErasureStatement erase(Candidate c) {
        long deleted = conflicts.deleteOfCandidate(c.id);
        long kept = enrolments.countOfCandidate(c.id);
        if (deleted == 0 && kept == 0) {
            return ErasureStatement.nothing(section());
        }
        return new ErasureStatement(section(), ErasureStatement.Handling.KEPT_ANONYMISED, deleted
                + " conflit(s) d'intérêts déclaré(s) avec la personne supprimé(s) (notes des jurés comprises). "
                + kept + " inscription(s) conservée(s) : elles forment la liste des candidats de la session "
                + "consignée au procès-verbal (archives publiques, code du patrimoine art. L. 211-4 ; RGPD art. "
                + "17(3)(b)) ; elles ne renvoient plus qu'au dossier anonymisé (aucune identité ni aménagement).");
    }
}
