package fr.titrepro.shared.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Verifies an audit chain against its signed checkpoints. In order of gravity:
 * <ol>
 * <li>BROKEN: a link does not follow the previous one, or its content no longer gives its stored hash;</li>
 * <li>CHECKPOINT_INVALID: a checkpoint's signature does not verify (forged or altered), or it was made with a key
 * the platform does not trust (neither its current key nor a retired one it still trusts: {@link SigningKeyTrust});</li>
 * <li>CHECKPOINT_MISMATCH: the chain no longer contains the head a checkpoint signed (rows rewritten and every
 * later hash recomputed, or rows removed);</li>
 * <li>UNSIGNED: links written after the last checkpoint, not yet anchored by a signature;</li>
 * <li>OK.</li>
 * </ol>
 * Pure: the signature check is given.
 */
public final class CheckpointPolicy {

    public enum Status { OK, UNSIGNED, CHECKPOINT_MISMATCH, CHECKPOINT_INVALID, BROKEN }

    /** A stored checkpoint, with the DER certificate of the key that signed it (null: checked with the current). */
    public record Checkpoint(Long id, long sessionId, String chain, String headHash, int linkCount, Instant signedAt,
                             String algorithm, byte[] signature, byte[] certificate) {
        public Checkpoint(Long id, long sessionId, String chain, String headHash, int linkCount, Instant signedAt,
                          String algorithm, byte[] signature) {
            this(id, sessionId, chain, headHash, linkCount, signedAt, algorithm, signature, null);
        }
    }

    /** A check with the platform's current key only. */
    @FunctionalInterface
    public interface SignatureCheck {
        boolean valid(byte[] payload, byte[] signature, String algorithm);
    }

    /** A check with the key of the checkpoint's certificate, when the platform trusts it ({@link SigningKeyTrust}). */
    @FunctionalInterface
    public interface CertificateCheck {
        SigningKeyTrust.Verdict check(byte[] payload, byte[] signature, String algorithm, byte[] certificate);
    }

    /**
     * @param firstBrokenId   the first link that does not hold, or null
     * @param checkpointId    the checkpoint that does not hold, or null
     * @param signedLinks     links anchored by the last valid checkpoint
     * @param lastCheckpoint  when the last valid checkpoint was signed, or null
     */
    public record Report(String chain, Status status, int links, Long firstBrokenId, Long checkpointId,
                         int signedLinks, Instant lastCheckpoint, String message) {
    }

    private CheckpointPolicy() {
    }

    /** What is signed: « sessionId|chain|headHash|count|time ». */
    public static byte[] payload(long sessionId, String chain, String headHash, int count, Instant signedAt) {
        return (sessionId + "|" + chain + "|" + headHash + "|" + count + "|" + LinkHash.truncate(signedAt))
                .getBytes(StandardCharsets.UTF_8);
    }


    /** The hash at the head of a chain (GENESIS when empty). */
    public static String head(List<ChainLink> links) {
        return links.isEmpty() ? LinkHash.GENESIS : links.getLast().hash();
    }

    /** As {@link #verify(String, long, List, List, CertificateCheck)}, every checkpoint checked with one key. */
    public static Report verify(String chain, long sessionId, List<ChainLink> links, List<Checkpoint> checkpoints,
                                SignatureCheck check) {
        return verify(chain, sessionId, links, checkpoints, (payload, signature, algorithm, certificate) ->
                check.valid(payload, signature, algorithm) ? SigningKeyTrust.Verdict.VALID
                        : SigningKeyTrust.Verdict.INVALID);
    }

    /** Verifies the links (in chain order) and the checkpoints of one session's chain (in the order written). */
    public static Report verify(String chain, long sessionId, List<ChainLink> links, List<Checkpoint> checkpoints,
                                CertificateCheck check) {
        String expectedPrevious = LinkHash.GENESIS;
        for (ChainLink link : links) {
            if (!expectedPrevious.equals(link.previousHash())) {
                return report(chain, Status.BROKEN, links, link.id(), null, 0, null, "L'enregistrement n° "
                        + link.id() + " ne suit pas le précédent : un enregistrement a été supprimé, inséré ou "
                        + "modifié avant lui.");
            }
            if (!link.recomputedHash().equals(link.hash())) {
                return report(chain, Status.BROKEN, links, link.id(), null, 0, null, "Le contenu de "
                        + "l'enregistrement n° " + link.id() + " ne correspond plus à son empreinte : il a été modifié.");
            }
            expectedPrevious = link.hash();
        }
        int signed = 0;
        Instant last = null;
        for (Checkpoint c : checkpoints) {
            byte[] payload = payload(sessionId, chain, c.headHash(), c.linkCount(), c.signedAt());
            SigningKeyTrust.Verdict verdict = c.signature() == null ? SigningKeyTrust.Verdict.INVALID
                    : check.check(payload, c.signature(), c.algorithm(), c.certificate());
            if (verdict == SigningKeyTrust.Verdict.UNKNOWN_KEY) {
                return report(chain, Status.CHECKPOINT_INVALID, links, null, c.id(), signed, last, "Le point de "
                        + "contrôle n° " + c.id() + " est signé par une clé que la plateforme ne reconnaît pas (ni sa "
                        + "clé actuelle, ni une clé retirée déclarée de confiance) : il a été falsifié.");
            }
            if (c.sessionId() != sessionId || !chain.equals(c.chain()) || verdict != SigningKeyTrust.Verdict.VALID) {
                return report(chain, Status.CHECKPOINT_INVALID, links, null, c.id(), signed, last, "La signature du "
                        + "point de contrôle n° " + c.id() + " ne se vérifie pas avec la clé de la plateforme : il a "
                        + "été falsifié ou modifié.");
            }
            String headThen = c.linkCount() == 0 ? LinkHash.GENESIS
                    : c.linkCount() <= links.size() ? links.get(c.linkCount() - 1).hash() : null;
            if (!c.headHash().equals(headThen)) {
                return report(chain, Status.CHECKPOINT_MISMATCH, links, null, c.id(), signed, last,
                        "La chaîne ne contient plus l'état signé le " + c.signedAt() + " (point de contrôle n° "
                                + c.id() + ", " + c.linkCount() + " enregistrement(s)) : des enregistrements ont été "
                                + "réécrits ou supprimés après la signature.");
            }
            signed = Math.max(signed, c.linkCount());
            last = c.signedAt();
        }
        if (signed < links.size()) {
            return report(chain, Status.UNSIGNED, links, null, null, signed, last, (links.size() - signed)
                    + " enregistrement(s) écrit(s) après le dernier point de contrôle ne sont pas encore signés "
                    + "(premier : n° " + links.get(signed).id() + ").");
        }
        return report(chain, Status.OK, links, null, null, signed, last, "Les " + links.size()
                + " enregistrement(s) forment une chaîne intacte, signée au dernier point de contrôle.");
    }

    private static Report report(String chain, Status status, List<ChainLink> links, Long broken, Long checkpoint,
                                 int signed, Instant last, String message) {
        return new Report(chain, status, links.size(), broken, checkpoint, signed, last, message);
    }
}
