package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.Ccp;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The CCPs a candidate holds: granted by a session, or recorded by the administration from a proof
 * ({@link ProofRecordService}).
 */
@ApplicationScoped
public class HeldCcpService {

    @Inject
    CandidateRepository candidates;

    @Inject
    AcquiredRepository acquired;

    /**
     * Records that the candidate holds a CCP, granted by a platform session ({@code sessionId}) or shown by a proof.
     * No access check: for trusted callers (deliberation, demo data, {@link ProofRecordService}).
     */
    @Transactional
    public long grant(long candidateId, Ccp ccp, LocalDate obtainedOn, String place, Long sessionId,
                         String proofReference, String recordedBy) {
        Candidate c = candidates.findByIdOptional(candidateId).orElseThrow(CandidateAccess::notFound);
        if (c.heldCcps.stream().anyMatch(h -> h.ccp.id.equals(ccp.id))) {
            throw alreadyHeld(ccp);
        }
        HeldCcp h = held(c, ccp, obtainedOn, place, sessionId, proofReference, recordedBy);
        // persisted alone (the id comes from the insert): a flush here dirty-checked the whole transaction once per
        // CCP, which a 200-candidate PV validation paid 300 times (profiled, docs/performance.md)
        candidates.getEntityManager().persist(h);
        c.heldCcps.add(h);
        return h.id;
    }

    /**
     * The CCPs a transaction records together (a PV validation), written in one batch at its end: the same rows as
     * {@link #grant}, without the round trip of each.
     */
    public AcquiredBatch batch() {
        return new AcquiredBatch(acquired);
    }

    /** The row {@link #grant} writes, not persisted. */
    static HeldCcp held(Candidate c, Ccp ccp, LocalDate obtainedOn, String place, Long sessionId,
                        String proofReference, String recordedBy) {
        HeldCcp h = new HeldCcp();
        h.candidate = c;
        h.ccp = ccp;
        h.obtainedOn = obtainedOn;
        h.place = place;
        h.sessionId = sessionId;
        h.proofReference = proofReference;
        h.recordedBy = recordedBy == null ? "système" : recordedBy;
        h.recordedAt = Instant.now();
        return h;
    }

    static ProblemException alreadyHeld(Ccp ccp) {
        String message = "Ce candidat détient déjà le CCP " + ccp.number + " de ce titre.";
        return new ProblemException(ProblemType.DUPLICATE, message, List.of(new FieldError("ccpNumber", message)));
    }
}
