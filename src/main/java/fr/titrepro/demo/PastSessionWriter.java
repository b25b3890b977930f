package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.jury.Juror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * Writes one past session titre TRI of the demo history as it stands once its PV is validated: planning refuses past
 * dates and the scoring, deliberation and PV services act for a signed-in juror or administrator, so the history is
 * written through the entities (as {@link DeliberationDemo} writes its past session), with the real rules where they
 * decide something: the grids are made by the scoring's {@code GridGenerator}, the outcomes by the deliberation's
 * {@code DeliberationPolicy}, the decision and deliberation chains by their own hash functions
 * ({@link PastSessionResults}). No document (PV PDF, livret, parchemin) is issued: the history feeds the quality
 * dashboard, whose aggregates {@link InsightHistoryDemo} then rebuilds with {@code InsightRefresher}.
 */
@ApplicationScoped
public class PastSessionWriter {


    @Inject
    ExamSessionRepository sessions;

    @Inject
    TitleVersionRepository versions;

    @Inject
    PastSessionResults results;

    /**
     * @return the new session's id, or empty when the centre has no TRI approval covering the session's dates
     */
    @Transactional
    public Optional<Long> write(HistoryPlan.PastSession plan, Centre centre, List<Juror> jury,
                                List<Candidate> candidates, List<HistoryPlan.PastCandidate> people, LocalDate today) {
        LocalDate end = plan.endOn(today);
        LocalDate start = end.minusDays(1);
        Optional<CentreApproval> approval = centre.approvalCovering(InsightHistoryDemo.TITLE, start, end);
        if (approval.isEmpty()) {
            return Optional.empty();
        }
        ExamSession s = session(versions.latest(InsightHistoryDemo.TITLE).orElseThrow(), centre, approval.get(),
                start, end);
        PastSessions.seat(s, jury, candidates, at(start.minusWeeks(5), 10), InsightHistoryDemo.AUTHOR);
        sessions.flush();
        results.write(plan, s, people);
        return Optional.of(s.id);
    }

    private ExamSession session(TitleVersion tri, Centre centre, CentreApproval approval, LocalDate start,
                                LocalDate end) {
        ExamSession s = PastSessions.session(new PastSessions.Spec(tri, centre, approval, start, end, 20,
                "Responsable pédagogique", "sessions@" + centre.siret + ".titrepro.test", SessionStatus.VALIDATED,
                InsightHistoryDemo.AUTHOR, at(start.minusWeeks(8), 9)));
        sessions.persist(s);
        transition(s, null, SessionStatus.SCHEDULED, at(start.minusWeeks(4), 9), "Session programmée.");
        transition(s, SessionStatus.SCHEDULED, SessionStatus.IN_PROGRESS, at(start, 8), "Début des épreuves.");
        transition(s, SessionStatus.IN_PROGRESS, SessionStatus.DELIBERATION, at(end, 15), "Notation réconciliée.");
        transition(s, SessionStatus.DELIBERATION, SessionStatus.CLOSED, at(end, 18),
                "Procès-verbal signé par les 2 membres du jury.");
        transition(s, SessionStatus.CLOSED, SessionStatus.VALIDATED, validatedAt(end),
                "Procès-verbal validé par l'administration.");
        return s;
    }

    private static void transition(ExamSession s, SessionStatus from, SessionStatus to, Instant at, String reason) {
        PastSessions.transition(s, from, to, at, InsightHistoryDemo.AUTHOR, "Historique de démonstration : " + reason);
    }

    /** The administration validates the PV a week after the session. */
    static Instant validatedAt(LocalDate end) {
        return at(end.plusDays(7), 10);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toInstant();
    }
}
