package fr.titrepro.deliberation;

import fr.titrepro.deliberation.DeliberationCase.CcsDecision;
import fr.titrepro.deliberation.DeliberationCase.Fraud;
import fr.titrepro.deliberation.DeliberationCase.PriorCcp;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecision;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionScope;
import fr.titrepro.scoring.reconciliation.ReconciliationService;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.error.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds a candidate's {@link DeliberationCase} from the session, the candidate's CCPs and the agreed decisions. */
@ApplicationScoped
public class DeliberationCases {

    /** The jury's agreed decisions of the reconciliation: by CCP number, and the CCS decision (or null). */
    public record Agreed(Map<Integer, Verdict> ccps, Verdict ccs) {
    }

    /** No decision agreed yet. */
    public static final Agreed NONE = new Agreed(Map.of(), null);

    /** The facts the jury states, parsed. */
    public record Facts(Attendance attendance, FinalInterview finalInterview, String fraudReport) {
    }

    @Inject
    TitleRulesSource rules;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    AgreedDecisionRepository decisions;

    public Agreed agreed(Enrolment e) {
        return collect(reconciliation.agreedDecisions(e.id).values()).getOrDefault(e.id, NONE);
    }

    /** The agreed decisions of every enrolment of the session, read at once (the board of a large session). */
    public Map<Long, Agreed> agreedOfSession(long sessionId) {
        return collect(decisions.chainOf(sessionId));
    }

    /** The CCP-scope decisions by enrolment; records in the order written, so the latest on a subject counts. */
    private static Map<Long, Agreed> collect(Iterable<AgreedDecision> records) {
        Map<Long, Map<Integer, Verdict>> ccps = new HashMap<>();
        Map<Long, Verdict> ccs = new HashMap<>();
        for (AgreedDecision d : records) {
            if (d.scope != DecisionScope.CCP) {
                continue;
            }
            Verdict decision = d.decision;
            if (d.partKey.startsWith("CCS")) {
                ccs.put(d.enrolmentId, decision);
            } else if (d.partKey.startsWith("CCP")) {
                ccps.computeIfAbsent(d.enrolmentId, k -> new TreeMap<>())
                        .put(Integer.parseInt(d.partKey.substring(3)), decision);
            }
        }
        Map<Long, Agreed> agreed = new HashMap<>();
        for (Long enrolment : union(ccps.keySet(), ccs.keySet())) {
            agreed.put(enrolment, new Agreed(ccps.getOrDefault(enrolment, Map.of()), ccs.get(enrolment)));
        }
        return agreed;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** What the jury must have decided in the reconciliation before deliberating on a present candidate. */
    public static List<FieldError> missing(ExamSession s, Enrolment e, Agreed agreed) {
        List<FieldError> errors = new ArrayList<>();
        if (s.type == SessionType.CCS) {
            if (agreed.ccs() == null) {
                errors.add(new FieldError("ccpDecisions.CCS", "Le jury n'a pas encore arrêté sa décision sur le CCS "
                        + "(vue de réconciliation de la notation)."));
            }
            return errors;
        }
        for (Integer n : e.ccpNumbers) {
            if (!agreed.ccps().containsKey(n)) {
                errors.add(new FieldError("ccpDecisions." + n, "Le jury n'a pas encore arrêté sa décision sur le CCP "
                        + n + " (vue de réconciliation de la notation)."));
            }
        }
        return errors;
    }

    public DeliberationCase build(ExamSession s, Enrolment e, Facts facts, Map<Integer, Verdict> ccps,
                                  Verdict ccs) {
        TitleRules title = rules.rulesOf(s.titleVersion);
        List<PriorCcp> before = e.candidate.heldCcps.stream()
                .filter(h -> h.sessionId == null || h.sessionId != s.id.longValue())
                .map(TitleRulesSource::prior).toList();
        boolean present = facts.attendance() == Attendance.PRESENT;
        SessionType kind = s.type;
        CcsDecision ccsDecision = kind == SessionType.CCS && present
                ? new CcsDecision(ccs, e.candidate.obtainedTitle(s.titleVersion.code)) : null;
        return new DeliberationCase(title, before, kind, facts.attendance(),
                present && kind != SessionType.CCS ? ccps : Map.of(),
                present ? facts.finalInterview() : null, ccsDecision,
                facts.fraudReport() != null ? new Fraud(facts.fraudReport()) : null, finalInterviewOnly(s, e));
    }

    /** Enrolled for the entretien final alone: every CCP held, no CCP taken at this session. */
    public static boolean finalInterviewOnly(ExamSession s, Enrolment e) {
        return e.isFinalInterviewOnly();
    }
}
