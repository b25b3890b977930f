package fr.titrepro.scoring;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryQuorum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A juror's sessions open for scoring, with each candidate and how far the juror is. */
@ApplicationScoped
public class ScoringBoard {

    /** @param juryComplete the candidate keeps the regulation's minimum of jurors without conflict (JuryQuorum) */
    public record Row(Enrolment enrolment, boolean conflicted, boolean juryComplete, long scored, long total,
                      int grids, int submitted) {
        public boolean reconciliationOpen() {
            return grids > 0 && submitted == grids;
        }

        public int percent() {
            return total == 0 ? 0 : (int) (scored * 100 / total);
        }
    }

    public record Board(ExamSession session, List<Row> rows) {
    }

    @Inject
    ScoringAccess access;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    EvaluationGridRepository grids;


    /** Read outside a transaction: the request's persistence context stays open for the page. */
    public List<Board> mine() {
        Juror juror = access.loggedJuror().orElse(null);
        if (juror == null) {
            return List.of();
        }
        List<Board> boards = new ArrayList<>();
        for (ExamSession s : sessions.ofJuror(juror.id)) {
            if (s.status != SessionStatus.IN_PROGRESS && s.status != SessionStatus.DELIBERATION) {
                continue;
            }
            Map<Long, long[]> counts = grids.scoredLineCounts(s.id, juror.id);
            Map<Long, int[]> gridCounts = new HashMap<>();
            for (EvaluationGrid g : grids.ofJurorInSession(s.id, juror.id)) {
                int[] c = gridCounts.computeIfAbsent(g.enrolmentId, k -> new int[2]);
                c[0]++;
                c[1] += g.isSubmitted() ? 1 : 0;
            }
            List<Row> rows = new ArrayList<>();
            for (Enrolment e : s.activeEnrolments()) {
                long[] n = counts.getOrDefault(e.id, new long[2]);
                int[] g = gridCounts.getOrDefault(e.id, new int[2]);
                rows.add(new Row(e, s.declaredLink(juror.id, e.candidate.id), JuryQuorum.met(s, e.candidate.id), n[1], n[0],
                        g[0], g[1]));
            }
            rows.sort((a, b) -> a.enrolment().candidate.fullName().compareTo(b.enrolment().candidate.fullName()));
            boards.add(new Board(s, rows));
        }
        return boards;
    }
}
