package fr.titrepro.demo;

import fr.titrepro.centre.Centre;
import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.EvaluationGridRepository;
import fr.titrepro.scoring.GridGenerator;
import fr.titrepro.scoring.GridStatus;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.session.jury.JuryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo builder of the grids ({@link DemoLoader}, step 4, after the sessions and the documents): a session titre TRI running today at the centre
 * of the user "centre", jury jury + jury2 (+ jury3), its candidates, and jury2's grids of the first candidate already
 * handed in (with one divergence), so that "jury" can score, hand in and reconcile at once. Needs the centre and
 * candidate demo data; skipped (and said so in the log) without them. Idempotent.
 */
@ApplicationScoped
public class ScoringDemo {

    private static final Logger LOG = Logger.getLogger(ScoringDemo.class);
    static final String TITLE = DemoSessions.TITLE;
    static final String AUTHOR = "démonstration notation";

    @Inject
    JurorRepository jurors;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    DemoSessions demoSessions;

    @Inject
    SessionService sessionService;

    @Inject
    JuryService juryService;

    @Inject
    GridGenerator generator;

    @Inject
    EvaluationGridRepository grids;

    /**
     * @param staff       the login of the centre's staff
     * @param jurorLogins the jury (the first two at least must exist)
     * @param handedInBy  the juror whose grids of the first candidate are filled and handed in
     * @return the session, or null when the demo data it needs is missing
     */
    @Transactional
    public Long load(String staff, List<String> jurorLogins, String handedInBy) {
        Viewer demo = DemoSessions.viewer(AUTHOR);
        LocalDate today = LocalDate.now();
        Centre centre = demoSessions.centreOf(staff).orElse(null);
        if (centre == null) {
            LOG.info("Démo notation : aucun centre n'est rattaché à « " + staff + " » (données de démonstration des "
                    + "centres absentes) : pas de session en cours.");
            return null;
        }
        ExamSession existing = demoSessions.existing(centre, AUTHOR).orElse(null);
        if (existing != null) {
            return existing.id;
        }
        List<Juror> jury = new ArrayList<>();
        for (String login : jurorLogins) {
            jurors.findByUsername(login).filter(j -> sessions.otherSessionsOfJuror(j.id, -1).stream()
                    .noneMatch(s -> s.overlaps(today, today.plusDays(1)))).ifPresent(jury::add);
        }
        if (jury.size() < 2) {
            LOG.info("Démo notation : moins de deux jurés libres aujourd'hui parmi " + jurorLogins + " : pas de session.");
            return null;
        }
        if (centre.approvalCovering(TITLE, today, today.plusDays(1)).isEmpty()) {
            LOG.infof("Démo notation : le centre %s n'a pas d'agrément TRI couvrant aujourd'hui : pas de session.",
                    centre.name);
            return null;
        }
        long sessionId = demoSessions.plan(centre, today, demo);
        ExamSession session = sessions.findById(sessionId);
        jury.forEach(j -> juryService.assign(sessionId, j.id, demo));
        // the demo candidates (logins candidat, candidat2) the centre follows, then its other TRI trainees: three at most
        demoSessions.enrol(sessionId, demoSessions.candidates(centre, DemoSessions.CANDIDATE_LOGINS, true, 3),
                Integer.MAX_VALUE, demo, "notation");
        if (!sessionService.options(session, demo).getOrDefault(SessionStatus.SCHEDULED, List.of("")).isEmpty()) {
            LOG.info("Démo notation : la session ne peut pas être programmée ; elle reste en brouillon.");
            return sessionId;
        }
        sessionService.transition(sessionId, new SessionCommands.Transition(SessionStatus.SCHEDULED, null), demo);
        List<String> refusals = sessionService.options(session, demo).get(SessionStatus.IN_PROGRESS);
        if (refusals == null || !refusals.isEmpty()) {
            LOG.info("Démo notation : la session ne peut pas commencer : " + refusals);
            return sessionId;
        }
        sessionService.transition(sessionId, new SessionCommands.Transition(SessionStatus.IN_PROGRESS, null), demo);
        Enrolment first = session.activeEnrolments().getFirst();
        generator.generate(session, first);
        jury.stream().filter(j -> j.username.equals(handedInBy)).findFirst()
                .ifPresent(j -> handIn(grids.of(first.id, j.id), j.username));
        LOG.infof("Démo notation : session titre TRI n° %d en cours, %d candidat(s) ; grilles de %s soumises pour %s.",
                sessionId, session.activeEnrolments().size(), handedInBy, first.candidate.fullName());
        return sessionId;
    }

    /**
     * Every line met but one (criterion 2 of competency 1, not met: a divergence to reconcile), all acquired; the DP
     * and ECF consulted.
     */
    private static void handIn(List<EvaluationGrid> theirs, String by) {
        Instant now = Instant.now();
        for (EvaluationGrid g : theirs) {
            g.shownSections().filter(s -> s.kind.isConsulted()).flatMap(s -> s.criteria.stream()).forEach(c -> {
                c.consulted = true;
                c.updatedAt = now;
                c.updatedBy = by;
            });
            g.scoredLines().forEach(c -> {
                c.score = c.itemKey.equals("C1.2") ? ScoreValue.NOT_MET : ScoreValue.MET;
                c.observation = c.itemKey.equals("C1.2") ? "L'appel n'aboutit pas : le VLAN voix n'est pas configuré."
                        : null;
                c.updatedAt = now;
                c.updatedBy = by;
            });
            g.sections.stream().filter(s -> s.kind.isCompetency()).forEach(s -> {
                s.proposedDecision = s.sectionKey.equals("C1") ? Verdict.NOT_ACQUIRED : Verdict.ACQUIRED;
                s.updatedAt = now;
                s.updatedBy = by;
            });
            g.proposedDecision = Verdict.ACQUIRED;
            g.status = GridStatus.SUBMITTED;
            g.submittedAt = now;
            g.updatedAt = now;
            g.updatedBy = by;
        }
    }
}
