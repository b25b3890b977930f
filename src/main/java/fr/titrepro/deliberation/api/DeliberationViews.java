package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.Appeal;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.DeliberationBoard;
import fr.titrepro.deliberation.SessionIncident;
import fr.titrepro.deliberation.pv.PvStatus;
import fr.titrepro.scoring.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The deliberation's JSON shapes. */
public final class DeliberationViews {

    private DeliberationViews() {
    }

    public record Board(long sessionId, String session, String status, String statusLabel, List<Row> candidates,
                        List<IncidentView> incidents, PvStatus pv, List<AppealView> appeals) {
    }

    public record Row(long enrolmentId, long candidateId, String reference, String name,
                      Map<Integer, String> agreedCcpDecisions, String agreedCcsDecision, DecisionView decision,
                      boolean conflicted) {
    }

    public record DecisionView(long id, int version, String attendance, String finalInterview, String fraudReport,
                               Map<String, String> ccpDecisions, List<Integer> acquiredNow, List<Integer> heldAfter,
                               String computedOutcome, String outcome, String outcomeLabel, boolean overridden,
                               String overrideReason, List<String> notes, Long appealId, String decidedBy,
                               Instant decidedAt, boolean current) {
    }

    public record IncidentView(long id, Long enrolmentId, String description, String reportedBy, Instant reportedAt) {
    }

    public record AppealView(long id, long enrolmentId, long candidateId, LocalDate receivedOn, String motive,
                             String status, String recordedBy, Instant recordedAt, Long deliberationId,
                             String decidedBy, Instant decidedAt, String decisionReason) {
    }

    public record ValidationView(String status, int candidates, int documents) {
    }

    static Board of(DeliberationBoard b) {
        return new Board(b.session().id, b.sessionLabel(), b.session().status.name(),
                b.session().status.label(), b.rows().stream().map(DeliberationViews::row).toList(),
                b.incidents().stream().map(DeliberationViews::incident).toList(), b.pv(),
                b.appeals().stream().map(DeliberationViews::appeal).toList());
    }

    static Row row(DeliberationBoard.Row r) {
        Map<Integer, String> agreed = new TreeMap<>();
        r.agreed().forEach((n, d) -> agreed.put(n, d.name()));
        return new Row(r.enrolment().id, r.enrolment().candidate.id, r.enrolment().candidate.reference, r.name(),
                agreed, r.agreedCcs() == null ? null : r.agreedCcs().name(),
                r.current() == null ? null : decision(r.current()), r.conflicted());
    }

    static DecisionView decision(CandidateDeliberation d) {
        Map<String, String> ccps = new TreeMap<>();
        d.decisions().forEach((n, v) -> ccps.put(String.valueOf(n), v.name()));
        Verdict ccs = d.ccsDecision();
        if (ccs != null) {
            ccps.put(CandidateDeliberation.CCS_KEY, ccs.name());
        }
        return new DecisionView(d.id, d.version, d.attendance.name(),
                d.finalInterview == null ? null : d.finalInterview.name(), d.fraudReport, ccps,
                List.copyOf(d.acquired()), List.copyOf(d.held()), d.computedOutcome.name(), d.outcome.name(),
                d.outcome.label(), d.overridden(), d.overrideReason, d.noteLines(), d.appealId, d.decidedBy,
                d.decidedAt, d.current);
    }

    static IncidentView incident(SessionIncident i) {
        return new IncidentView(i.id, i.enrolmentId, i.description, i.reportedBy, i.reportedAt);
    }

    static AppealView appeal(Appeal a) {
        return new AppealView(a.id, a.enrolmentId, a.candidateId, a.receivedOn, a.motive, a.status.name(),
                a.recordedBy, a.recordedAt, a.deliberationId, a.decidedBy, a.decidedAt, a.decisionReason);
    }
}
