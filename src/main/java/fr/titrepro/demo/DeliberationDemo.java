package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecision;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionChain;
import fr.titrepro.scoring.reconciliation.DecisionScope;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Demo builder of the deliberation ({@link DemoLoader}, step 5): a session titre TRI of the centre of « centre2 » (Nantes, where the
 * demo candidate « candidat2 » trains) that took place the
 * last two days and is now « En délibération », jury « jury » + « jury2 », with the jury's CCP decisions already
 * agreed (one candidate with both CCPs, one with CCP 1 only, one without decisions: to be stated absent), so that
 * the jurors can deliberate and sign the PV, and « admin » validate it, at once. The past session is written as it
 * would stand (planning refuses past dates). Idempotent; skipped (and said in the log) without its demo data.
 */
@ApplicationScoped
public class DeliberationDemo {

    private static final Logger LOG = Logger.getLogger(DeliberationDemo.class);
    static final String AUTHOR = "démonstration délibération";
    static final String TITLE = DemoSessions.TITLE;

    @Inject
    DemoSessions demoSessions;

    @Inject
    JurorRepository jurors;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    TitleVersionRepository versions;

    @Inject
    AgreedDecisionRepository decisions;

    @Transactional
    public Long load(String staff, List<String> jurorLogins) {
        Centre centre = demoSessions.centreOf(staff).orElse(null);
        if (centre == null) {
            LOG.info("Démo délibération : aucun centre rattaché à « " + staff + " » : pas de session.");
            return null;
        }
        ExamSession existing = demoSessions.existing(centre, AUTHOR).orElse(null);
        if (existing != null) {
            return existing.id;
        }
        List<Juror> jury = jurorLogins.stream().map(jurors::findByUsername).flatMap(Optional::stream).toList();
        LocalDate end = LocalDate.now().minusDays(1);
        LocalDate start = end.minusDays(1);
        Optional<CentreApproval> approval = centre.approvalCovering(TITLE, start, end);
        // « candidat2 », then other TRI trainees of the centre (not « candidat », whose documents are the demo's)
        List<Candidate> trainees = demoSessions.candidates(centre, List.of("candidat2"), true, 3);
        if (jury.size() < 2 || approval.isEmpty() || trainees.isEmpty()) {
            LOG.info("Démo délibération : jurés, agrément TRI ou candidats absents : pas de session.");
            return null;
        }
        Instant now = Instant.now();
        ExamSession s = PastSessions.session(new PastSessions.Spec(versions.latest(TITLE).orElseThrow(), centre,
                approval.get(), start, end, 12, "Marc Lefebvre", "marc.lefebvre@titrepro.test",
                SessionStatus.DELIBERATION, AUTHOR, now));
        sessions.persist(s);
        PastSessions.transition(s, null, SessionStatus.DELIBERATION, now, AUTHOR,
                "Session de démonstration : épreuves passées, notation réconciliée.");
        PastSessions.seat(s, jury, trainees, now, AUTHOR);
        sessions.flush();
        List<Enrolment> enrolled = s.enrolments;
        agree(s, enrolled.get(0), Verdict.ACQUIRED, Verdict.ACQUIRED);
        if (enrolled.size() > 1) {
            agree(s, enrolled.get(1), Verdict.ACQUIRED, Verdict.NOT_ACQUIRED);
        }
        LOG.infof("Démo délibération : session titre TRI n° %d en délibération, %d candidat(s).", s.id,
                enrolled.size());
        return s.id;
    }

    private void agree(ExamSession s, Enrolment e, Verdict... byCcp) {
        String head = decisions.lastOf(s.id).map(d -> d.hash).orElse(DecisionChain.GENESIS);
        for (int i = 0; i < byCcp.length; i++) {
            AgreedDecision d = new AgreedDecision();
            d.sessionId = s.id;
            d.enrolmentId = e.id;
            d.partKey = "CCP" + (i + 1);
            d.scope = DecisionScope.CCP;
            d.subjectKey = d.partKey;
            d.subject = s.ccp(i + 1).name;
            d.decision = byCcp[i];
            d.reason = null;
            d.decidedBy = AUTHOR;
            d.decidedAt = fr.titrepro.shared.audit.LinkHash.truncate(Instant.now());
            d.previousHash = head;
            d.hash = DecisionChain.hash(head, d.content());
            decisions.persist(d);
            head = d.hash;
        }
    }
}
