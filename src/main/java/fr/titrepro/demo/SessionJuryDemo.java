package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.EnrolmentService;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    static final String TITLE = "TP-00496";
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
    CentreRepository centres;

    @Inject
    CandidateRepository candidates;

    @Inject
    CentreCandidateDemo centresAndCandidates;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    SessionService sessionService;

    @Inject
    JuryService juryService;

    @Inject
    EnrolmentService enrolmentService;

    @Transactional
    public void load() {
        Viewer demo = new Viewer(AUTHOR, Viewer.Kind.ADMIN, null, null, null);
        List<Long> jurorIds = new ArrayList<>();
        for (DemoJuror j : JURORS) {
            jurorIds.add(juror(j));
        }
        Centre centre = centres.ofStaff("centre").orElse(null);
        if (centre == null) {
            LOG.info("Démo sessions : aucun centre n'est rattaché à l'utilisateur « centre » (données de démonstration "
                    + "des centres absentes) : pas de session de démonstration.");
            return;
        }
        if (sessions.countCreatedBy(centre.id, AUTHOR) > 0) {
            return;
        }
        LocalDate start = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        if (centre.approvalCovering(TITLE, start, start.plusDays(1)).isEmpty()) {
            LOG.infof("Démo sessions : le centre %s n'a pas d'agrément TRI couvrant le %s : pas de session.",
                    centre.name, start);
            return;
        }
        long sessionId = sessionService.create(new SessionCommands.NewSession(TITLE, null, SessionType.TITLE, null,
                null, start, start.plusDays(1), 12, "Marc Lefebvre", "marc.lefebvre@titrepro.test", centre.id, null),
                demo);
        juryService.assign(sessionId, jurorIds.get(0), demo);
        juryService.assign(sessionId, jurorIds.get(1), demo);
        int enrolled = 0;
        ExamSession session = sessions.findById(sessionId);
        for (Candidate c : demoCandidates(centre)) {
            if (enrolled == 3) {
                break;
            }
            // checked first: a refusal thrown inside this transaction would roll all the demo data back
            var decision = enrolmentService.check(session, c);
            if (decision.eligible()) {
                enrolmentService.enrol(sessionId, new SessionCommands.NewEnrolment(c.id, null), demo);
                enrolled++;
            } else {
                LOG.infof("Démo sessions : %s non inscrit(e) : %s", c.fullName(), decision.refusals());
            }
        }
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

    /**
     * The demo candidates (logins candidat, candidat2), then the other TRI trainees of the centre, in that order: the
     * first three the enrolment rules accept are enrolled (a trainee who already holds the title is passed over).
     */
    private List<Candidate> demoCandidates(Centre centre) {
        Set<Candidate> chosen = new LinkedHashSet<>();
        candidates.findByUsername("candidat").ifPresent(chosen::add);
        candidates.findByUsername("candidat2").ifPresent(chosen::add);
        centresAndCandidates.trainees(centre).forEach(chosen::add);
        if (chosen.isEmpty()) {
            LOG.info("Démo sessions : aucun candidat de démonstration (données des candidats absentes).");
        }
        return List.copyOf(chosen);
    }
}
