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
        return rangeOf(driver.parts().get(part)) != null;
    }

    /** What follows {@code birth_name} in an ordered part ({@link #ordered}), else null. */
    static String rangeOf(String part) {
        for (String prefix : List.of(ORDERED_PART, FOLLOWED_ORDERED_PART)) {
            if (part.startsWith(prefix)) {
                return part.substring(prefix.length());
            }
        }
        return null;
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
    static final String ORDERED_PART = CandidateSearchTerms.EVERYONE + "birth_name ";
    /** The same among a centre's follows (their copy of the names). */
    static final String FOLLOWED_ORDERED_PART = CandidateSearchTerms.FOLLOWED + "birth_name ";
}
