package fr.titrepro.eligibility;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * CCPs held under an older version of a title count for the version that replaced it, through the correspondence
 * table of the revision (arrêté de spécialité): holding old CCP {@code from} credits every new CCP of its line.
 * Revisions chain: TRTE 2010 → TRI 05 → a later version credits the CCPs of all three.
 */
public final class CcpEquivalence {

    /** A CCP held: the id of its title version and its number in that version. */
    public record Held(long versionId, int number) {
    }

    /** "newVersion replaces oldVersion": old CCP number → the new CCP numbers it counts for. */
    public record Revision(long oldVersionId, long newVersionId, Map<Integer, Set<Integer>> correspondences) {
    }

    private CcpEquivalence() {
    }

    /** The CCP numbers of {@code targetVersionId} the candidate holds, directly or by correspondence. */
    public static SortedSet<Integer> credited(long targetVersionId, Collection<Held> held,
                                              Collection<Revision> revisions) {
        return credited(targetVersionId, held, revisions, new HashSet<>());
    }

    private static SortedSet<Integer> credited(long target, Collection<Held> held, Collection<Revision> revisions,
                                               Set<Long> visited) {
        SortedSet<Integer> numbers = new TreeSet<>();
        if (!visited.add(target)) {
            return numbers;
        }
        held.stream().filter(h -> h.versionId() == target).forEach(h -> numbers.add(h.number()));
        for (Revision revision : revisions) {
            if (revision.newVersionId() != target) {
                continue;
            }
            for (int old : credited(revision.oldVersionId(), held, revisions, visited)) {
                numbers.addAll(revision.correspondences().getOrDefault(old, Set.of()));
            }
        }
        return numbers;
    }
}
