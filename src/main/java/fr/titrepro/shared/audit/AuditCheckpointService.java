package fr.titrepro.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes signed checkpoints of every audit chain of a session (periodically, and when the PV is signed or
 * validated) and verifies the chains against them.
 */
@ApplicationScoped
public class AuditCheckpointService {

    public static final String PERIODIC = "PERIODIC";
    public static final String PV_SIGNED = "PV_SIGNED";
    public static final String PV_VALIDATED = "PV_VALIDATED";
    /** The head did not move, but its last checkpoint was signed with a key the platform no longer signs with. */
    public static final String KEY_ROTATION = "KEY_ROTATION";

    @Inject
    Instance<ChainSource> sources;

    @Inject
    CheckpointSigner signer;

    @Inject
    AuditCheckpointRepository checkpoints;

    /** Signs the head of each chain of the session that moved since its last checkpoint; returns how many. */
    @Transactional
    public int checkpoint(long sessionId, String reason) {
        int written = 0;
        for (ChainSource source : sources) {
            if (checkpoint(source.chain(), sessionId, source.links(sessionId), reason)) {
                written++;
            }
        }
        return written;
    }

    /** Every session of every chain (the periodic run). */
    @Transactional
    public int checkpointAll() {
        int written = 0;
        for (ChainSource source : sources) {
            for (long sessionId : source.sessions()) {
                if (checkpoint(source.chain(), sessionId, source.links(sessionId), PERIODIC)) {
                    written++;
                }
            }
        }
        return written;
    }

    @Transactional
    public List<CheckpointPolicy.Report> verify(long sessionId) {
        List<CheckpointPolicy.Report> reports = new ArrayList<>();
        SigningKeyTrust trust = signer.trust();
        for (ChainSource source : sources) {
            reports.add(CheckpointPolicy.verify(source.chain(), sessionId, source.links(sessionId),
                    checkpoints.of(sessionId, source.chain()).stream().map(AuditCheckpoint::checkpoint).toList(),
                    trust::check));
        }
        reports.sort(java.util.Comparator.comparing(CheckpointPolicy.Report::chain).reversed());
        return reports;
    }

    private boolean checkpoint(String chain, long sessionId, List<ChainLink> links, String reason) {
        if (links.isEmpty()) {
            return false;
        }
        String head = CheckpointPolicy.head(links);
        java.util.Optional<AuditCheckpoint> sameHead = checkpoints.lastOf(sessionId, chain)
                .filter(c -> c.headHash.equals(head) && c.linkCount == links.size());
        if (sameHead.isPresent() && signer.trust().isCurrent(sameHead.get().certificate)) {
            return false;
        }
        if (sameHead.isPresent()) {
            // signed with a retired key: re-anchor the chain with the current one
            reason = KEY_ROTATION;
        }
        AuditCheckpoint c = new AuditCheckpoint();
        c.sessionId = sessionId;
        c.chain = chain;
        c.headHash = head;
        c.linkCount = links.size();
        c.signedAt = fr.titrepro.shared.audit.LinkHash.truncate(Instant.now());
        c.reason = reason;
        CheckpointSigner.Signed signed = signer.sign(CheckpointPolicy.payload(sessionId, chain, head, links.size(),
                c.signedAt));
        c.algorithm = signed.algorithm();
        c.signature = signed.signature();
        c.certificate = signed.certificate();
        checkpoints.persist(c);
        return true;
    }
}
