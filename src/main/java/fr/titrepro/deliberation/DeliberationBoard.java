package fr.titrepro.deliberation;

import fr.titrepro.deliberation.pv.PvStatus;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;

import java.util.List;
import java.util.Map;

/**
 * Everything the deliberation page and API show of a session: per candidate the CCP decisions agreed in the
 * reconciliation and the decision in force; the incidents; the PV's signatures; the appeals.
 *
 * @param sessionLabel the session's label, read in the transaction (a CCP session's label lists its CCPs)
 * @param juror the viewer is a juror of the session (may deliberate, sign, re-deliberate)
 * @param admin the viewer is the administration (validates, records appeals)
 */
public record DeliberationBoard(ExamSession session, String sessionLabel, List<Row> rows,
                                List<SessionIncident> incidents, PvStatus pv,
                                List<Appeal> appeals, boolean juror, boolean admin) {

    /**
     * @param agreed     the CCP decisions agreed in the reconciliation, by number
     * @param agreedCcs  the CCS decision agreed (CCS session), or null
     * @param current    the decision in force, or null before the jury deliberates on the candidate
     * @param versions   how many decisions were recorded (the history)
     * @param conflicted the viewer (a juror) declared a link with the candidate
     */
    public record Row(Enrolment enrolment, String name, Map<Integer, Verdict> agreed, Verdict agreedCcs,
                      CandidateDeliberation current, int versions, boolean conflicted) {
    }
}
