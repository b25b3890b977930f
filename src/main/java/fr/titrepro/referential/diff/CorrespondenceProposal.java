package fr.titrepro.referential.diff;

import fr.titrepro.referential.Correspondences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The correspondence table a comparison suggests, for the administration to review: each new CCP is credited to the
 * holder of every old CCP it succeeds (several old CCPs merged into one give a many-to-one line, « CCP 2 + CCP 3 →
 * CCP 2 »); a new CCP that succeeds none but took competencies from old CCPs is credited to the holder of all of
 * those; a new CCP made only of new competencies gets no line (the candidate passes it). Lines with the same old
 * CCPs are grouped. Only a proposal: the table that gives rights is the arrêté de spécialité's. Pure.
 */
public final class CorrespondenceProposal {

    /** A proposed line, with why it is proposed (in French, for the page). */
    public record ProposedLine(List<Integer> from, List<Integer> to, String label, String reason) {
        public ProposedLine {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    private CorrespondenceProposal() {
    }

    public static List<ProposedLine> of(VersionDiff diff, Outline to) {
        Map<Integer, Integer> successors = diff.successors();
        Map<SortedSet<Integer>, List<Integer>> grouped = new LinkedHashMap<>();
        Map<SortedSet<Integer>, List<String>> reasons = new LinkedHashMap<>();
        for (Outline.CcpOutline ccp : to.ccps()) {
            SortedSet<Integer> from = new TreeSet<>();
            successors.forEach((old, next) -> {
                if (next == ccp.number()) {
                    from.add(old);
                }
            });
            if (from.isEmpty()) {
                from.addAll(diff.contributors(ccp.number()));
            }
            if (from.isEmpty()) {
                continue;
            }
            grouped.computeIfAbsent(from, k -> new ArrayList<>()).add(ccp.number());
            reasons.computeIfAbsent(from, k -> new ArrayList<>()).add(reason(diff, ccp, from));
        }
        List<ProposedLine> lines = new ArrayList<>();
        grouped.forEach((from, targets) -> lines.add(new ProposedLine(List.copyOf(from), targets,
                Correspondences.describe(new Correspondences.Line(Set.copyOf(from), Set.copyOf(targets))),
                String.join(" ", reasons.get(from)))));
        return lines;
    }

    /** « du CCP 1 », « des CCP 2 et 3 ». */
    static String ofCcps(Set<Integer> numbers) {
        String list = Correspondences.ccpList(numbers);
        return list.startsWith("le ") ? "du " + list.substring(3) : "des " + list.substring(4);
    }

    /** « CCP 1 : 2 compétences sur 4 viennent des CCP retenus, 1 d'un autre CCP, 1 nouvelle. » */
    static String reason(VersionDiff diff, Outline.CcpOutline ccp, Set<Integer> from) {
        List<VersionDiff.CompetencyChange> into = diff.competencies().stream()
                .filter(c -> Objects.equals(c.toCcp(), ccp.number())).toList();
        long fromLine = into.stream().filter(c -> c.fromCcp() != null && from.contains(c.fromCcp())).count();
        long elsewhere = into.stream().filter(c -> c.fromCcp() != null && !from.contains(c.fromCcp())).count();
        long added = into.stream().filter(c -> c.fromCcp() == null).count();
        StringBuilder text = new StringBuilder("CCP " + ccp.number() + " : " + fromLine + " compétence"
                + (fromLine > 1 ? "s" : "") + " sur " + into.size() + " " + (fromLine > 1 ? "viennent" : "vient")
                + " " + ofCcps(from));
        if (elsewhere > 0) {
            text.append(", ").append(elsewhere).append(" d'un autre CCP");
        }
        if (added > 0) {
            text.append(", ").append(added).append(added > 1 ? " nouvelles" : " nouvelle");
        }
        return text.append('.').toString();
    }
}
