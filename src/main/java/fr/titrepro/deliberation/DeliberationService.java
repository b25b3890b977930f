package fr.titrepro.deliberation;

import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.deliberation.pv.PvService;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.JuryQuorum;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jury's deliberation on each candidate, while the session is in deliberation: the facts stated by the jury,
 * the CCP decisions agreed in the reconciliation, the outcome computed by {@link DeliberationPolicy}, and the
 * outcome retained (an override only with a written reason). Each new decision is a new version; nothing is erased.
 */
@ApplicationScoped
public class DeliberationService {

    @Inject
    DeliberationAccess access;

    @Inject
    DeliberationCases cases;

    @Inject
    DeliberationRepository repository;

    @Inject
    CurrentUser user;

    @Transactional
    public CandidateDeliberation decide(long sessionId, long enrolmentId, DeliberationCommands.Decision c) {
        DeliberationAccess.JurorSeat seat = access.juror(sessionId);
        ExamSession s = seat.session();
        Enrolment e = DeliberationAccess.enrolment(s, enrolmentId);
        DeliberationAccess.requireNoConflict(s, seat.juror(), e);
        DeliberationAccess.requireDeliberation(s);
        JuryQuorum.require(s, e.candidate, "délibérer sur son cas");
        DeliberationCases.Facts facts = new DeliberationCases.Facts(c.attendance(), c.finalInterview(),
                c.fraudReport());
        DeliberationCases.Agreed agreed = cases.agreed(e);
        if (facts.attendance() == Attendance.PRESENT && facts.fraudReport() == null) {
            List<FieldError> missing = DeliberationCases.missing(s, e, agreed);
            if (!missing.isEmpty()) {
                throw ProblemException.rule("La délibération attend les décisions du jury : "
                        + missing.getFirst().message(), missing);
            }
        }
        DeliberationCase deliberationCase = cases.build(s, e, facts, agreed.ccps(), agreed.ccs());
        CandidateDeliberation d = record(s, e, facts, deliberationCase, c.outcome(), c.overrideReason(), null);
        pvs.announceIfReady(s);
        return d;
    }

    /** Records an incident of the session (or of one candidate), while the session runs or deliberates. */
    @Transactional
    public SessionIncident report(long sessionId, DeliberationCommands.Incident command) {
        DeliberationAccess.JurorSeat seat = access.juror(sessionId);
        ExamSession s = seat.session();
        if (s.status != fr.titrepro.session.SessionStatus.IN_PROGRESS) {
            DeliberationAccess.requireDeliberation(s);
        }
        String description = command == null ? null : command.description();
        if (description == null || description.isBlank()) {
            String missing = "Décrivez l'incident : il est porté au procès-verbal.";
            throw ProblemException.invalid("L'incident n'est pas enregistré : " + missing,
                    List.of(new FieldError("description", missing)));
        }
        Long enrolmentId = command.enrolmentId();
        if (enrolmentId != null) {
            DeliberationAccess.enrolment(s, enrolmentId);
        }
        SessionIncident incident = new SessionIncident();
        incident.sessionId = s.id;
        incident.enrolmentId = enrolmentId;
        incident.description = description;
        incident.reportedBy = user.username();
        incident.reportedAt = Instant.now();
        repository.persist(incident);
        return incident;
    }

    /**
     * Computes and stores a new version of the candidate's decision: the jury's override must pass
     * {@link OverridePolicy.overrideRefusal}; the previous version stays, no longer current.
     */
    public CandidateDeliberation record(ExamSession s, Enrolment e, DeliberationCases.Facts facts, DeliberationCase c,
                                 Outcome chosen, String reason, Long appealId) {
        DeliberationResult result = DeliberationPolicy.decide(c);
        Outcome retained = chosen == null ? result.outcome() : chosen;
        int minimum = RegulationBook.on(s.startDate).override().minimumReasonLength();
        OverridePolicy.overrideRefusal(result, retained, reason, minimum).ifPresent(refusal -> {
            throw ProblemException.rule(refusal.message(), List.of(refusal));
        });
        // the session's lock first, before any row of the chain is touched: appends are serialised, no deadlock
        String head = repository.lockedHead(s.id);
        repository.currentOfEnrolment(e.id).ifPresent(previous -> previous.current = false);
        repository.flush();
        CandidateDeliberation d = new CandidateDeliberation();
        d.sessionId = s.id;
        d.enrolmentId = e.id;
        d.candidateId = e.candidate.id;
        d.version = repository.lastVersion(e.id) + 1;
        d.current = true;
        d.attendance = facts.attendance();
        d.finalInterview = c.finalInterview();
        d.fraudReport = c.fraud() == null ? null : c.fraud().report();
        d.ccpDecisions = CandidateDeliberation.encode(c.ccpDecisions(),
                c.ccs() == null ? null : c.ccs().decision());
        d.acquiredNow = CandidateDeliberation.encode(result.acquiredNow());
        d.heldAfter = CandidateDeliberation.encode(result.heldAfter());
        d.computedOutcome = result.outcome();
        d.outcome = retained;
        d.overrideReason = retained == result.outcome() ? null : reason;
        d.notes = result.notes().isEmpty() ? null : String.join("\n", result.notes());
        d.appealId = appealId;
        d.decidedBy = user.username();
        d.previousHash = head;
        d.decidedAt = fr.titrepro.shared.audit.LinkHash.truncate(Instant.now());
        d.hash = DeliberationChain.hash(d.previousHash, d);
        repository.persist(d);
        repository.flush();
        return d;
    }

    @Inject
    PvService pvs;

    @Inject
    fr.titrepro.session.jury.JurorRepository jurors;

    /** The deliberation of a session as its jurors, its centre and the administration see it. */
    @Transactional
    public DeliberationBoard board(long sessionId) {
        ExamSession s = access.reader(sessionId);
        Long me = user.isJuror() ? jurors.findByUsername(user.username()).map(j -> j.id)
                .filter(s::hasJuror).orElse(null) : null;
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        Map<Long, DeliberationCases.Agreed> agreedAll = cases.agreedOfSession(s.id);
        List<DeliberationBoard.Row> rows = new ArrayList<>();
        for (Enrolment e : s.activeEnrolments()) {
            DeliberationCases.Agreed agreed = agreedAll.getOrDefault(e.id, DeliberationCases.NONE);
            CandidateDeliberation d = current.get(e.id);
            boolean conflicted = me != null && s.declaredLink(me, e.candidate.id);
            rows.add(new DeliberationBoard.Row(e, fr.titrepro.document.HolderIdentity.of(e.candidate).fullName(),
                    agreed.ccps(), agreed.ccs(), d, d == null ? 0 : d.version, conflicted));
        }
        // the label reads the session's CCPs: computed here, in the transaction (the API maps the board after it)
        return new DeliberationBoard(s, s.label(), rows, repository.incidentsOf(s.id), pvs.status(s),
                repository.appealsOf(s.id), me != null, user.isAdmin());
    }

    /** Every version of a candidate's decision, oldest first. */
    @Transactional
    public List<CandidateDeliberation> history(long sessionId, long enrolmentId) {
        ExamSession s = access.reader(sessionId);
        DeliberationAccess.enrolment(s, enrolmentId);
        return repository.historyOf(enrolmentId);
    }

}
