package fr.titrepro.deliberation;

import fr.titrepro.deliberation.pv.PvStatus;
import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.JuryQuorum;
import fr.titrepro.session.paperwork.EmargementService;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.shared.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the deliberation page shows, built from {@link DeliberationService#board}: plain records, so the page renders
 * after the transaction without touching a lazy collection. The form that was just refused keeps what was typed.
 */
@ApplicationScoped
public class DeliberationBoardModel {

    /** The session as the page's header shows it. */
    public record Head(long id, String label, String period, SessionStatus status, String title, String centre,
                       String site) {
    }

    /** A value of a select and its French label. */
    public record Option(String value, String label) {
    }

    /** One CCP (or the CCS) of a candidate and the decision agreed in the reconciliation (null: not agreed yet). */
    public record CcpLine(String label, Verdict decision) {
    }

    /** A CCP the candidate already holds, as the livret de certification states it (seen at the entretien final). */
    public record HeldLine(String label, LocalDate obtainedOn, String place) {
    }

    /**
     * A candidate of the session: the agreed decisions, the candidate's livret (CCPs held before the session), whether
     * the jury still has its quorum of jurors without conflict for them, the decision in force, and the values of the
     * juror's form.
     */
    public record Line(long enrolmentId, String name, String reference, List<CcpLine> ccps, List<HeldLine> livret,
                       boolean finalInterviewOnly, boolean quorum, CandidateDeliberation current, int versions,
                       boolean conflicted, Map<String, String> form, String emargement) {
        /** The enrolment id as a posted form gives it back. */
        public String key() {
            return String.valueOf(enrolmentId);
        }

        /** The name of the decision form of this candidate (the page's anchors and field ids). */
        public String formId() {
            return "decide-" + enrolmentId;
        }
    }

    /** An incident and the candidate it concerns (null: the session as a whole). */
    public record IncidentLine(String candidate, String description, String reportedBy, Instant reportedAt) {
    }

    /** An appeal, and for a juror the choices and values of the re-deliberation form. */
    public record AppealLine(Appeal appeal, String name, boolean conflicted, List<CcpChoice> ccps,
                             Map<String, String> form) {
        public boolean pending() {
            return appeal.status == Appeal.Status.RECEIVED;
        }

        public String formId() {
            return "redeliberate-" + appeal.id;
        }
    }

    /** A CCP (key "1") or the CCS (key "CCS") the jury re-examines on an appeal. */
    public record CcpChoice(String key, String label) {
        /** The posted field, as the service names it in its errors. */
        public String field() {
            return "ccpDecisions." + key;
        }
    }

    public record Model(Head session, PvStatus pv, List<Line> lines, List<IncidentLine> incidents,
                        List<AppealLine> appeals, boolean juror, boolean admin, boolean manager,
                        PvStatus.Signer me, List<Option> attendances, List<Option> interviews,
                        List<Option> overrides, List<Option> ccpDecisions, Map<String, String> appealForm,
                        Map<String, String> incidentForm, String today, FormErrors errors, String notice) {

        public boolean open() {
            return session.status() == SessionStatus.DELIBERATION;
        }

        public boolean signed() {
            return pv.pvDate() != null;
        }

        public boolean closed() {
            return session.status() == SessionStatus.CLOSED;
        }

        public boolean validated() {
            return session.status() == SessionStatus.VALIDATED;
        }

        public boolean canDeliberate() {
            return juror && open();
        }

        public boolean canReport() {
            return juror && (open() || session.status() == SessionStatus.IN_PROGRESS);
        }

        public boolean canSign() {
            return juror && (open() || rectifying()) && me != null && me.signedAt() == null;
        }

        public boolean canValidate() {
            return admin && (closed() || pv.rectification() == PvStatus.Rectification.AWAITING_VALIDATION);
        }

        /** A rectified PV awaits the jury's signatures again, after an appeal. */
        public boolean rectifying() {
            return pv.rectification() == PvStatus.Rectification.AWAITING_SIGNATURES;
        }

        /** Appeals run from the publication of the result to the candidate: the validation of the PV. */
        public boolean canRecordAppeal() {
            return admin && validated();
        }

        public boolean showZip() {
            return manager && validated();
        }
    }

    @Inject
    DeliberationService deliberations;

    @Inject
    EmargementService emargements;

    @Inject
    CurrentUser user;

    /**
     * @param refused the values posted with the refused form ({@code errors.form}), shown again in it
     */
    @Transactional
    public Model build(long sessionId, FormErrors errors, Map<String, String> refused, String notice) {
        DeliberationBoard board = deliberations.board(sessionId);
        ExamSession s = board.session();
        Head head = new Head(s.id, s.label(), s.period(), s.status, s.titleVersion.name + " (" + s.titleVersion.code
                + ", version " + s.titleVersion.version + ")", s.centre.name, s.siteLabel);
        Map<Long, DeliberationBoard.Row> rows = board.rows().stream()
                .collect(Collectors.toMap(r -> r.enrolment().id, Function.identity()));
        Map<Long, String> emargement = emargements.summaries(s.id);
        List<Line> lines = board.rows().stream().map(r -> new Line(r.enrolment().id, r.name(),
                r.enrolment().candidate.reference, ccps(s, r), livret(s, r.enrolment()),
                DeliberationCases.finalInterviewOnly(s, r.enrolment()),
                JuryQuorum.met(s, r.enrolment().candidate.id), r.current(), r.versions(), r.conflicted(),
                errors.on("decide", r.enrolment().id) ? refused : decisionForm(r.current()),
                emargement.get(r.enrolment().id))).toList();
        List<IncidentLine> incidents = board.incidents().stream().map(i -> incident(i, rows)).toList();
        List<AppealLine> appeals = board.appeals().stream().map(a -> appeal(s, a, rows.get(a.enrolmentId),
                errors.on("redeliberate", a.id) ? refused : null)).toList();
        PvStatus.Signer me = board.juror() ? board.pv().jury().stream()
                .filter(j -> j.username() != null && j.username().equals(user.username())).findFirst().orElse(null)
                : null;
        return new Model(head, board.pv(), lines, incidents, appeals, board.juror(), board.admin(),
                board.admin() || user.isCentre(), me, attendances(), interviews(), overrides(s.type),
                ccpDecisions(), errors.on("appeal") ? refused : Map.of(),
                errors.on("incident") ? refused : Map.of(), FrenchDates.today().toString(),
                errors, notice);
    }

    /** The CCPs of the title the candidate held before this session, with date and place: the livret in view. */
    private static List<HeldLine> livret(ExamSession s, Enrolment e) {
        return e.candidate.heldCcps.stream()
                .filter(h -> h.ccp.titleVersion.code.equals(s.titleVersion.code))
                .filter(h -> h.sessionId == null || !h.sessionId.equals(s.id))
                .sorted(java.util.Comparator.comparing((fr.titrepro.candidate.acquired.HeldCcp h) -> h.ccp.number))
                .map(h -> new HeldLine("CCP " + h.ccp.number + " – " + h.ccp.name + (h.ccp.titleVersion.id
                        .equals(s.titleVersion.id) ? "" : " (version " + h.ccp.titleVersion.version + ")"),
                        h.obtainedOn, h.place))
                .toList();
    }

    private static List<CcpLine> ccps(ExamSession s, DeliberationBoard.Row r) {
        List<CcpLine> lines = new ArrayList<>();
        for (Integer n : new TreeSet<>(r.enrolment().ccpNumbers)) {
            lines.add(new CcpLine("CCP " + n, r.agreed().get(n)));
        }
        if (s.type == SessionType.CCS) {
            lines.add(new CcpLine("CCS " + s.ccsCode, r.agreedCcs()));
        }
        return lines;
    }

    /** The values of the decision form: those of the decision in force, « présent » before any. */
    private static Map<String, String> decisionForm(CandidateDeliberation d) {
        Map<String, String> form = new HashMap<>();
        form.put("attendance", d == null ? Attendance.PRESENT.name() : d.attendance.name());
        if (d != null) {
            if (d.finalInterview != null) {
                form.put("finalInterview", d.finalInterview.name());
            }
            if (d.fraudReport != null) {
                form.put("fraudReport", d.fraudReport);
            }
            if (d.overridden()) {
                form.put("outcome", d.outcome.name());
                form.put("overrideReason", d.overrideReason);
            }
        }
        return form;
    }

    private static IncidentLine incident(SessionIncident i, Map<Long, DeliberationBoard.Row> rows) {
        DeliberationBoard.Row row = i.enrolmentId == null ? null : rows.get(i.enrolmentId);
        return new IncidentLine(row == null ? null : row.name(), i.description, i.reportedBy, i.reportedAt);
    }

    private static AppealLine appeal(ExamSession s, Appeal a, DeliberationBoard.Row row, Map<String, String> refused) {
        List<CcpChoice> choices = new ArrayList<>();
        Map<String, String> form = new HashMap<>();
        CandidateDeliberation current = row == null ? null : row.current();
        if (row != null) {
            Enrolment e = row.enrolment();
            for (Integer n : new TreeSet<>(e.ccpNumbers)) {
                choices.add(new CcpChoice(String.valueOf(n), "CCP " + n));
                if (current != null && current.decisions().get(n) != null) {
                    form.put("ccpDecisions." + n, current.decisions().get(n).name());
                }
            }
            if (s.type == SessionType.CCS) {
                choices.add(new CcpChoice(CandidateDeliberation.CCS_KEY, "CCS " + s.ccsCode));
                if (current != null && current.ccsDecision() != null) {
                    form.put("ccpDecisions." + CandidateDeliberation.CCS_KEY, current.ccsDecision().name());
                }
            }
            if (current != null) {
                form.put("attendance", current.attendance.name());
                if (current.finalInterview != null) {
                    form.put("finalInterview", current.finalInterview.name());
                }
            }
        }
        return new AppealLine(a, row == null ? "Candidat n° " + a.candidateId : row.name(),
                row != null && row.conflicted(), choices, refused == null ? form : refused);
    }

    private static List<Option> attendances() {
        List<Option> options = new ArrayList<>();
        for (Attendance a : Attendance.values()) {
            options.add(new Option(a.name(), a.label()));
        }
        return options;
    }

    private static List<Option> interviews() {
        return List.of(new Option("", "—"),
                new Option(FinalInterview.HELD_FAVOURABLY.name(), "Tenu – titre attribué"),
                new Option(FinalInterview.HELD_UNFAVOURABLY.name(), "Tenu – titre refusé"),
                new Option(FinalInterview.NOT_HELD.name(), "Non tenu"));
    }

    /** The outcomes a jury may retain instead of the computed one (facts are never overridden). */
    private static List<Option> overrides(SessionType type) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Résultat calculé (pas de dérogation)"));
        for (Outcome o : Outcome.values()) {
            boolean ccs = Outcome.CCS_RESULTS.contains(o);
            if (!Outcome.FACTS.contains(o) && ccs == (type == SessionType.CCS)) {
                options.add(new Option(o.name(), o.label()));
            }
        }
        return options;
    }

    private static List<Option> ccpDecisions() {
        List<Option> options = new ArrayList<>();
        for (Verdict d : Verdict.values()) {
            options.add(new Option(d.name(), d.label()));
        }
        return options;
    }
}
