package fr.titrepro.session.api;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.SessionTransition;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.ConflictKind;
import fr.titrepro.session.jury.ConflictOfInterest;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorHabilitation;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.shared.web.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Sessions, enrolments and jurors as the API shows them: records only, never entities. */
public final class SessionViews {

    private SessionViews() {
    }

    /**
     * A page of a list. {@code total}: with {@code totalCapped}, the count stopped there (more rows); {@code next}: pass
     * it as {@code after} for the next page (null on the last page, or for a list read by offset only).
     */
    public record PageView<T>(List<T> items, int page, int size, long total, boolean totalCapped, String next) {

        public static <T> PageView<T> of(List<T> items, Paged<?> paged) {
            return new PageView<>(items, paged.page(), paged.size(), paged.total(), paged.totalCapped(), paged.next());
        }
    }

    public record SessionSummary(long id, String titleCode, String titleVersion, String acronym, String titleName,
                                 SessionType type, String typeLabel, List<Integer> ccpNumbers, String ccsCode,
                                 long centreId, String centreName, String site, LocalDate startDate,
                                 LocalDate endDate, int capacity, int enrolled, SessionStatus status,
                                 String statusLabel) {
    }

    public record TransitionView(SessionStatus from, SessionStatus to, String toLabel, Instant at, String actor,
                                 String reason) {
    }

    /** A move out of the current state: allowed now, or the reasons it is not. */
    public record ActionView(SessionStatus to, String label, boolean allowed, List<String> reasons) {
    }

    public record JuryMemberView(long jurorId, String name, String profession, String employer,
                                 int yearsOfExperience, String convocationUrl) {
    }

    public record ConflictView(long id, long jurorId, String jurorName, long candidateId, String candidateName,
                               ConflictKind kind, String kindLabel, String note, Instant declaredAt,
                               String declaredBy) {
    }

    /**
     * A candidate of a started session left with fewer jurors without conflict than the minimum: no decision about
     * them (reconciliation, deliberation, appeal) until the session manager adds a juror.
     */
    public record IncompleteJuryView(long candidateId, String candidateName, int jurorsWithoutConflict, int minimum,
                                     String message) {
        static IncompleteJuryView of(JuryCompositionPolicy.IncompleteJury i) {
            return new IncompleteJuryView(i.candidateId(), i.candidateName(), i.jurorsWithoutConflict(), i.minimum(),
                    i.message());
        }
    }

    /**
     * @param incompleteJuries shown to the session's managers and jurors (empty for a candidate)
     * @param canAddJurors     the session still accepts a new juror (planned, in progress, in deliberation)
     */
    public record SessionDetail(SessionSummary session, String managerName, String managerEmail,
                                String cancelReason, List<JuryMemberView> jury, List<ConflictView> conflicts,
                                List<String> compositionProblems, List<IncompleteJuryView> incompleteJuries,
                                boolean canAddJurors, List<ActionView> actions, List<TransitionView> transitions,
                                List<RefusedEnrolmentView> refusedEnrolments)
            implements ParticipantViews.SessionView {
    }

    /** An enrolment the rules checked again at the session's confirmation refused (issue 15), with the reasons. */
    public record RefusedEnrolmentView(long id, long candidateId, String candidateName, Instant refusedAt,
                                       String reason) {
    }

    public record SlotView(LocalDate day, LocalTime start, LocalTime end, String label, Integer ccpNumber,
                           int minutes, boolean outsideSession) {
    }

    public record AccommodationsView(Integer extraTimePercent, String assistance, String adaptedEquipment,
                                     String notes) {
    }

    /**
     * @param finalInterviewOnly  every CCP held, the title not obtained: enrolled with no CCP, for the entretien final
     * @param ccsExperienceMonths at a session CCS, the experience in the trade declared for the direct route
     */
    /** The enrolments a bulk request wrote, in the order of its lines. */
    public record BulkEnrolmentView(int enrolled, List<EnrolmentView> enrolments) {
    }

    public record EnrolmentView(long id, long candidateId, String candidateReference, String candidateName,
                                Pathway pathway, List<Integer> ccpNumbers, boolean finalInterview,
                                boolean finalInterviewOnly, Integer ccsExperienceMonths, EnrolmentStatus status,
                                @Schema(description = "Résultat (FULL_SUCCESS du PV : SUCCESS)", enumeration = {"SUCCESS",
                                        "PARTIAL_SUCCESS", "FAILURE", "ABSENT", "EXCUSED", "FRAUD", "CCS_OBTAINED",
                                        "CCS_NOT_OBTAINED"}) String outcome,
                                AccommodationsView accommodations, List<SlotView> timetable,
                                String convocationUrl) {
    }

    /** What the rules say of a candidate at a session, before enrolling: refusals, or the CCPs and entretien final. */
    public record EligibilityView(long sessionId, long candidateId, String candidateName, boolean eligible,
                                  List<Integer> ccpNumbers, boolean finalInterview, boolean finalInterviewOnly,
                                  String note, List<RefusalView> refusals) {
    }

    public record RefusalView(String rule, String message) {
    }

    public static EligibilityView eligibility(ExamSession s, Candidate c,
                                              fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Decision d) {
        return new EligibilityView(s.id, c.id, c.fullName(), d.eligible(), List.copyOf(d.ccpNumbers()),
                d.finalInterview(), d.finalInterviewOnly(), d.note(),
                d.refusals().stream().map(r -> new RefusalView(r.rule(), r.message())).toList());
    }

    /** A session of the caller: as a juror (their jury convocation) or as a candidate (their enrolment). */
    public record MySessionView(SessionSummary session, String role, String convocationUrl, EnrolmentView enrolment) {
    }

    public record HabilitationView(long id, String titleCode, LocalDate validFrom, LocalDate validUntil) {
    }

    public record JurorView(long id, String username, String lastName, String firstName, String email, String phone,
                            String profession, String employer, int yearsOfExperience,
                            List<HabilitationView> habilitations) {
    }

    /**
     * A juror as a centre composing a jury needs them: identity, trade, experience and habilitations; never the
     * login, e-mail nor phone, which stay with the administration and the juror.
     */
    public record JurorProfileView(long id, String lastName, String firstName, String profession, String employer,
                                   int yearsOfExperience, List<HabilitationView> habilitations) {
    }

    public static JurorProfileView profile(Juror j) {
        return new JurorProfileView(j.id, j.lastName, j.firstName, j.profession, j.employer, j.yearsOfExperience,
                j.habilitations.stream().map(SessionViews::habilitation).toList());
    }

    public static SessionSummary summary(ExamSession s) {
        return summary(s, s.activeEnrolments().size());
    }

    /** The summary with the count of enrolled candidates given (a list's page counts them in one query). */
    public static SessionSummary summary(ExamSession s, int enrolled) {
        return new SessionSummary(s.id, s.titleVersion.code, s.titleVersion.version, s.titleVersion.acronym,
                s.titleVersion.name, s.type, s.type.label(), s.ccpNumbers.stream().sorted().toList(), s.ccsCode,
                s.centre.id, s.centre.name, s.siteLabel, s.startDate, s.endDate, s.capacity,
                enrolled, s.status, s.status.label());
    }

    public static SessionDetail detail(ExamSession s, List<String> compositionProblems,
                                       List<JuryCompositionPolicy.IncompleteJury> incompleteJuries,
                                       Map<SessionStatus, List<String>> options, boolean showConvocations) {
        return new SessionDetail(summary(s), s.managerName, s.managerEmail, s.cancelReason, jury(s, showConvocations),
                s.conflicts.stream().map(SessionViews::conflict).toList(),
                compositionProblems, incompleteJuries.stream().map(IncompleteJuryView::of).toList(),
                showConvocations && JuryService.acceptsNewJurors(s.status),
                options.entrySet().stream().map(o -> new ActionView(o.getKey(), o.getKey().label(),
                        o.getValue().isEmpty(), o.getValue())).toList(),
                s.transitions.stream().map(t -> transition(t)).toList(),
                showConvocations ? s.refusedEnrolments().stream().map(e -> new RefusedEnrolmentView(e.id,
                        e.candidate.id, e.candidate.fullName(), e.withdrawnAt, e.refusalReason)).toList() : List.of());
    }

    public static List<JuryMemberView> jury(ExamSession s, boolean showConvocations) {
        return s.jury.stream().map(m -> new JuryMemberView(m.juror.id, m.juror.fullName(), m.juror.profession,
                m.juror.employer, m.juror.yearsOfExperience, showConvocations
                ? "/api/sessions/" + s.id + "/jury/" + m.juror.id + "/convocation.pdf" : null)).toList();
    }

    public static ConflictView conflict(ConflictOfInterest c) {
        return new ConflictView(c.id, c.juror.id, c.juror.fullName(), c.candidate.id, c.candidate.fullName(), c.kind,
                c.kind.label(), c.note, c.declaredAt, c.declaredBy);
    }

    static TransitionView transition(SessionTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.toStatus.label(), t.at, t.actor, t.reason);
    }

    public static EnrolmentView enrolment(Enrolment e, List<TimetablePlanner.Slot> slots) {
        Candidate c = e.candidate;
        return new EnrolmentView(e.id, c.id, c.reference, c.fullName(), c.pathway,
                e.ccpNumbers.stream().sorted().toList(), e.finalInterview, e.isFinalInterviewOnly(),
                e.ccsExperienceMonths, e.status, Outcome.enrolmentCode(e.outcome),
                new AccommodationsView(c.extraTimePercent, c.assistance, c.adaptedEquipment, c.accommodationNotes),
                slots(slots), "/api/sessions/" + e.session.id + "/enrolments/" + e.id + "/convocation.pdf");
    }

    static List<SlotView> slots(List<TimetablePlanner.Slot> slots) {
        return slots == null ? List.of() : slots.stream().map(x -> new SlotView(x.day(), x.start(), x.end(),
                x.label(), x.ccpNumber(), x.minutes(), x.outsideSession())).toList();
    }

    public static JurorView juror(Juror j) {
        return new JurorView(j.id, j.username, j.lastName, j.firstName, j.email, j.phone, j.profession, j.employer,
                j.yearsOfExperience, j.habilitations.stream().map(SessionViews::habilitation).toList());
    }

    static HabilitationView habilitation(JurorHabilitation h) {
        return new HabilitationView(h.id, h.titleCode, h.validFrom, h.validUntil);
    }
}
