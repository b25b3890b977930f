package fr.titrepro.deliberation.appeal;

import fr.titrepro.deliberation.Appeal;
import fr.titrepro.deliberation.Attendance;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.DeliberationAccess;
import fr.titrepro.deliberation.DeliberationCase;
import fr.titrepro.deliberation.DeliberationCases;
import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationNotices;
import fr.titrepro.deliberation.DeliberationPolicy;
import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.deliberation.DeliberationResult;
import fr.titrepro.deliberation.DeliberationService;
import fr.titrepro.deliberation.SessionCertification;
import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.deliberation.pv.PvService;
import fr.titrepro.deliberation.pv.SessionPv;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.JuryQuorum;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.text.FrenchDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Appeals (recours gracieux, DOMAIN "Sessions and evaluation"): the administration records one received within the
 * regulation's delay (2 months) of the day the result was published to the candidate (the PV's validation); the jury
 * — at least two members without conflict — re-deliberates for that candidate; the new decision is a new version; the
 * rectified PV is signed again by the jury and validated again by the administration before any document changes
 * (the previous ones then become superseded). Nothing is deleted.
 */
@ApplicationScoped
public class AppealService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    DeliberationAccess access;

    @Inject
    DeliberationRepository repository;

    @Inject
    DeliberationCases cases;

    @Inject
    DeliberationService deliberations;

    @Inject
    PvService pvs;

    @Inject
    SessionCertification certification;

    @Inject
    CurrentUser user;

    @Inject
    DeliberationNotices notices;

    @Transactional
    public List<Appeal> list(long sessionId) {
        return repository.appealsOf(access.reader(sessionId).id);
    }

    @Transactional
    public Appeal record(long sessionId, DeliberationCommands.NewAppeal command) {
        ExamSession s = access.administration(sessionId);
        if (s.status != SessionStatus.VALIDATED) {
            throw ProblemException.rule("Un recours porte sur un résultat publié : le candidat ne voit son résultat "
                    + "qu'après la validation du procès-verbal (état actuel : " + s.status.label() + ").", List.of());
        }
        SessionPv pv = repository.pvOf(s.id).orElseThrow();
        DeliberationCommands.NewAppeal c = command == null ? new DeliberationCommands.NewAppeal(null, null, null)
                : command;
        List<FieldError> errors = new ArrayList<>();
        if (c.enrolmentId() == null) {
            errors.add(new FieldError("enrolmentId", "Choisissez le candidat qui forme le recours."));
        }
        LocalDate published = PvService.published(pv);
        LocalDate deadline = PvService.appealDeadline(s, pv);
        int months = RegulationBook.on(s.startDate).appeal().months();
        LocalDate today = FrenchDates.today();
        if (c.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Indiquez la date de réception du recours."));
        } else if (c.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "La date de réception ne peut pas être dans le futur."));
        } else if (c.receivedOn().isBefore(published)) {
            errors.add(new FieldError("receivedOn", "Le recours ne peut pas précéder la publication du résultat au "
                    + "candidat, le " + DAY.format(published) + "."));
        } else if (c.receivedOn().isAfter(deadline)) {
            errors.add(new FieldError("receivedOn", "Recours hors délai : il devait être reçu dans les " + months
                    + " mois suivant la publication du résultat au candidat (" + DAY.format(published)
                    + "), soit au plus tard le " + DAY.format(deadline) + "."));
        }
        String motive = c.motive();
        if (motive == null || motive.isBlank()) {
            errors.add(new FieldError("motive", "Indiquez le motif du recours."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Le recours n'est pas enregistré : " + errors.getFirst().message(),
                    errors);
        }
        Enrolment e = DeliberationAccess.enrolment(s, c.enrolmentId());
        boolean pending = repository.appealsOf(s.id).stream()
                .anyMatch(a -> a.enrolmentId == e.id && a.status != Appeal.Status.VALIDATED);
        if (pending) {
            throw ProblemException.conflict("Un recours de ce candidat est déjà en cours (décision du jury, signature "
                    + "ou validation du PV rectificatif).");
        }
        Appeal a = new Appeal();
        a.sessionId = s.id;
        a.enrolmentId = e.id;
        a.candidateId = e.candidate.id;
        a.receivedOn = c.receivedOn();
        a.motive = motive;
        a.status = Appeal.Status.RECEIVED;
        a.recordedBy = user.username();
        a.previousHash = repository.lockedHead(s.id);
        a.recordedAt = fr.titrepro.shared.audit.LinkHash.truncate(Instant.now());
        a.hash = DeliberationChain.hash(a.previousHash, a);
        repository.persist(a);
        repository.flush();
        notices.appealRecorded(s, a, e);
        return a;
    }

    /**
     * The jury's new decision on the appeal, by a juror without conflict while the jury keeps its quorum for the
     * candidate: the CCP decisions re-examined (the others are kept), the facts, the outcome; a written reason is
     * required. An appeal never withdraws what the decision in force granted. Nothing issued changes yet: the
     * rectified PV is signed again by the jury, then validated again by the administration ({@link PvService}).
     */
    @Transactional
    public CandidateDeliberation redeliberate(long sessionId, long appealId, DeliberationCommands.Redeliberation c) {
        DeliberationAccess.JurorSeat seat = access.juror(sessionId);
        ExamSession s = seat.session();
        Appeal appeal = repository.appeal(s.id, appealId).orElseThrow(() -> ProblemException.notFound(
                "Aucun recours n° " + appealId + " dans cette session."));
        if (appeal.status != Appeal.Status.RECEIVED) {
            throw ProblemException.conflict("Le jury a déjà statué sur ce recours, le " + DAY.format(
                    appeal.decidedAt.atZone(FrenchDates.PARIS).toLocalDate()) + ".");
        }
        Enrolment e = DeliberationAccess.enrolment(s, appeal.enrolmentId);
        DeliberationAccess.requireNoConflict(s, seat.juror(), e);
        JuryQuorum.require(s, e.candidate, "réexaminer son recours");
        CandidateDeliberation previous = repository.currentOfEnrolment(e.id).orElseThrow();
        int minimum = RegulationBook.on(s.startDate).override().minimumReasonLength();
        List<FieldError> errors = new ArrayList<>();
        if (c.reason() == null || c.reason().length() < minimum) {
            errors.add(new FieldError("reason", "Motivez la nouvelle décision du jury (au moins " + minimum
                    + " caractères) : elle est portée au procès-verbal rectificatif."));
        }
        Map<Integer, Verdict> ccps = new TreeMap<>(previous.decisions());
        c.ccpDecisions().forEach((n, decision) -> {
            if (e.ccpNumbers.contains(n)) {
                ccps.put(n, decision);
            } else {
                errors.add(new FieldError("ccpDecisions." + n, "Le candidat n'a pas présenté de CCP « " + n
                        + " » à cette session."));
            }
        });
        Verdict ccs = c.ccsDecision() != null ? c.ccsDecision() : previous.ccsDecision();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La nouvelle décision n'est pas enregistrée : "
                    + errors.getFirst().message(), errors);
        }
        DeliberationCases.Facts facts = new DeliberationCases.Facts(
                c.attendance() != null ? c.attendance() : previous.attendance,
                c.finalInterview() != null ? c.finalInterview() : previous.finalInterview, c.fraudReport());
        if (facts.attendance() == Attendance.PRESENT && ccps.isEmpty() && ccs == null) {
            DeliberationCases.Agreed agreed = cases.agreed(e);
            ccps.putAll(agreed.ccps());
            ccs = agreed.ccs();
        }
        DeliberationCase deliberationCase = cases.build(s, e, facts, ccps, ccs);
        DeliberationResult computed = DeliberationPolicy.decide(deliberationCase);
        Outcome chosen = c.outcome();
        refuseLosses(previous, computed.acquiredNow(), chosen == null ? computed.outcome() : chosen);
        CandidateDeliberation decided = deliberations.record(s, e, facts, deliberationCase, chosen,
                c.overrideReason(), appeal.id);
        appeal.status = Appeal.Status.DECIDED;
        appeal.deliberationId = decided.id;
        appeal.decidedAt = Instant.now();
        appeal.decidedBy = user.username();
        appeal.decisionReason = c.reason();
        repository.flush();
        pvs.rectify(s);
        return decided;
    }

    /** An appeal never takes back a CCP, the title or a CCS that the decision in force granted. */
    private static void refuseLosses(CandidateDeliberation previous, SortedSet<Integer> acquired, Outcome outcome) {
        SortedSet<Integer> lost = new TreeSet<>(previous.acquired());
        lost.removeAll(acquired);
        boolean ccsLost = previous.outcome == Outcome.CCS_OBTAINED && outcome != Outcome.CCS_OBTAINED;
        boolean titleLost = previous.outcome == Outcome.FULL_SUCCESS && outcome != Outcome.FULL_SUCCESS;
        if (!lost.isEmpty() || ccsLost || titleLost) {
            throw ProblemException.rule("Un recours gracieux ne peut pas retirer au candidat ce que la première "
                    + "décision lui a accordé" + (lost.isEmpty() ? "" : " (" + String.join(", ",
                    lost.stream().map(n -> "CCP " + n).toList()) + ")") + ".",
                    List.of(new FieldError("ccpDecisions", "Décision moins favorable que la précédente.")));
        }
    }
}
