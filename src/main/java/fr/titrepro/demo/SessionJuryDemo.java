package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.Centre;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.session.jury.JurorService;
import fr.titrepro.session.jury.JuryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo builder of the sessions and juries ({@link DemoLoader}, step 2, after the centres and candidates): the jurors
 * jury, jury2 and jury3 habilitated for TRI, and a scheduled session titre TRI of the centre of the user "centre"
 * with its jury and two or three candidates. The centre and the candidates come from the centre/candidate demo
 * data: when they are absent, the session is skipped (and said so in the log). Through the juror, session, jury and
 * enrolment services. Idempotent (jurors found by login, the session by its author).
 */
@ApplicationScoped
public class SessionJuryDemo {

    private static final Logger LOG = Logger.getLogger(SessionJuryDemo.class);
    static final String TITLE = DemoSessions.TITLE;
    static final String AUTHOR = "démonstration";

    /** A demo juror, habilitated for TRI from 2024 to three years ahead. */
    public record DemoJuror(String username, String lastName, String firstName, String profession, String employer,
                             int years) {
    }

    private static final List<DemoJuror> JURORS = List.of(
            new DemoJuror("jury", "Moreau", "Hélène", "Administratrice systèmes et réseaux", "Région Hauts-de-France", 14),
            new DemoJuror("jury2", "Benali", "Karim", "Technicien réseaux et télécoms", "Axians Lille", 8),
            new DemoJuror("jury3", "Renaud", "Paul", "Responsable d'exploitation réseaux", "CHU de Lille", 21));

    @Inject
    JurorRepository jurors;

    @Inject
    JurorService jurorService;

    @Inject
    DemoSessions demoSessions;

    @Inject
    JuryService juryService;

    @Inject
    SessionService sessionService;

    @Transactional
    public void load() {
        Viewer demo = DemoSessions.viewer(AUTHOR);
        List<Long> jurorIds = new ArrayList<>();
        for (DemoJuror j : JURORS) {
            jurorIds.add(juror(j));
        }
        Centre centre = demoSessions.centreOf("centre").orElse(null);
        if (centre == null) {
            LOG.info("Démo sessions : aucun centre n'est rattaché à l'utilisateur « centre » (données de démonstration "
                    + "des centres absentes) : pas de session de démonstration.");
            return;
        }
        if (demoSessions.existing(centre, AUTHOR).isPresent()) {
            return;
        }
        LocalDate start = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        if (centre.approvalCovering(TITLE, start, start.plusDays(1)).isEmpty()) {
            LOG.infof("Démo sessions : le centre %s n'a pas d'agrément TRI couvrant le %s : pas de session.",
                    centre.name, start);
            return;
        }
        long sessionId = demoSessions.plan(centre, start, demo);
        juryService.assign(sessionId, jurorIds.get(0), demo);
        juryService.assign(sessionId, jurorIds.get(1), demo);
        // the demo candidates (logins candidat, candidat2), then the other TRI trainees of the centre: the first three
        // the enrolment rules accept are enrolled (a trainee who already holds the title is passed over)
        List<Candidate> chosen = demoSessions.candidates(centre, DemoSessions.CANDIDATE_LOGINS, false,
                Integer.MAX_VALUE);
        if (chosen.isEmpty()) {
            LOG.info("Démo sessions : aucun candidat de démonstration (données des candidats absentes).");
        }
        int enrolled = demoSessions.enrol(sessionId, chosen, 3, demo, "sessions");
        sessionService.transition(sessionId, new SessionCommands.Transition(SessionStatus.SCHEDULED, null), demo);
        LOG.infof("Démo sessions : session titre TRI n° %d du centre %s, %d candidat(s), jury de 2.", sessionId,
                centre.name, enrolled);
    }

    /** The id of the juror of this login, registered and habilitated if missing. */
    @Transactional
    public long juror(DemoJuror j) {
        return jurors.findByUsername(j.username()).map(existing -> existing.id).orElseGet(() -> {
            long id = jurorService.register(new SessionCommands.NewJuror(j.username(), j.lastName(),
                    j.firstName(), j.username() + "@titrepro.test", null, j.profession(), j.employer(), j.years()),
                    AUTHOR);
            jurorService.addHabilitation(id, new SessionCommands.NewHabilitation(TITLE, LocalDate.of(2024, 1, 1),
                    LocalDate.now().plusYears(3)), AUTHOR);
            return id;
        });
    }
}
