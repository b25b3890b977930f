package fr.titrepro.shared.audit;

/** Signs and verifies checkpoints with the platform's signing key (implemented where the key lives). */
public interface CheckpointSigner {

    /** A detached signature, its algorithm and the DER certificate of the key that made it. */
    record Signed(String algorithm, byte[] signature, byte[] certificate) {
    }

    Signed sign(byte[] payload);

    /** The keys checkpoints may be signed with: the current one and the retired ones still trusted. */
    SigningKeyTrust trust();
}
