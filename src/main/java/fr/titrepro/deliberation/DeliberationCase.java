package fr.titrepro.deliberation;

import fr.titrepro.referential.Correspondences;
import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@link DeliberationPolicy} needs to decide one candidate's outcome at one session, as plain data:
 * no entity, no database. {@link TitleRulesSource} builds the référentiel part from the entities.
 *
 * @param title          the title version of the session, with the revisions that lead to it
 * @param heldBefore     CCPs the candidate held before this session, under the version they were obtained under
 * @param sessionKind    session titre, CCP or CCS
 * @param attendance     present, absent, excused
 * @param ccpDecisions   the jury's decision for each CCP assessed at this session (numbers of {@code title});
 *                       every CCP of the title at a session titre, empty when not present or at a CCS session
 * @param finalInterview what happened at the entretien final; may be null when it was not due
 * @param ccs            the CCS decision and whether the candidate holds the parent title (CCS session only)
 * @param fraud          a fraud recorded with its report, or null
 * @param finalInterviewOnly the candidate holds every CCP but not the title and is enrolled for the entretien final
 *                       alone (DOMAIN "Sessions and evaluation": no dead end after an unfavourable entretien final)
 */
public record DeliberationCase(TitleRules title, List<PriorCcp> heldBefore, SessionType sessionKind,
                               Attendance attendance, Map<Integer, Verdict> ccpDecisions,
                               FinalInterview finalInterview, CcsDecision ccs, Fraud fraud,
                               boolean finalInterviewOnly) {

    public DeliberationCase {
        heldBefore = heldBefore == null ? List.of() : List.copyOf(heldBefore);
        ccpDecisions = ccpDecisions == null ? Map.of() : Map.copyOf(ccpDecisions);
    }

    /** A candidate who takes CCPs (or the CCS) at the session. */
    public DeliberationCase(TitleRules title, List<PriorCcp> heldBefore, SessionType sessionKind,
                            Attendance attendance, Map<Integer, Verdict> ccpDecisions,
                            FinalInterview finalInterview, CcsDecision ccs, Fraud fraud) {
        this(title, heldBefore, sessionKind, attendance, ccpDecisions, finalInterview, ccs, fraud, false);
    }

    /** One version of a title: code and millésime (a revision may change both). */
    public record VersionRef(String code, String version) {
        @Override
        public String toString() {
            return code + " version " + version;
        }
    }

    /** The title version of the session: its CCP numbers, and the revision tables that lead to it. */
    public record TitleRules(VersionRef version, Set<Integer> ccpNumbers, List<RevisionTable> revisions) {
        public TitleRules {
            ccpNumbers = Set.copyOf(ccpNumbers);
            revisions = revisions == null ? List.of() : List.copyOf(revisions);
        }
    }

    /**
     * A correspondence table set by a revision: holding CCP n of {@code oldVersion} counts as holding each CCP of
     * {@code correspondences.get(n)} in {@code newVersion}.
     */
    public record RevisionTable(VersionRef oldVersion, VersionRef newVersion, List<Correspondences.Line> lines) {
        public RevisionTable {
            lines = List.copyOf(lines);
        }

        /** One-to-one or one-to-many lines: old CCP n counts for each CCP of {@code correspondences.get(n)}. */
        public static RevisionTable of(VersionRef oldVersion, VersionRef newVersion,
                                       Map<Integer, Set<Integer>> correspondences) {
            return new RevisionTable(oldVersion, newVersion, correspondences.entrySet().stream()
                    .map(e -> new Correspondences.Line(Set.of(e.getKey()), e.getValue())).toList());
        }
    }

    /** A CCP held before the session, numbered in the version it was obtained under. */
    public record PriorCcp(VersionRef version, int ccpNumber) {
    }

    /** CCS session: the jury's decision on the CCS, and whether the candidate holds the parent title. */
    public record CcsDecision(Verdict decision, boolean parentTitleHeld) {
    }

    /** A fraud recorded at the session, with the written report that the PV carries. */
    public record Fraud(String report) {
    }
}
