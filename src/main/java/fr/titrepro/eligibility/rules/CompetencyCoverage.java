package fr.titrepro.eligibility.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which experiences evidence each competency of the target CCPs, and which competencies no experience evidences
 * yet: what the adviser and the person look at to prepare the dossier.
 */
public final class CompetencyCoverage {

    /** A competency of a target CCP. */
    public record Target(int ccpNumber, String ccpName, int number, String name) {
    }

    /** An experience that evidences a competency: its 1-based number and its label. */
    public record Evidence(int number, String label) {
    }

    public record Row(int ccpNumber, String ccpName, int number, String name, List<Evidence> experiences) {
        public boolean covered() {
            return !experiences.isEmpty();
        }
    }

    public record CcpBlock(int number, String name, List<Row> rows) {
    }

    public record Result(List<CcpBlock> ccps, List<Row> uncovered, int covered, int total) {
    }

    private CompetencyCoverage() {
    }

    public static Result of(List<Target> targets, List<VaeCase.Experience> experiences) {
        Map<Integer, CcpBlock> blocks = new LinkedHashMap<>();
        List<Row> uncovered = new ArrayList<>();
        int covered = 0;
        for (Target t : targets) {
            List<Evidence> evidence = experiences.stream()
                    .filter(x -> x.competencies().contains(t.number()))
                    .map(x -> new Evidence(x.number(), x.label()))
                    .toList();
            Row row = new Row(t.ccpNumber(), t.ccpName(), t.number(), t.name(), evidence);
            blocks.computeIfAbsent(t.ccpNumber(), n -> new CcpBlock(n, t.ccpName(), new ArrayList<>())).rows().add(row);
            if (row.covered()) {
                covered++;
            } else {
                uncovered.add(row);
            }
        }
        List<CcpBlock> frozen = blocks.values().stream()
                .map(b -> new CcpBlock(b.number(), b.name(), List.copyOf(b.rows()))).toList();
        return new Result(frozen, List.copyOf(uncovered), covered, targets.size());
    }
}
