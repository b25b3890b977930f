package fr.titrepro.scoring.reconciliation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.EvaluationGridRepository;
import fr.titrepro.scoring.ScoreValidationPolicy;
import fr.titrepro.scoring.ScoringAccess;
import fr.titrepro.scoring.ScoringCommands;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.ReconciliationRequest.Parsed;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryQuorum;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The reconciliation of a candidate's grids, the jury's agreed decisions, and the verification of their chain. */
@ApplicationScoped
public class ReconciliationService {

    /** The decision, as the jury quorum's refusal names it. */
    static final String RECONCILIATION = "la réconciliation des grilles";

    @Inject
    ScoringAccess access;

    @Inject
    SessionAccess sessionAccess;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    AgreedDecisionRepository decisions;

    @Inject
    EntityManager em;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    CurrentUser user;

    /** Everything computed for one candidate: the sheet and, per part, the reading of the policy. */
    private record Analysis(ScoringAccess.Seat seat, ReconciliationSheet sheet,
                            Map<String, ReconciliationPolicy.PartReading> readings,
                            Map<String, EvaluationGrid> myGrids) {
    }

    @Transactional
    public ReconciliationSheet view(long sessionId, long enrolmentId) {
        return analyse(sessionId, enrolmentId).sheet();
    }

    /** Records the jury's decisions (all or none), appended to the session's chain. */
    @Transactional
    public ReconciliationSheet decide(long sessionId, long enrolmentId, ScoringCommands.Decisions request) {
        Analysis analysis = analyse(sessionId, enrolmentId);
        JuryQuorum.require(analysis.seat().session(), analysis.seat().enrolment().candidate, RECONCILIATION);
        List<Parsed> parsed = ReconciliationRequest.parse(request, analysis.myGrids());
        if (!analysis.sheet().ready()) {
            throw ProblemException.rule("Tous les jurés n'ont pas encore soumis leurs grilles de ce candidat ("
                    + analysis.sheet().jurors().stream().filter(j -> !j.submitted())
                    .map(ReconciliationSheet.JurorColumn::name).collect(Collectors.joining(", "))
                    + ") : la décision du jury attend leurs notes.", List.of());
        }
        ScoringAccess.requireOpen(sessions.lockedStatus(sessionId).orElseThrow());

        Map<String, AgreedDecision> current = decisions.currentOf(enrolmentId);
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<Parsed>> byPart = parsed.stream()
                .collect(Collectors.groupingBy(p -> p.partKey(), LinkedHashMap::new, Collectors.toList()));
        for (var entry : byPart.entrySet()) {
            ReconciliationPolicy.PartReading reading = analysis.readings().get(entry.getKey());
            errors.addAll(ReconciliationPolicy.check(reading, agreedCompetencies(current, entry.getKey(), reading),
                    entry.getValue().stream().map(Parsed::proposed).toList()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.rule("Les décisions ne sont pas enregistrées : " + errors.getFirst().message(),
                    errors);
        }
        append(analysis, parsed, current);
        em.flush();
        return analyse(sessionId, enrolmentId).sheet();
    }

    /** Checks the hash chain of a session's agreed decisions. */
    @Transactional
    public DecisionChain.Verification verify(long sessionId) {
        sessionAccess.visible(sessionId, sessionAccess.viewer());
        return DecisionChain.verify(decisions.chainOf(sessionId).stream()
                .map(d -> new DecisionChain.Link(d.id, d.content(), d.previousHash, d.hash)).toList());
    }

    /** Checks every audit chain of a session (scores, deliberation) against its signed checkpoints. */
    @Transactional
    public List<fr.titrepro.shared.audit.CheckpointPolicy.Report> verifyChains(long sessionId) {
        sessionAccess.visible(sessionId, sessionAccess.viewer());
        return checkpoints.verify(sessionId);
    }

    @Inject
    fr.titrepro.shared.audit.AuditCheckpointService checkpoints;

    /** The decision in force on each competency and CCP of an enrolment (for the deliberation). */
    @Transactional
    public Map<String, AgreedDecision> agreedDecisions(long enrolmentId) {
        return decisions.currentOf(enrolmentId);
    }

    private void append(Analysis analysis, List<Parsed> parsed, Map<String, AgreedDecision> current) {
        String head = decisions.lockedHead(analysis.seat().session().id);
        Instant now = fr.titrepro.shared.audit.LinkHash.truncate(Instant.now());
        Map<String, AgreedDecision> agreed = new HashMap<>(current);
        for (Parsed p : parsed) {
            String key = AgreedDecisionRepository.key(p.partKey(), p.scope(), p.subjectKey());
            String reason = ScoreValidationPolicy.normalize(p.reason());
            AgreedDecision before = agreed.get(key);
            if (before != null && before.decision == p.verdict() && Objects.equals(before.reason, reason)) {
                continue; // already decided so: nothing new to chain
            }
            ReconciliationPolicy.PartReading reading = analysis.readings().get(p.partKey());
            ReconciliationPolicy.Requirement requirement = p.scope() == DecisionScope.COMPETENCY
                    ? ReconciliationPolicy.competencyDecision(reading.competencies().get(p.subjectKey()), p.verdict())
                    : ReconciliationPolicy.ccpDecision(reading, agreedCompetencies(agreed, p.partKey(), reading),
                    p.verdict());
            AgreedDecision d = new AgreedDecision();
            d.sessionId = analysis.seat().session().id;
            d.enrolmentId = analysis.seat().enrolment().id;
            d.partKey = p.partKey();
            d.scope = p.scope();
            d.subjectKey = p.subjectKey();
            d.subject = p.subject();
            d.decision = p.verdict();
            d.reason = reason;
            d.divergent = requirement.divergent();
            d.againstCriteria = requirement.against();
            d.decidedBy = user.username();
            d.decidedAt = now;
            d.previousHash = head;
            d.hash = DecisionChain.hash(head, d.content());
            decisions.persist(d);
            head = d.hash;
            agreed.put(key, d);
        }
    }

    static Map<String, Verdict> agreedCompetencies(Map<String, AgreedDecision> current, String partKey,
                                                          ReconciliationPolicy.PartReading reading) {
        Map<String, Verdict> agreed = new HashMap<>();
        for (String key : reading.competencies().keySet()) {
            AgreedDecision d = current.get(AgreedDecisionRepository.key(partKey, DecisionScope.COMPETENCY, key));
            if (d != null) {
                agreed.put(key, d.decision);
            }
        }
        return agreed;
    }

    private Analysis analyse(long sessionId, long enrolmentId) {
        ScoringAccess.Seat seat = access.seat(sessionId, enrolmentId);
        ExamSession session = seat.session();
        // only the jurors without a declared link with the candidate decide about them, however late the link
        List<Juror> jury = session.jurorsWithoutConflict(seat.enrolment().candidate.id);
        Map<Long, Map<String, EvaluationGrid>> byJuror = new HashMap<>();
        for (EvaluationGrid g : grids.ofEnrolment(enrolmentId)) {
            byJuror.computeIfAbsent(g.jurorId, k -> new LinkedHashMap<>()).put(g.partKey, g);
        }
        Map<String, EvaluationGrid> mine = byJuror.getOrDefault(seat.juror().id, Map.of());
        if (mine.isEmpty() || !mine.values().stream().allMatch(EvaluationGrid::isSubmitted)) {
            throw ProblemException.forbidden("Vous verrez les notes des autres jurés après avoir soumis toutes vos "
                    + "grilles de ce candidat : chacun note d'abord seul.");
        }
        List<ReconciliationSheet.JurorColumn> columns = new ArrayList<>();
        List<Juror> submitted = new ArrayList<>();
        for (Juror j : jury) {
            Map<String, EvaluationGrid> theirs = byJuror.getOrDefault(j.id, Map.of());
            boolean done = theirs.keySet().containsAll(mine.keySet())
                    && mine.keySet().stream().allMatch(k -> theirs.get(k).isSubmitted());
            if (done) {
                submitted.add(j);
            }
            columns.add(new ReconciliationSheet.JurorColumn(j.id, j.fullName(), done,
                    theirs.values().stream().mapToLong(EvaluationGrid::scoredCount).sum(),
                    mine.values().stream().mapToLong(EvaluationGrid::criterionCount).sum(),
                    j.id.equals(seat.juror().id)));
        }
        boolean ready = columns.stream().allMatch(ReconciliationSheet.JurorColumn::submitted);
        Map<String, AgreedDecision> current = decisions.currentOf(enrolmentId);
        List<ReconciliationSheet.Part> parts = new ArrayList<>();
        Map<String, ReconciliationPolicy.PartReading> readings = new LinkedHashMap<>();
        for (EvaluationGrid g : mine.values()) {
            List<EvaluationGrid> handedIn = submitted.stream().map(j -> byJuror.get(j.id).get(g.partKey)).toList();
            ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(ReconciliationSheets.shape(g),
                    handedIn.stream().map(ReconciliationSheets::scores).toList());
            readings.put(g.partKey, reading);
            parts.add(ReconciliationSheets.part(g, handedIn, reading, current));
        }
        Candidate c = seat.enrolment().candidate;
        String juryIncomplete = JuryQuorum.refusal(c.fullName(), jury.size(),
                RegulationBook.on(session.startDate).jury().minimumMembers(), RECONCILIATION).orElse(null);
        ReconciliationSheet sheet = new ReconciliationSheet(session.id, session.label(), session.status,
                seat.enrolment().id, c.fullName(), accommodations(c), columns, ready, juryIncomplete, parts,
                DecisionChain.verify(decisions.chainOf(session.id).stream()
                        .map(d -> new DecisionChain.Link(d.id, d.content(), d.previousHash, d.hash)).toList())
                        .intact());
        return new Analysis(seat, sheet, readings, mine);
    }

    public static List<String> accommodations(Candidate c) {
        List<String> list = new ArrayList<>();
        if (c.extraTimePercent != null && c.extraTimePercent > 0) {
            list.add("Temps majoré de " + c.extraTimePercent + " %");
        }
        if (c.assistance != null && !c.assistance.isBlank()) {
            list.add("Assistance : " + c.assistance);
        }
        if (c.adaptedEquipment != null && !c.adaptedEquipment.isBlank()) {
            list.add("Matériel adapté : " + c.adaptedEquipment);
        }
        if (c.accommodationNotes != null && !c.accommodationNotes.isBlank()) {
            list.add(c.accommodationNotes);
        }
        return list;
    }
}
