package fr.titrepro.bench;

import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.scoring.GridCompositionPolicy;
import fr.titrepro.scoring.GridCompositionPolicy.PartSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped titles as the generator needs them (read once from the application's référentiel): ids, CCPs, and the
 * grid of each CCP as the application composes it ({@link GridCompositionPolicy}), for a training candidate and for
 * another. Plain data: the generator writes with JDBC, outside any persistence context.
 */
record NationalReferential(List<Title> titles) {

    record Title(long versionId, String code, String version, String name, List<Integer> ccpNumbers,
                 Map<Integer, Long> ccpIds, Map<Integer, PartSpec> trainingParts, Map<Integer, PartSpec> otherParts) {

        int linesPerEnrolment(boolean training) {
            Map<Integer, PartSpec> parts = training ? trainingParts : otherParts;
            return parts.values().stream().mapToInt(PartSpec::criterionCount).sum();
        }
    }

    /** Must be called inside a transaction (the référentiel's collections are lazy). */
    static NationalReferential of(List<TitleVersion> versions) {
        List<Title> titles = new ArrayList<>();
        for (TitleVersion v : versions) {
            List<Integer> numbers = new ArrayList<>();
            Map<Integer, Long> ids = new HashMap<>();
            Map<Integer, PartSpec> training = new HashMap<>();
            Map<Integer, PartSpec> other = new HashMap<>();
            for (Ccp c : v.ccps) {
                numbers.add(c.number);
                ids.put(c.number, c.id);
                training.put(c.number, GridCompositionPolicy.ccpPart(v, c, new GridCompositionPolicy.Candidate(true)));
                other.put(c.number, GridCompositionPolicy.ccpPart(v, c, new GridCompositionPolicy.Candidate(false)));
            }
            numbers.sort(null);
            titles.add(new Title(v.id, v.code, v.version, v.name, List.copyOf(numbers), ids, training, other));
        }
        if (titles.isEmpty()) {
            throw new IllegalStateException("Aucun titre actif dans le référentiel : rien à générer.");
        }
        return new NationalReferential(List.copyOf(titles));
    }
}
