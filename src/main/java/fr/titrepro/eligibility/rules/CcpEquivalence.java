package fr.titrepro.eligibility.rules;

import fr.titrepro.referential.Correspondences;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

/**
 * CCPs held under an older version of a title count for the version that replaced it, through the official
 * correspondence table of the revision (arrêté de spécialité), as {@link Correspondences} computes it for enrolment,
 * deliberation and documents alike (many-to-one lines, chained revisions). A table that is not official is never
 * given here: it changes no right.
 */
public final class CcpEquivalence {

    /** A CCP held: the id of its title version and its number in that version. */
    public record Held(long versionId, int number) {
    }

    /** "newVersion replaces oldVersion" with the lines of its official table. */
    public record Revision(long oldVersionId, long newVersionId, List<Correspondences.Line> lines) {
    }

    private CcpEquivalence() {
    }

    /** The CCP numbers of {@code targetVersionId} the candidate holds, directly or by official correspondence. */
    public static SortedSet<Integer> credited(long targetVersionId, Collection<Held> held,
                                              Collection<Revision> revisions) {
        return Correspondences.creditedNumbers(targetVersionId,
                held.stream().map(h -> new Correspondences.Held<>(h.versionId(), h.number())).toList(),
                revisions.stream().map(r -> new Correspondences.Step<>(r.oldVersionId(), r.newVersionId(),
                        r.lines())).toList());
    }
}
