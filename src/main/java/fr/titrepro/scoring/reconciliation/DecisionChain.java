package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.shared.audit.LinkHash;

import java.time.Instant;
import java.util.List;

/**
 * The agreed decisions of a session form a hash chain: each record carries the SHA-256 of the previous record of the
 * session and its own SHA-256 over (previous hash, content). Changing, removing or inserting a row in the database
 * breaks the chain at that row. The link's text is {@link LinkHash}'s, as for the deliberation chain. Pure: no CDI,
 * no database.
 */
public final class DecisionChain {

    /** The "previous hash" of the first record of a session. */
    public static final String GENESIS = LinkHash.GENESIS;

    /** Everything a decision says, hashed in a fixed, unambiguous form. */
    public record Content(long sessionId, long enrolmentId, String partKey, DecisionScope scope, String subjectKey,
                          String subject, Verdict decision, String reason, boolean divergent,
                          boolean againstCriteria, String decidedBy, Instant decidedAt) {
    }

    /** One stored record: its id (order of the chain), content, and the two hashes as stored. */
    public record Link(long id, Content content, String previousHash, String hash) {
    }

    /** Verification of a chain: intact, or the first record that does not hold and why. */
    public record Verification(boolean intact, int records, Long firstBrokenId, String problem) {
    }

    private DecisionChain() {
    }


    public static String hash(String previousHash, Content c) {
        return LinkHash.after(previousHash)
                .field("session", c.sessionId())
                .field("enrolment", c.enrolmentId())
                .field("part", c.partKey())
                .field("scope", c.scope() == null ? null : c.scope().name())
                .field("subjectKey", c.subjectKey())
                .field("subject", c.subject())
                .field("decision", c.decision() == null ? null : c.decision().name())
                .field("reason", c.reason())
                .field("divergent", c.divergent())
                .field("againstCriteria", c.againstCriteria())
                .field("decidedBy", c.decidedBy())
                .field("decidedAt", c.decidedAt() == null ? null : LinkHash.truncate(c.decidedAt()))
                .sha256();
    }

    /** Checks the links of one session, given in chain order (by id). */
    public static Verification verify(List<Link> links) {
        String expectedPrevious = GENESIS;
        for (Link link : links) {
            if (!expectedPrevious.equals(link.previousHash())) {
                return new Verification(false, links.size(), link.id(), "L'enregistrement n° " + link.id()
                        + " ne suit pas le précédent : un enregistrement a été supprimé, inséré ou modifié avant lui.");
            }
            if (!hash(link.previousHash(), link.content()).equals(link.hash())) {
                return new Verification(false, links.size(), link.id(), "Le contenu de l'enregistrement n° "
                        + link.id() + " ne correspond plus à son empreinte : il a été modifié.");
            }
            expectedPrevious = link.hash();
        }
        return new Verification(true, links.size(), null, null);
    }
}
