package fr.titrepro.scoring;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.Juror;
import fr.titrepro.session.JuryQuorum;
import fr.titrepro.session.SessionAccess;
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
        List<Parsed> parsed = parse(request, analysis);
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
                .collect(Collectors.groupingBy(p -> p.partKey, LinkedHashMap::new, Collectors.toList()));
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
            String key = AgreedDecisionRepository.key(p.partKey, p.scope, p.subjectKey);
            String reason = ScoreValidationPolicy.normalize(p.reason);
            AgreedDecision before = agreed.get(key);
            if (before != null && before.decision == p.verdict && Objects.equals(before.reason, reason)) {
                continue; // already decided so: nothing new to chain
            }
            ReconciliationPolicy.PartReading reading = analysis.readings().get(p.partKey);
            ReconciliationPolicy.Requirement requirement = p.scope == DecisionScope.COMPETENCY
                    ? ReconciliationPolicy.competencyDecision(reading.competencies().get(p.subjectKey), p.verdict)
                    : ReconciliationPolicy.ccpDecision(reading, agreedCompetencies(agreed, p.partKey, reading),
                    p.verdict);
            AgreedDecision d = new AgreedDecision();
            d.sessionId = analysis.seat().session().id;
            d.enrolmentId = analysis.seat().enrolment().id;
            d.partKey = p.partKey;
            d.scope = p.scope;
            d.subjectKey = p.subjectKey;
            d.subject = p.subject;
            d.decision = p.verdict;
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

    private static Map<String, Verdict> agreedCompetencies(Map<String, AgreedDecision> current, String partKey,
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

    /** A decision of the request, checked for its form. */
    private record Parsed(int index, String partKey, DecisionScope scope, String subjectKey, String subject,
                          Verdict verdict, String reason) {
        ReconciliationPolicy.Proposed proposed() {
            return new ReconciliationPolicy.Proposed(index, scope, subjectKey, verdict, reason);
        }
    }

    private static List<Parsed> parse(ScoringCommands.Decisions request, Analysis analysis) {
        List<FieldError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        if (request == null || request.decisions() == null || request.decisions().isEmpty()) {
            throw ProblemException.invalidField("decisions", "Indiquez au moins une décision.");
        }
        for (int i = 0; i < request.decisions().size(); i++) {
            ScoringCommands.Decision d = request.decisions().get(i);
            String path = "decisions[" + i + "]";
            EvaluationGrid grid = d.partKey() == null ? null : analysis.myGrids().get(d.partKey());
            DecisionScope scope = d.scope() == null ? null : switch (d.scope().strip().toUpperCase()) {
                case "COMPETENCY" -> DecisionScope.COMPETENCY;
                case "CCP" -> DecisionScope.CCP;
                default -> null;
            };
            Verdict verdict = Verdict.parse(d.decision());
            int before = errors.size();
            if (grid == null) {
                errors.add(new FieldError(path + ".partKey", "Partie inconnue « " + d.partKey() + " » : "
                        + String.join(", ", analysis.myGrids().keySet()) + "."));
            }
            if (scope == null) {
                errors.add(new FieldError(path + ".scope", "Portée inconnue : COMPETENCY ou CCP."));
            }
            if (verdict == null) {
                errors.add(new FieldError(path + ".decision", "Décision inconnue : ACQUIRED ou NOT_ACQUIRED."));
            }
            String reason = ScoreValidationPolicy.normalize(d.reason());
            if (reason != null && reason.length() > ScoreValidationPolicy.OBSERVATION_MAX) {
                errors.add(new FieldError(path + ".reason", "Le motif ne doit pas dépasser "
                        + ScoreValidationPolicy.OBSERVATION_MAX + " caractères."));
            }
            String subjectKey = null;
            String subject = null;
            if (grid != null && scope == DecisionScope.COMPETENCY) {
                GridSection section = grid.sections.stream()
                        .filter(s -> s.kind.isCompetency() && s.sectionKey.equals(d.subjectKey())).findFirst()
                        .orElse(null);
                if (section == null) {
                    errors.add(new FieldError(path + ".subjectKey", "Compétence inconnue « " + d.subjectKey()
                            + " » dans " + grid.title + "."));
                } else {
                    subjectKey = section.sectionKey;
                    subject = grid.title + " – " + section.title;
                }
            } else if (grid != null && scope == DecisionScope.CCP) {
                subjectKey = grid.partKey;
                subject = grid.title;
            }
            if (errors.size() == before) {
                parsed.add(new Parsed(i, grid.partKey, scope, subjectKey, subject, verdict, d.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Les décisions ne sont pas enregistrées : " + errors.getFirst().message(),
                    errors);
        }
        return parsed;
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
            ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(shape(g),
                    handedIn.stream().map(ReconciliationService::scores).toList());
            readings.put(g.partKey, reading);
            parts.add(part(g, handedIn, reading, current));
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

    private static ReconciliationPolicy.PartShape shape(EvaluationGrid g) {
        return new ReconciliationPolicy.PartShape(
                g.sections.stream().filter(s -> s.kind.isCompetency())
                        .map(s -> new ReconciliationPolicy.CompetencyShape(s.sectionKey,
                                s.criteria.stream().map(c -> c.itemKey).toList()))
                        .toList(),
                g.sections.stream().filter(s -> !s.kind.isCompetency())
                        .flatMap(s -> s.criteria.stream().map(c -> new ReconciliationPolicy.EvidenceLine(c.itemKey,
                                s.kind))).toList());
    }

    private static ReconciliationPolicy.JurorScores scores(EvaluationGrid g) {
        Map<String, ScoreValue> scores = new HashMap<>();
        g.scoredLines().forEach(c -> scores.put(c.itemKey, c.score));
        Map<String, Verdict> proposals = new HashMap<>();
        g.sections.stream().filter(s -> s.kind.isCompetency())
                .forEach(s -> proposals.put(s.sectionKey, s.proposedDecision));
        return new ReconciliationPolicy.JurorScores(g.jurorId, scores, proposals, g.proposedDecision);
    }

    private static ReconciliationSheet.Part part(EvaluationGrid g, List<EvaluationGrid> handedIn,
                                                 ReconciliationPolicy.PartReading reading,
                                                 Map<String, AgreedDecision> current) {
        List<ReconciliationSheet.CompetencyBlock> competencies = new ArrayList<>();
        List<ReconciliationSheet.EvidenceBlock> evidence = new ArrayList<>();
        for (GridSection s : g.shownSections().toList()) {
            List<ReconciliationSheet.Line> lines = s.criteria.stream().map(c -> new ReconciliationSheet.Line(
                    c.itemKey, c.text, handedIn.stream().map(o -> score(o, c.itemKey)).toList(),
                    reading.lines().containsKey(c.itemKey) && reading.lines().get(c.itemKey).divergent())).toList();
            if (s.kind.isCompetency()) {
                ReconciliationPolicy.CompetencyReading r = reading.competencies().get(s.sectionKey);
                competencies.add(new ReconciliationSheet.CompetencyBlock(s.sectionKey, s.kind, s.title, lines,
                        handedIn.stream().map(o -> new ReconciliationSheet.Proposal(o.jurorId, o.sections.stream()
                                .filter(x -> x.sectionKey.equals(s.sectionKey)).findFirst()
                                .map(x -> x.proposedDecision).orElse(null))).toList(),
                        r.divergent(), r.indicated(),
                        ReconciliationPolicy.competencyDecision(r, Verdict.ACQUIRED).reasonRequired(),
                        ReconciliationPolicy.competencyDecision(r, Verdict.NOT_ACQUIRED).reasonRequired(),
                        ReconciliationSheet.Agreed.of(current.get(AgreedDecisionRepository.key(g.partKey,
                                DecisionScope.COMPETENCY, s.sectionKey)))));
            } else {
                evidence.add(new ReconciliationSheet.EvidenceBlock(s.sectionKey, s.kind, s.title,
                        s.kind.isConsulted(), lines, lines.stream().anyMatch(ReconciliationSheet.Line::divergent)));
            }
        }
        Map<String, Verdict> agreed = agreedCompetencies(current, g.partKey, reading);
        boolean decided = agreed.keySet().containsAll(reading.competencies().keySet());
        return new ReconciliationSheet.Part(g.partKey, g.ccpNumber, g.title, competencies, evidence,
                handedIn.stream().map(o -> new ReconciliationSheet.Proposal(o.jurorId, o.proposedDecision)).toList(),
                reading.ccp().divergent(), decided,
                decided && ReconciliationPolicy.ccpDecision(reading, agreed, Verdict.ACQUIRED).reasonRequired(),
                decided && ReconciliationPolicy.ccpDecision(reading, agreed, Verdict.NOT_ACQUIRED).reasonRequired(),
                ReconciliationSheet.Agreed.of(current.get(AgreedDecisionRepository.key(g.partKey, DecisionScope.CCP,
                        g.partKey))));
    }

    private static ReconciliationSheet.Score score(EvaluationGrid g, String itemKey) {
        return g.criteria().filter(c -> c.itemKey.equals(itemKey)).findFirst()
                .map(c -> new ReconciliationSheet.Score(g.jurorId, c.score, c.consulted, c.observation))
                .orElse(new ReconciliationSheet.Score(g.jurorId, null, null, null));
    }
}
