package fr.titrepro.shared.audit;

/**
 * One link of an audit chain as read from the database: its id, the two hashes as stored, and the hash recomputed
 * from its content as it stands now.
 */
public record ChainLink(long id, String previousHash, String hash, String recomputedHash) {
}
