package fr.titrepro.session;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.AttemptResult;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.eligibility.rules.CcpEquivalence;
import fr.titrepro.referential.AssessmentKind;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Revision;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads, from the database, the facts the pure policies decide on. */
@ApplicationScoped
public class RuleFacts {

    /** Épreuves the jury conducts with one candidate at a time. */
    static final Set<AssessmentKind> INDIVIDUAL = EnumSet.of(AssessmentKind.ENTRETIEN_TECHNIQUE,
            AssessmentKind.PROJECT_PRESENTATION, AssessmentKind.QUESTIONNEMENT_PRODUCTIONS);

    @Inject
    TitleCatalog catalog;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SessionConfig config;

    /** The regulation's limits in force today, with which every eligibility is decided ({@link SessionConfig#limits}). */
    public EnrolmentEligibilityPolicy.Limits limits() {
        return config.limits();
    }

    public static EnrolmentEligibilityPolicy.Title title(TitleVersion v) {
        return new EnrolmentEligibilityPolicy.Title(v.code, v.acronym + " " + v.code + " version " + v.version,
                v.status, v.validFrom, v.validUntil, v.closedOn,
                v.ccps.stream().map(c -> c.number).collect(Collectors.toCollection(TreeSet::new)));
    }

    public EnrolmentEligibilityPolicy.Session eligibilitySession(ExamSession s, int enrolled) {
        return eligibilitySession(s, s.startDate, s.endDate, enrolled);
    }

    /** The session as if it ran from {@code start} to {@code end}: to check a change of dates. */
    public EnrolmentEligibilityPolicy.Session eligibilitySession(ExamSession s, LocalDate start, LocalDate end,
                                                                 int enrolled) {
        return new EnrolmentEligibilityPolicy.Session(s.id, s.type, title(s.titleVersion),
                s.assessedCcpNumbers(), start, end, s.capacity, enrolled);
    }

    public EnrolmentEligibilityPolicy.Candidate candidate(Candidate c, ExamSession session) {
        return candidate(c, session, enrolments.historyOf(c.id), revisionChain(session.titleVersion));
    }

    /**
     * The facts of many candidates at one session, read in a few queries whatever their number (bulk enrolment):
     * the candidates' collections are expected loaded ({@code CandidateRepository.withEnrolmentFacts}).
     */
    public Map<Long, EnrolmentEligibilityPolicy.Candidate> candidates(List<Candidate> cs, ExamSession session) {
        Map<Long, List<Enrolment>> histories = enrolments.historiesOf(cs.stream().map(c -> c.id).toList());
        List<CcpEquivalence.Revision> chain = revisionChain(session.titleVersion);
        Map<Long, EnrolmentEligibilityPolicy.Candidate> result = new HashMap<>();
        cs.forEach(c -> result.put(c.id, candidate(c, session, histories.getOrDefault(c.id, List.of()), chain)));
        return result;
    }

    private EnrolmentEligibilityPolicy.Candidate candidate(Candidate c, ExamSession session, List<Enrolment> history,
                                                           List<CcpEquivalence.Revision> chain) {
        List<EnrolmentEligibilityPolicy.Attempt> attempts = history.stream()
                .filter(e -> !e.session.id.equals(session.id))
                .map(e -> new EnrolmentEligibilityPolicy.Attempt(e.session.id, e.session.label(),
                        e.session.type, e.session.titleVersion.code, e.session.startDate,
                        e.session.endDate, result(e.outcome)))
                .toList();
        return new EnrolmentEligibilityPolicy.Candidate(c.fullName(), c.pathway, c.trainingTitleCode,
                Set.copyOf(c.trainedCcpNumbers), c.trainingStart, c.vaeDecisionDate,
                credited(c, session.titleVersion.id, chain), c.obtainedTitle(session.titleVersion.code), attempts);
    }

    /** The CCP numbers of {@code version} the candidate holds, directly or through the correspondence tables. */
    public SortedSet<Integer> credited(Candidate c, TitleVersion version) {
        return credited(c, version.id, revisionChain(version));
    }

    private static SortedSet<Integer> credited(Candidate c, long versionId, List<CcpEquivalence.Revision> chain) {
        List<CcpEquivalence.Held> held = c.heldCcps.stream()
                .map(h -> new CcpEquivalence.Held(h.ccp.titleVersion.id, h.ccp.number)).toList();
        return CcpEquivalence.credited(versionId, held, chain);
    }

    /** The official revisions leading to this version, newest first (TRI 05 ← TRTE 2010 ← …). */
    List<CcpEquivalence.Revision> revisionChain(TitleVersion version) {
        List<CcpEquivalence.Revision> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        TitleVersion current = version;
        while (current != null && seen.add(current.id)) {
            Revision r = catalog.replacing(current).orElse(null);
            if (r == null) {
                break;
            }
            if (!r.official) {
                // a table that is not the arrêté's is information only: it credits nothing (DOMAIN "Référentiel")
                break;
            }
            chain.add(new CcpEquivalence.Revision(r.oldVersion.id, r.newVersion.id, r.lines()));
            current = r.oldVersion;
        }
        return chain;
    }

    static AttemptResult result(Outcome outcome) {
        if (outcome == null) {
            return AttemptResult.PENDING;
        }
        return switch (outcome) {
            case FULL_SUCCESS, CCS_OBTAINED -> AttemptResult.PASSED;
            case EXCUSED -> AttemptResult.EXCUSED;
            case PARTIAL_SUCCESS, FAILURE, ABSENT, FRAUD, CCS_NOT_OBTAINED -> AttemptResult.NOT_PASSED;
        };
    }

    /** The session as the composition policy sees it, under the jury rules in force on its first day. */
    public static JuryCompositionPolicy.Session jurySession(ExamSession s) {
        return jurySession(s.titleVersion.code, s.startDate, s.endDate);
    }

    /** A session of {@code titleCode} from {@code start} to {@code end} (to check a change of dates). */
    public static JuryCompositionPolicy.Session jurySession(String titleCode, LocalDate start, LocalDate end) {
        return JuryCompositionPolicy.Session.under(RegulationBook.on(start).jury(), titleCode, start, end);
    }

    /** A juror as the composition policy sees them, against {@code session}'s dates. */
    public JuryCompositionPolicy.Juror juror(Juror j, ExamSession session) {
        return new JuryCompositionPolicy.Juror(j.id, j.fullName(), j.yearsOfExperience,
                j.habilitations.stream().map(h -> new JuryCompositionPolicy.Habilitation(h.titleCode, h.validFrom,
                        h.validUntil)).toList(),
                sessions.otherSessionsOfJuror(j.id, session.id == null ? -1 : session.id).stream()
                        .map(o -> new JuryCompositionPolicy.OtherSession(o.id, o.label() + " (" + o.centre.name + ")",
                                o.startDate, o.endDate)).toList());
    }

    /** What keeps the current jury from being valid; empty when the session may start. */
    public List<JuryCompositionPolicy.Violation> composition(ExamSession s) {
        return JuryCompositionPolicy.check(jurySession(s),
                s.jury.stream().map(m -> juror(m.juror, s)).toList(),
                s.activeEnrolments().stream().map(e -> new JuryCompositionPolicy.Candidate(e.candidate.id,
                        e.candidate.fullName())).toList(),
                s.conflicts.stream().map(c -> new JuryCompositionPolicy.Conflict(c.juror.id, c.candidate.id,
                        c.kind.label())).toList());
    }

    /**
     * The candidates left without the minimum of jurors without conflict, once the session started and until it is
     * closed (before, the composition check keeps it from starting).
     */
    public List<JuryCompositionPolicy.IncompleteJury> incompleteJuries(ExamSession s) {
        if (s.status != SessionStatus.IN_PROGRESS && s.status != SessionStatus.DELIBERATION) {
            return List.of();
        }
        return JuryCompositionPolicy.incompleteJuries(jurySession(s), s.jury.stream().map(m -> m.juror.id).toList(),
                s.activeEnrolments().stream().map(e -> new JuryCompositionPolicy.Candidate(e.candidate.id,
                        e.candidate.fullName())).toList(),
                s.conflicts.stream().map(c -> new JuryCompositionPolicy.Conflict(c.juror.id, c.candidate.id,
                        c.kind.label())).toList());
    }

    public SessionLifecyclePolicy.Facts lifecycle(ExamSession s, boolean reasonGiven) {
        List<String> problems = s.status == SessionStatus.SCHEDULED
                ? composition(s).stream().map(JuryCompositionPolicy.Violation::message).toList()
                : List.of();
        return new SessionLifecyclePolicy.Facts(s.status, LocalDate.now(), s.startDate, s.endDate,
                s.activeEnrolments().size(), problems, reasonGiven);
    }

    /** Every enrolment's épreuves with times, withdrawn enrolments holding their place. */
    public Map<Long, List<TimetablePlanner.Slot>> timetable(ExamSession s) {
        SessionConfig.Timetable t = config.timetable();
        TimetablePlanner.Frame frame = new TimetablePlanner.Frame(s.startDate, s.endDate, t.dayStart(), t.dayEnd());
        List<TimetablePlanner.CandidatePlan> plans = s.enrolments.stream()
                .sorted(Comparator.comparing(e -> e.id))
                .map(e -> new TimetablePlanner.CandidatePlan(e.id,
                        e.candidate.extraTimePercent == null ? 0 : e.candidate.extraTimePercent, epreuves(s, e)))
                .toList();
        return TimetablePlanner.plan(frame, plans);
    }

    private List<TimetablePlanner.Epreuve> epreuves(ExamSession s, Enrolment e) {
        List<TimetablePlanner.Epreuve> list = new ArrayList<>();
        for (int number : new TreeSet<>(e.ccpNumbers)) {
            Ccp ccp = s.ccp(number);
            ccp.assessments.forEach(a -> list.add(new TimetablePlanner.Epreuve(a.kind().label(), number, a.minutes(),
                    INDIVIDUAL.contains(a.kind()))));
        }
        if (s.type == SessionType.CCS) {
            list.add(new TimetablePlanner.Epreuve(AssessmentKind.MSP.label() + " (CCS " + s.ccsCode + ")", null,
                    config.timetable().ccsMinutes(), false));
        }
        if (e.finalInterview) {
            Integer minutes = s.titleVersion.finalInterviewMinutes;
            list.add(new TimetablePlanner.Epreuve("Entretien final", null,
                    minutes == null ? config.timetable().defaultFinalInterviewMinutes() : minutes, true));
        }
        return list;
    }
}
