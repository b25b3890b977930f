package fr.titrepro.referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * CCPs held under an older version of a title count for the version that replaced it through the correspondence table
 * of the revision, set by the arrêté de spécialité (fiche TP-00496: « En cas de révision du titre, l'arrêté de
 * spécialité fixe les correspondances entre les CCP de l'ancien titre et ceux du titre révisé »). A line may be
 * many-to-one (DOMAIN "Référentiel": « old CCP A and B → new CCP X »): it credits its new CCPs only when every old CCP
 * of the line is held. Revisions chain (v1 → v2 → v3). Only official tables are given to this class: a table that is
 * not official is information, never a right (the callers filter). The one implementation used by enrolment,
 * deliberation and documents. Pure.
 */
public final class Correspondences {

    /** A line of a table: holding every CCP of {@code from} (old version) counts as holding each CCP of {@code to}. */
    public record Line(Set<Integer> from, Set<Integer> to) {
        public Line {
            from = Set.copyOf(from);
            to = Set.copyOf(to);
        }

        /** « CCP 2 + CCP 3 → CCP 2 ». */
        public String label() {
            return describe(this);
        }
    }

    /** A revision: {@code newVersion} replaces {@code oldVersion} with these lines. */
    public record Step<K>(K oldVersion, K newVersion, List<Line> lines) {
        public Step {
            lines = List.copyOf(lines);
        }
    }

    /** A CCP as held: the version it was obtained under and its number there. */
    public record Held<K>(K version, int number) {
    }

    private Correspondences() {
    }

    /**
     * The CCP numbers of {@code target} the candidate holds, directly or through the chain of revisions, each with the
     * CCPs actually held that justify it (several for a many-to-one line).
     */
    public static <K> SortedMap<Integer, Set<Held<K>>> credited(K target, Collection<Held<K>> held,
                                                                 Collection<Step<K>> steps) {
        return credited(target, held, steps, new HashSet<>());
    }

    /** The CCP numbers only. */
    public static <K> SortedSet<Integer> creditedNumbers(K target, Collection<Held<K>> held,
                                                         Collection<Step<K>> steps) {
        return new TreeSet<>(credited(target, held, steps).keySet());
    }

    private static <K> SortedMap<Integer, Set<Held<K>>> credited(K target, Collection<Held<K>> held,
                                                               Collection<Step<K>> steps, Set<K> visited) {
        SortedMap<Integer, Set<Held<K>>> numbers = new TreeMap<>();
        if (!visited.add(target)) {
            return numbers;
        }
        held.stream().filter(h -> h.version().equals(target))
                .forEach(h -> numbers.computeIfAbsent(h.number(), k -> new HashSet<>()).add(h));
        for (Step<K> step : steps) {
            if (!step.newVersion().equals(target)) {
                continue;
            }
            SortedMap<Integer, Set<Held<K>>> old = credited(step.oldVersion(), held, steps, new HashSet<>(visited));
            for (Line line : step.lines()) {
                if (!line.from().isEmpty() && old.keySet().containsAll(line.from())) {
                    Set<Held<K>> sources = line.from().stream().flatMap(n -> old.get(n).stream())
                            .collect(Collectors.toSet());
                    line.to().forEach(n -> numbers.computeIfAbsent(n, k -> new HashSet<>()).addAll(sources));
                }
            }
        }
        return numbers;
    }

    /** « les CCP 2 et 3 », « le CCP 1 ». */
    public static String ccpList(Collection<Integer> numbers) {
        List<String> parts = new ArrayList<>(new TreeSet<>(numbers).stream().map(n -> "CCP " + n).toList());
        if (parts.size() == 1) {
            return "le " + parts.getFirst();
        }
        return "les " + String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.getLast();
    }

    /** Lines as the référentiel page shows them: « CCP 2 + CCP 3 → CCP 2 ». */
    public static String describe(Line line) {
        return new TreeSet<>(line.from()).stream().map(n -> "CCP " + n).collect(Collectors.joining(" + "))
                + " → " + new TreeSet<>(line.to()).stream().map(n -> "CCP " + n).collect(Collectors.joining(", "));
    }

    /** Groups stored pairs (line number, old CCP, new CCP) into lines. */
    public static List<Line> lines(Map<Integer, Set<Integer>> fromByLine, Map<Integer, Set<Integer>> toByLine) {
        return fromByLine.keySet().stream().sorted()
                .map(k -> new Line(fromByLine.get(k), toByLine.getOrDefault(k, Set.of()))).toList();
    }
}
