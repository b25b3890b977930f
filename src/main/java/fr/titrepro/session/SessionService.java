package fr.titrepro.session;

import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.session.enrolment.EnrolmentService;
import fr.titrepro.session.jury.JurorService;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Plans sessions, changes them while they are being planned, and moves them through their lifecycle. */
@ApplicationScoped
public class SessionService {

    @Inject
    ExamSessionRepository sessions;

    @Inject
    CentreRepository centres;

    @Inject
    TitleVersionRepository versions;

    @Inject
    SessionAccess access;

    @Inject
    RuleFacts facts;

    @Inject
    EnrolmentService enrolmentRules;

    @Inject
    Validator validator;

    @Inject
    SessionNotices notices;

    public ExamSession get(long id, Viewer viewer) {
        return access.visible(id, viewer);
    }

    @Transactional
    public long create(SessionCommands.NewSession c, Viewer viewer) {
        SessionCommands.validate(validator, c);
        Centre centre = organiser(c.centreId(), viewer);
        TitleVersion title = titleVersion(c.titleCode().strip(), c.version());
        Set<Integer> ccps = c.ccpNumbers() == null ? Set.of() : new TreeSet<>(c.ccpNumbers());
        String ccsCode = JurorService.blankToNull(c.ccsCode());
        SessionPlanningPolicy.Plan plan = new SessionPlanningPolicy.Plan(c.type(), c.startDate(), c.endDate(),
                c.capacity(), ccps, ccsCode);
        List<FieldError> errors = new ArrayList<>(SessionPlanningPolicy.check(plan, RuleFacts.title(title),
                context(centre, title, true, 0), facts.limits()));
        CentreApproval approval = errors.isEmpty() ? approval(centre, title, c.startDate(), c.endDate(),
                c.approvalId(), errors) : null;
        if (!errors.isEmpty()) {
            throw refused("La session ne peut pas être planifiée.", errors);
        }
        ExamSession s = new ExamSession();
        s.titleVersion = title;
        s.type = c.type();
        s.ccpNumbers.addAll(ccps);
        s.ccsCode = ccsCode;
        s.centre = centre;
        s.approval = approval;
        s.siteLabel = approval.siteLabel();
        s.startDate = c.startDate();
        s.endDate = c.endDate();
        s.capacity = c.capacity();
        s.managerName = c.managerName().strip();
        s.managerEmail = JurorService.blankToNull(c.managerEmail());
        s.status = SessionStatus.DRAFT;
        s.createdAt = Instant.now();
        s.createdBy = viewer.username();
        s.recordTransition(null, SessionStatus.DRAFT, viewer.username(), null);
        sessions.persist(s);
        return s.id;
    }

    /** Dates, capacity, manager and site, while the session is being planned; every rule is checked again. */
    @Transactional
    public void update(long id, SessionCommands.SessionChanges c, Viewer viewer) {
        ExamSession s = access.managedForUpdate(id, viewer);
        requirePlanning(s, "ses dates et sa capacité");
        SessionCommands.validate(validator, c);
        boolean datesChanged = !c.startDate().equals(s.startDate) || !c.endDate().equals(s.endDate);
        SessionPlanningPolicy.Plan plan = new SessionPlanningPolicy.Plan(s.type, c.startDate(), c.endDate(),
                c.capacity(), s.ccpNumbers, s.ccsCode);
        List<FieldError> errors = new ArrayList<>(SessionPlanningPolicy.check(plan, RuleFacts.title(s.titleVersion),
                context(s.centre, s.titleVersion, datesChanged, s.activeEnrolments().size()), facts.limits()));
        CentreApproval approval = errors.isEmpty() ? approval(s.centre, s.titleVersion, c.startDate(), c.endDate(),
                c.approvalId(), errors) : null;
        if (errors.isEmpty() && datesChanged) {
            errors.addAll(stillValidAt(s, c.startDate(), c.endDate()));
        }
        if (!errors.isEmpty()) {
            throw refused("La session n'a pas été modifiée.", errors);
        }
        s.startDate = c.startDate();
        s.endDate = c.endDate();
        s.capacity = c.capacity();
        s.managerName = c.managerName().strip();
        s.managerEmail = JurorService.blankToNull(c.managerEmail());
        s.approval = approval;
        s.siteLabel = approval.siteLabel();
        s.updatedAt = Instant.now();
        if (datesChanged && s.status == SessionStatus.SCHEDULED) {
            notices.datesChanged(s);
        }
    }

    @Transactional
    public void transition(long id, SessionCommands.Transition c, Viewer viewer) {
        ExamSession s = access.managedForUpdate(id, viewer);
        SessionCommands.validate(validator, c);
        String reason = JurorService.blankToNull(c.reason());
        List<String> refusals = SessionLifecyclePolicy.refusals(c.to(), viewer.actor(),
                facts.lifecycle(s, reason != null));
        if (!refusals.isEmpty()) {
            throw ProblemException.rule("La session ne peut pas passer à l'état « " + c.to().label() + " » : "
                    + String.join(" ", refusals), refusals.stream().map(r -> new FieldError("to", r)).toList());
        }
        s.recordTransition(s.status, c.to(), viewer.username(), reason);
        if (c.to() == SessionStatus.CANCELLED) {
            s.cancelReason = reason;
        }
        SessionStatus from = s.status;
        s.status = c.to();
        s.updatedAt = Instant.now();
        // issue 15: convocations when confirmed, a cancellation told to those already convened
        if (c.to() == SessionStatus.SCHEDULED && from == SessionStatus.DRAFT) {
            // the rules of the confirmation day: a late change refuses enrolments (told to the centre), no convocation
            enrolmentRules.recheckAtConfirmation(s, viewer.username());
            notices.confirmed(s);
        } else if (c.to() == SessionStatus.CANCELLED && from == SessionStatus.SCHEDULED) {
            notices.cancelled(s);
        }
    }

    /**
     * The moves the PV makes (capability deliberation): CLOSED when every juror has signed it, VALIDATED when the
     * administration validates it. Recorded in the session's transitions like any move.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveByPv(ExamSession s, SessionStatus to, String actor, String reason) {
        List<String> refusals = SessionLifecyclePolicy.refusals(to, SessionLifecyclePolicy.Actor.PV,
                facts.lifecycle(s, true));
        if (!refusals.isEmpty()) {
            throw ProblemException.rule(String.join(" ", refusals), List.of());
        }
        s.recordTransition(s.status, to, actor, reason);
        s.status = to;
        s.updatedAt = Instant.now();
    }

    /** The moves out of the current state, each with the reasons it is refused now (none: allowed). */
    public Map<SessionStatus, List<String>> options(ExamSession s, Viewer viewer) {
        if (!viewer.manages(s)) {
            return Map.of();
        }
        return SessionLifecyclePolicy.options(viewer.actor(), facts.lifecycle(s, true));
    }

    /** Enrolments, jury and dates change only while the session is being planned. */
    public static void requirePlanning(ExamSession s, String what) {
        if (s.status.isPlanning()) {
            return;
        }
        throw ProblemException.conflict(switch (s.status) {
            case CLOSED, VALIDATED -> "La session est " + s.status.label().toLowerCase() + " : ses résultats sont "
                    + "définitifs, " + what + " ne peuvent plus changer (une correction passe par la procédure de "
                    + "recours).";
            case CANCELLED -> "La session est annulée : " + what + " ne peuvent plus changer.";
            default -> "La session a commencé (" + s.status.label().toLowerCase() + ") : " + what
                    + " ne peuvent plus changer.";
        });
    }

    private Centre organiser(Long centreId, Viewer viewer) {
        if (viewer.isAdmin()) {
            if (centreId == null) {
                throw ProblemException.invalidField("centreId", "Choisissez le centre organisateur.");
            }
            Centre centre = centres.findById(centreId);
            if (centre == null) {
                throw ProblemException.invalidField("centreId", "Aucun centre n° " + centreId + ".");
            }
            return centre;
        }
        if (centreId != null && !centreId.equals(viewer.centreId())) {
            throw ProblemException.notFound("Aucun centre n° " + centreId + " ne vous est accessible.");
        }
        return centres.findById(viewer.centreId());
    }

    private TitleVersion titleVersion(String code, String version) {
        return (version == null || version.isBlank() ? versions.latest(code) : versions.findVersion(code, version))
                .orElseThrow(() -> refused("La session ne peut pas être planifiée.", List.of(new FieldError(
                        "titleCode", version == null || version.isBlank() ? "Aucun titre n'a le code « " + code
                        + " »." : "Le titre « " + code + " » n'a pas de version « " + version + " »."))));
    }

    private SessionPlanningPolicy.Context context(Centre centre, TitleVersion title, boolean datesChanged,
                                                  int enrolled) {
        return new SessionPlanningPolicy.Context(LocalDate.now(), datesChanged, centre.name,
                centre.approvals.stream().filter(a -> a.titleCode.equals(title.code))
                        .map(a -> new SessionPlanningPolicy.Approval(a.validFrom, a.validUntil)).toList(),
                title.ccsBlocks.stream().map(b -> b.code).collect(Collectors.toCollection(LinkedHashSet::new)),
                enrolled);
    }

    /** The chosen approval (site) if it covers the dates, else the first one that does. */
    private static CentreApproval approval(Centre centre, TitleVersion title, LocalDate start, LocalDate end,
                                           Long approvalId, List<FieldError> errors) {
        if (approvalId == null) {
            return centre.approvalCovering(title.code, start, end).orElseThrow();
        }
        CentreApproval chosen = centre.approvals.stream()
                .filter(a -> a.id.equals(approvalId) && a.titleCode.equals(title.code) && a.covers(start, end))
                .findFirst().orElse(null);
        if (chosen == null) {
            errors.add(new FieldError("approvalId", "Cet agrément (site) ne couvre pas ce titre à ces dates."));
        }
        return chosen;
    }

    /** Moving the dates must keep every juror and every enrolled candidate within the rules. */
    private List<FieldError> stillValidAt(ExamSession s, LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>();
        JuryCompositionPolicy.Session jurySession = RuleFacts.jurySession(s.titleVersion.code, start, end);
        for (JuryMember m : s.jury) {
            JuryCompositionPolicy.checkJuror(jurySession, facts.juror(m.juror, s))
                    .forEach(v -> errors.add(new FieldError("startDate", v.message())));
        }
        enrolmentRules.refusalsAt(s, start, end).forEach(r -> errors.add(new FieldError("startDate", r.message())));
        return errors;
    }

    static ProblemException refused(String detail, List<FieldError> errors) {
        return ProblemException.rule(detail + " " + errors.stream().map(FieldError::message)
                .collect(Collectors.joining(" ")), errors);
    }
}
