package fr.titrepro.deliberation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.enrolment.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The jury's deliberation on one candidate at one session: the facts (attendance, entretien final, fraud), the CCP
 * decisions as they stood, the computed outcome and the outcome retained (an override carries its reason). Never
 * updated but for {@link #current}: a new deliberation (before the PV is signed, or after an appeal) is a new version.
 */
@Entity
@Table(name = "candidate_deliberation")
public class CandidateDeliberation extends DeliberationLink {

    /** The key of a CCS decision in {@link #ccpDecisions}. */
    public static final String CCS_KEY = "CCS";

    public int version;
    @Column(name = "current_version")
    public boolean current;
    @Enumerated(EnumType.STRING)
    public Attendance attendance;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_interview")
    public FinalInterview finalInterview;
    @Column(name = "fraud_report")
    public String fraudReport;
    /** "1=ACQUIRED;2=NOT_ACQUIRED", or "CCS=ACQUIRED". */
    @Column(name = "ccp_decisions")
    public String ccpDecisions;
    @Column(name = "acquired_now")
    public String acquiredNow;
    @Column(name = "held_after")
    public String heldAfter;
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_outcome")
    public Outcome computedOutcome;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "override_reason")
    public String overrideReason;
    public String notes;
    @Column(name = "appeal_id")
    public Long appealId;

    public boolean overridden() {
        return outcome != computedOutcome;
    }

    /** The CCP decisions by number (the CCS decision is not in it). */
    public Map<Integer, Verdict> decisions() {
        Map<Integer, Verdict> map = new LinkedHashMap<>();
        decisionPairs().forEach((k, v) -> {
            if (!CCS_KEY.equals(k)) {
                map.put(Integer.parseInt(k), v);
            }
        });
        return map;
    }

    public Verdict ccsDecision() {
        return decisionPairs().get(CCS_KEY);
    }

    public SortedSet<Integer> acquired() {
        return numbers(acquiredNow);
    }

    public SortedSet<Integer> held() {
        return numbers(heldAfter);
    }

    public List<String> noteLines() {
        return notes == null || notes.isBlank() ? List.of() : List.of(notes.split("\n"));
    }

    private Map<String, Verdict> decisionPairs() {
        Map<String, Verdict> map = new LinkedHashMap<>();
        if (ccpDecisions != null && !ccpDecisions.isBlank()) {
            for (String pair : ccpDecisions.split(";")) {
                String[] kv = pair.split("=");
                map.put(kv[0], Verdict.valueOf(kv[1]));
            }
        }
        return map;
    }

    static String encode(Map<Integer, Verdict> decisions, Verdict ccs) {
        String ccps = new java.util.TreeMap<>(decisions).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().name()).collect(Collectors.joining(";"));
        return ccs == null ? ccps : (ccps.isEmpty() ? "" : ccps + ";") + CCS_KEY + "=" + ccs.name();
    }

    static String encode(SortedSet<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static SortedSet<Integer> numbers(String s) {
        return s == null || s.isBlank() ? new TreeSet<>()
                : Arrays.stream(s.split(",")).map(Integer::parseInt).collect(Collectors.toCollection(TreeSet::new));
    }
}
