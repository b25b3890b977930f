package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionNotices;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Enrols candidates in a session within the regulation, and withdraws them before it starts. */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    SessionAccess access;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    RuleFacts facts;

    @Inject
    Validator validator;

    @Inject
    SessionNotices notices;

    /** A candidate at a session and what the rules say, before enrolling. */
    public record Check(ExamSession session, Candidate candidate, EnrolmentEligibilityPolicy.Decision decision) {
    }

    /** For the session's managers: what enrolling would give, with the same checks of access, nothing written. */
    public Check eligibility(long sessionId, SessionCommands.NewEnrolment c, Viewer viewer) {
        ExamSession s = access.managed(sessionId, viewer);
        SessionCommands.validate(validator, c);
        Candidate candidate = access.enrollable(c.candidateId(), viewer);
        return new Check(s, candidate, check(s, candidate,
                new EnrolmentEligibilityPolicy.Request(c.ccpNumbers(), c.ccsExperienceMonths())));
    }

    /** What the eligibility policy says for that candidate at that session, without enrolling. */
    public EnrolmentEligibilityPolicy.Decision check(ExamSession s, Candidate candidate) {
        return check(s, candidate, EnrolmentEligibilityPolicy.Request.NONE);
    }

    /** The same, for what the centre would ask (CCPs, experience declared for a CCS). */
    public EnrolmentEligibilityPolicy.Decision check(ExamSession s, Candidate candidate,
                                                      EnrolmentEligibilityPolicy.Request request) {
        return EnrolmentEligibilityPolicy.decide(facts.eligibilitySession(s, s.activeEnrolments().size()),
                facts.candidate(candidate, s), request, facts.limits());
    }

    @Transactional
    public long enrol(long sessionId, SessionCommands.NewEnrolment c, Viewer viewer) {
        // enrolments of a session one at a time: the capacity holds under concurrent requests
        ExamSession s = access.managedForUpdate(sessionId, viewer);
        SessionService.requirePlanning(s, "les inscriptions");
        SessionCommands.validate(validator, c);
        Candidate candidate = access.enrollable(c.candidateId(), viewer);
        // queried rather than loaded: a session of a few hundred candidates stays cheap to enrol in
        Enrolment existing = enrolments.ofCandidateIn(s, candidate);
        int enrolled = enrolments.enrolledIn(s);
        EnrolmentEligibilityPolicy.Decision decision = admit(s, candidate, existing, enrolled,
                candidate.isErased() ? null : facts.candidate(candidate, s), c);
        Enrolment e = write(s, candidate, existing, decision, c, viewer);
        s.updatedAt = Instant.now();
        enrolments.flush();
        if (s.status == SessionStatus.SCHEDULED) {
            // issue 15: enrolled after the confirmation, convened like the others
            notices.convocation(e, facts.timetable(s).get(e.id));
        }
        return e.id;
    }

    /**
     * The rules of one enrolment, the same one by one and in bulk: the candidate not erased nor enrolled already,
     * then the eligibility policy; {@code enrolled} counts the session's enrolments before this one.
     */
    EnrolmentEligibilityPolicy.Decision admit(ExamSession s, Candidate candidate, Enrolment existing, int enrolled,
                                              EnrolmentEligibilityPolicy.Candidate candidateFacts,
                                              SessionCommands.NewEnrolment c) {
        if (candidate.isErased()) {
            throw ProblemException.rule("Ce candidat a été effacé (RGPD) : il ne peut plus être inscrit.", List.of(
                    new FieldError("candidateId", "Candidat effacé.")));
        }
        if (existing != null && existing.isActive()) {
            throw new ProblemException(ProblemType.DUPLICATE, candidate.fullName() + " est déjà inscrit(e) à cette "
                    + "session.", List.of(new FieldError("candidateId", "Déjà inscrit(e) à cette session.")));
        }
        EnrolmentEligibilityPolicy.Decision decision = EnrolmentEligibilityPolicy.decide(
                facts.eligibilitySession(s, enrolled), candidateFacts,
                new EnrolmentEligibilityPolicy.Request(c.ccpNumbers(), c.ccsExperienceMonths()), facts.limits());
        if (!decision.eligible()) {
            throw ProblemException.rule("Inscription refusée pour " + candidate.fullName() + " : "
                            + String.join(" ", decision.refusals().stream().map(EnrolmentEligibilityPolicy.Refusal::message)
                            .toList()),
                    decision.refusals().stream().map(r -> new FieldError(r.rule(), r.message())).toList());
        }
        return decision;
    }

    /** Records an admitted enrolment (a withdrawn one of the same candidate comes back). */
    Enrolment write(ExamSession s, Candidate candidate, Enrolment existing,
                    EnrolmentEligibilityPolicy.Decision decision, SessionCommands.NewEnrolment c, Viewer viewer) {
        Enrolment e = existing != null ? existing : new Enrolment();
        e.session = s;
        e.candidate = candidate;
        e.status = EnrolmentStatus.ENROLLED;
        e.ccpNumbers.clear();
        e.ccpNumbers.addAll(decision.ccpNumbers());
        e.finalInterview = decision.finalInterview();
        e.ccsExperienceMonths = s.type == SessionType.CCS ? c.ccsExperienceMonths() : null;
        e.enrolledAt = Instant.now();
        e.enrolledBy = viewer.username();
        e.withdrawnAt = null;
        e.withdrawnBy = null;
        e.refusalReason = null;
        if (existing == null) {
            // an inverse bag queues the addition without loading the session's enrolments
            s.enrolments.add(e);
        }
        return e;
    }

    /**
     * Issue 15: the session is being confirmed; every active enrolment is checked again with the rules of today
     * ({@link ConfirmationRecheckPolicy}), those refused are withdrawn with their reasons (their place in the
     * timetable stays empty, as for a withdrawal) and told to the centre (one message for them all).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recheckAtConfirmation(ExamSession s, String actor) {
        List<Enrolment> active = s.activeEnrolments().stream()
                .sorted(java.util.Comparator.comparing((Enrolment e) -> e.enrolledAt).thenComparing(e -> e.id))
                .toList();
        List<ConfirmationRecheckPolicy.Enrolled> enrolled = active.stream().map(e -> new ConfirmationRecheckPolicy
                .Enrolled(e.id, e.candidate.fullName(), e.candidate.isErased() ? null : facts.candidate(e.candidate, s),
                new EnrolmentEligibilityPolicy.Request(s.type == SessionType.CCP ? Set.copyOf(e.ccpNumbers) : null,
                        e.ccsExperienceMonths))).toList();
        List<ConfirmationRecheckPolicy.Refused> refused = ConfirmationRecheckPolicy.refused(
                facts.eligibilitySession(s, 0), enrolled, facts.limits());
        Instant now = Instant.now();
        for (ConfirmationRecheckPolicy.Refused r : refused) {
            Enrolment e = active.stream().filter(x -> x.id == r.enrolmentId()).findFirst().orElseThrow();
            e.status = EnrolmentStatus.WITHDRAWN;
            e.withdrawnAt = now;
            e.withdrawnBy = actor;
            e.refusalReason = r.reason().length() > 2000 ? r.reason().substring(0, 2000) : r.reason();
        }
        notices.enrolmentsRefused(s, refused);
    }

    /** The refusals of the rules for the active enrolments if the session ran from {@code start} to {@code end}. */
    public List<EnrolmentEligibilityPolicy.Refusal> refusalsAt(ExamSession s, LocalDate start, LocalDate end) {
        EnrolmentEligibilityPolicy.Session moved = facts.eligibilitySession(s, start, end, 0);
        return s.activeEnrolments().stream().flatMap(e -> EnrolmentEligibilityPolicy.decide(moved,
                facts.candidate(e.candidate, s), new EnrolmentEligibilityPolicy.Request(e.ccpNumbers,
                        e.ccsExperienceMonths), facts.limits()).refusals().stream()).toList();
    }

    /** The candidate leaves the session before it starts; their place in the timetable stays empty. */
    @Transactional
    public void withdraw(long sessionId, long enrolmentId, Viewer viewer) {
        ExamSession s = access.managed(sessionId, viewer);
        SessionService.requirePlanning(s, "les inscriptions");
        Enrolment e = s.enrolments.stream().filter(x -> x.id == enrolmentId && x.isActive()).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Aucune inscription n° " + enrolmentId
                        + " à cette session."));
        e.status = EnrolmentStatus.WITHDRAWN;
        e.withdrawnAt = Instant.now();
        e.withdrawnBy = viewer.username();
        s.updatedAt = Instant.now();
    }

    /** An enrolment of the session: for its managers, or for the enrolled candidate themself. */
    public Enrolment visibleEnrolment(long sessionId, long enrolmentId, Viewer viewer) {
        ExamSession s = access.visible(sessionId, viewer);
        return s.enrolments.stream()
                .filter(e -> e.id == enrolmentId && e.isActive())
                .filter(e -> viewer.manages(s) || (viewer.kind() == Viewer.Kind.CANDIDATE
                        && e.candidate.id.equals(viewer.candidateId())))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Aucune inscription n° " + enrolmentId
                        + " ne vous est accessible."));
    }
}
