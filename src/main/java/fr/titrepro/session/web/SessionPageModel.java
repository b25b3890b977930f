package fr.titrepro.session.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.TimedEnrolment;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.jury.ConflictKind;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorService;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.shared.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/** Gathers what the session page shows: state and actions, enrolments with their timetable, jury, conflicts. */
@ApplicationScoped
public class SessionPageModel {

    public record Action(SessionStatus to, String label, boolean allowed, List<String> reasons) {
    }

    /** Everything the session page needs; {@code errors} belong to the form that was just refused. */
    public record Model(ExamSession session, List<EnrolmentRow> rows, long overflowing, List<Action> actions,
                        List<String> compositionProblems, List<JuryCompositionPolicy.IncompleteJury> incompleteJuries, List<Candidate> enrollable,
                        List<Juror> availableJurors, List<ConflictKind> conflictKinds, FormErrors errors,
                        String notice) {
        /** The CCS direct route's experience, from the regulation in force (certification-rules.yaml). */
        public int ccsDirectExperienceMonths() {
            return RegulationBook.on(LocalDate.now()).ccs().directExperienceMonths();
        }

        public boolean planning() {
            return session.status.isPlanning();
        }

        /** A juror can be added: while planning, and once started until closed (a late conflict). */
        public boolean juryOpen() {
            return JuryService.acceptsNewJurors(session.status);
        }

        public boolean frozen() {
            return session.status.isFrozen();
        }
    }

    /** The planning page: every enrolled candidate's timetable (issue 14: apart from the session page, 85 % of it). */
    public record Planning(ExamSession session, List<TimedEnrolment> rows) {
    }

    @Inject
    SessionService sessions;

    @Inject
    RuleFacts facts;

    @Inject
    JurorService jurors;

    @Inject
    EnrolmentRepository enrolments;

    /** The candidates offered by the enrolment forms, first by name (the CSV enrols any of the centre's). */
    static final int ENROLLABLE_SHOWN = 500;

    public Model build(long id, Viewer viewer, FormErrors errors, String notice) {
        ExamSession s = sessions.get(id, viewer);
        List<TimedEnrolment> timed = TimedEnrolment.of(s, facts.timetable(s));
        List<EnrolmentRow> rows = timed.stream().map(t -> EnrolmentRow.of(t.enrolment())).toList();
        // the candidates whose timetable runs past the session's last day: the page warns, the planning shows them
        long overflowing = timed.stream().filter(TimedEnrolment::overflows).count();
        List<Action> actions = sessions.options(s, viewer).entrySet().stream()
                .map(o -> new Action(o.getKey(), o.getKey().label(), o.getValue().isEmpty(), o.getValue())).toList();
        // shown while planning only: checking it reads every juror's other sessions and habilitations
        List<String> problems = !s.status.isPlanning() ? List.of()
                : facts.composition(s).stream().map(JuryCompositionPolicy.Violation::message).toList();
        return new Model(s, rows, overflowing, actions, problems, facts.incompleteJuries(s), enrollable(s, viewer),
                availableJurors(s),
                List.of(ConflictKind.values()), errors, notice);
    }

    public Planning planning(long id, Viewer viewer) {
        ExamSession s = sessions.get(id, viewer);
        return new Planning(s, TimedEnrolment.of(s, facts.timetable(s)));
    }

    /** Candidates the viewer may enrol and who are not enrolled yet (followed by the centre; all for the admin). */
    private List<Candidate> enrollable(ExamSession s, Viewer viewer) {
        if (!s.status.isPlanning()) {
            return List.of();
        }
        Long centreId = viewer.isAdmin() ? s.centre.id : viewer.centreId();
        return centreId == null ? List.of() : enrolments.enrollableIn(s, centreId, ENROLLABLE_SHOWN);
    }

    /** Jurors habilitated for the title on every day of the session, not on the jury yet. */
    private List<Juror> availableJurors(ExamSession s) {
        if (!JuryService.acceptsNewJurors(s.status)) {
            return List.of();
        }
        return jurors.search(null, s.titleVersion.code, s.startDate, s.endDate, 0, 200).items().stream()
                .filter(j -> !s.hasJuror(j.id)).toList();
    }
}
