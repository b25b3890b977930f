package fr.titrepro.candidate;

import java.util.Optional;
import java.util.Set;

/** The CCP numbers of a title's current version, or empty when no title has that code. */
@FunctionalInterface
public interface TitleLookup {

    Optional<Set<Integer>> ccpNumbers(String titleCode);
}
