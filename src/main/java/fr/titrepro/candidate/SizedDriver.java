package fr.titrepro.candidate;

import fr.titrepro.candidate.CandidateSearchTerms.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A driver of a candidate search and the ids each of its ranges holds, counted up to
 * {@link CandidateSearchRepository#PROBE_LIMIT} (issue 14).
 */
record SizedDriver(Driver driver, List<Long> parts) {

    long size() {
        return parts.stream().mapToLong(Long::longValue).sum();
    }

    /** Whether a part is a range of the names' index, read in the list's order (birth name, first names, id). */
    boolean ordered(int part) {
        return driver.parts().get(part).startsWith(ORDERED_PART);
    }

    /**
     * The largest ordered part, when it holds more than {@code end} ids and at least twice the other parts
     * together (these are then read whole beside it).
     */
    Optional<Integer> dominantOrderedPart(int end) {
        Integer best = null;
        for (int i = 0; i < parts.size(); i++) {
            if (ordered(i) && (best == null || parts.get(i) > parts.get(best))) {
                best = i;
            }
        }
        return best != null && parts.get(best) > end && parts.get(best) >= 2 * (size() - parts.get(best))
                ? Optional.of(best) : Optional.empty();
    }

    List<String> others(int part) {
        List<String> others = new ArrayList<>(driver.parts());
        others.remove(part);
        return others;
    }

    /** How a part read in the names' order begins ({@link CandidateSearchTerms}: the birth name's range first). */
    static final String ORDERED_PART = "SELECT id FROM candidate WHERE birth_name ";
}
