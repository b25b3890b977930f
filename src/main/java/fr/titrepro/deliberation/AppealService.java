package fr.titrepro.deliberation;

import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.Enrolment;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
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
 * Appeals (recours gracieux): the administration records one received within two months of the PV; the jury
 * re-deliberates for that candidate; the new decision is a new version, the PV is re-issued as a rectification and,
 * once the session is validated, the candidate's documents are re-issued (the previous ones become superseded).
 * Nothing is deleted.
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

    @Transactional
    public List<Appeal> list(long sessionId) {
        return repository.appealsOf(access.reader(sessionId).id);
    }

    @Transactional
    public Appeal record(long sessionId, DeliberationCommands.NewAppeal command) {
        ExamSession s = access.administration(sessionId);
        if (!DeliberationAccess.isFinal(s.status)) {
            throw ProblemException.rule("Un recours porte sur un procès-verbal signé : la session est "
                    + s.status.label().toLowerCase() + ".", List.of());
        }
        SessionPv pv = repository.pvOf(s.id).orElseThrow();
        DeliberationCommands.NewAppeal c = command == null ? new DeliberationCommands.NewAppeal(null, null, null)
                : command;
        List<FieldError> errors = new ArrayList<>();
        if (c.enrolmentId() == null) {
            errors.add(new FieldError("enrolmentId", "Choisissez le candidat qui forme le recours."));
        }
        LocalDate deadline = pv.pvDate.plusMonths(PvService.APPEAL_MONTHS);
        LocalDate today = LocalDate.now(PvService.PARIS);
        if (c.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Indiquez la date de réception du recours."));
        } else if (c.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "La date de réception ne peut pas être dans le futur."));
        } else if (c.receivedOn().isBefore(pv.pvDate)) {
            errors.add(new FieldError("receivedOn", "Le recours ne peut pas précéder le procès-verbal du "
                    + DAY.format(pv.pvDate) + "."));
        } else if (c.receivedOn().isAfter(deadline)) {
            errors.add(new FieldError("receivedOn", "Recours hors délai : il devait être reçu dans les "
                    + PvService.APPEAL_MONTHS + " mois suivant le procès-verbal du " + DAY.format(pv.pvDate)
                    + ", soit au plus tard le " + DAY.format(deadline) + "."));
        }
        String motive = DeliberationService.text(c.motive(), "motive", DeliberationService.MAX_TEXT, errors);
        if (motive == null) {
            errors.add(new FieldError("motive", "Indiquez le motif du recours."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Le recours n'est pas enregistré : " + errors.getFirst().message(),
                    errors);
        }
        Enrolment e = DeliberationAccess.enrolment(s, c.enrolmentId());
        boolean pending = repository.appealsOf(s.id).stream()
                .anyMatch(a -> a.enrolmentId == e.id && a.status == Appeal.Status.RECEIVED);
        if (pending) {
            throw ProblemException.conflict("Un recours de ce candidat attend déjà la décision du jury.");
        }
        Appeal a = new Appeal();
        a.sessionId = s.id;
        a.enrolmentId = e.id;
        a.candidateId = e.candidate.id;
        a.receivedOn = c.receivedOn();
        a.motive = motive;
        a.status = Appeal.Status.RECEIVED;
        a.recordedBy = user.username();
        a.recordedAt = Instant.now();
        repository.persist(a);
        repository.flush();
        return a;
    }

    /**
     * The jury's new decision on the appeal: the CCP decisions re-examined (the others are kept), the facts, the
     * outcome; a written reason is required. An appeal never withdraws a CCP the first decision granted.
     */
    @Transactional
    public CandidateDeliberation redeliberate(long sessionId, long appealId,
                                              DeliberationCommands.Redeliberation command) {
        DeliberationAccess.JurorSeat seat = access.juror(sessionId);
        ExamSession s = seat.session();
        Appeal appeal = repository.appeal(s.id, appealId).orElseThrow(() -> ProblemException.notFound(
                "Aucun recours n° " + appealId + " dans cette session."));
        if (appeal.status != Appeal.Status.RECEIVED) {
            throw ProblemException.conflict("Le jury a déjà statué sur ce recours, le " + DAY.format(
                    appeal.decidedAt.atZone(PvService.PARIS).toLocalDate()) + ".");
        }
        Enrolment e = DeliberationAccess.enrolment(s, appeal.enrolmentId);
        DeliberationAccess.requireNoConflict(s, seat.juror(), e);
        CandidateDeliberation previous = repository.currentOfEnrolment(e.id).orElseThrow();
        DeliberationCommands.Redeliberation c = command == null
                ? new DeliberationCommands.Redeliberation(null, null, null, null, null, null, null) : command;
        List<FieldError> errors = new ArrayList<>();
        DeliberationCases.Facts facts = DeliberationService.facts(
                c.attendance() == null ? previous.attendance.name() : c.attendance(),
                c.finalInterview() == null && previous.finalInterview != null ? previous.finalInterview.name()
                        : c.finalInterview(),
                c.fraudReport(), errors);
        Outcome chosen = DeliberationService.chosen(c.outcome(), errors);
        String overrideReason = DeliberationService.text(c.overrideReason(), "overrideReason", 2000, errors);
        String reason = DeliberationService.text(c.reason(), "reason", 2000, errors);
        if (reason == null || reason.length() < DeliberationPolicy.MIN_OVERRIDE_REASON) {
            errors.add(new FieldError("reason", "Motivez la nouvelle décision du jury (au moins "
                    + DeliberationPolicy.MIN_OVERRIDE_REASON + " caractères) : elle est portée au procès-verbal "
                    + "rectificatif."));
        }
        Map<Integer, CcpDecision> ccps = new TreeMap<>(previous.decisions());
        CcpDecision ccs = previous.ccsDecision();
        if (c.ccpDecisions() != null) {
            for (var entry : c.ccpDecisions().entrySet()) {
                CcpDecision decision = DeliberationService.parse(CcpDecision.class, entry.getValue());
                String field = "ccpDecisions." + entry.getKey();
                if (decision == null) {
                    errors.add(new FieldError(field, "Décision inconnue « " + entry.getValue()
                            + " » : ACQUIRED ou NOT_ACQUIRED."));
                } else if (CandidateDeliberation.CCS_KEY.equalsIgnoreCase(entry.getKey())) {
                    ccs = decision;
                } else if (entry.getKey().matches("\\d{1,2}") && e.ccpNumbers.contains(Integer.parseInt(entry.getKey()))) {
                    ccps.put(Integer.parseInt(entry.getKey()), decision);
                } else {
                    errors.add(new FieldError(field, "Le candidat n'a pas présenté de CCP « " + entry.getKey()
                            + " » à cette session."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La nouvelle décision n'est pas enregistrée : "
                    + errors.getFirst().message(), errors);
        }
        if (facts.attendance() == Attendance.PRESENT && ccps.isEmpty() && ccs == null) {
            DeliberationCases.Agreed agreed = cases.agreed(e);
            ccps.putAll(agreed.ccps());
            ccs = agreed.ccs();
        }
        DeliberationCase deliberationCase = cases.build(s, e, facts, ccps, ccs);
        DeliberationResult computed = DeliberationPolicy.decide(deliberationCase);
        refuseLosses(previous, computed.acquiredNow(), chosen == null ? computed.outcome() : chosen);
        CandidateDeliberation decided = deliberations.record(s, e, facts, deliberationCase, chosen, overrideReason,
                appeal.id);
        appeal.status = Appeal.Status.DECIDED;
        appeal.deliberationId = decided.id;
        appeal.decidedAt = Instant.now();
        appeal.decidedBy = user.username();
        appeal.decisionReason = reason;
        repository.flush();
        pvs.rectify(s);
        if (s.status == SessionStatus.VALIDATED) {
            SessionPv pv = repository.pvOf(s.id).orElseThrow();
            certification.apply(s, e, decided, pv.pvDate);
        }
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
