package fr.titrepro.candidate;

import fr.titrepro.candidate.privacy.ErasurePolicy;
import java.util.List;

/**
 * Implemented by the sessions capability: the sessions a person is enrolled in that are not over (neither closed,
 * validated nor cancelled). Their record must stay whole until the session ends (see {@link ErasurePolicy}).
 */
public interface CandidateEnrolments {

    /** French labels of the open sessions the person is enrolled in, e.g. « session n° 12 (Programmée) ». */
    List<String> openSessionsOf(Candidate candidate);
}
