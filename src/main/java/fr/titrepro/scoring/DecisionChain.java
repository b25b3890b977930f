package fr.titrepro.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The agreed decisions of a session form a hash chain: each record carries the SHA-256 of the previous record of the
 * session and its own SHA-256 over (previous hash, content). Changing, removing or inserting a row in the database
 * breaks the chain at that row. Pure: no CDI, no database.
 */
public final class DecisionChain {

    /** The "previous hash" of the first record of a session. */
    public static final String GENESIS = "0".repeat(64);

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

    /** Database timestamps keep microseconds: hash what will be read back. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String previousHash, Content c) {
        StringBuilder sb = new StringBuilder();
        field(sb, "previous", previousHash);
        field(sb, "session", String.valueOf(c.sessionId()));
        field(sb, "enrolment", String.valueOf(c.enrolmentId()));
        field(sb, "part", c.partKey());
        field(sb, "scope", c.scope() == null ? null : c.scope().name());
        field(sb, "subjectKey", c.subjectKey());
        field(sb, "subject", c.subject());
        field(sb, "decision", c.decision() == null ? null : c.decision().name());
        field(sb, "reason", c.reason());
        field(sb, "divergent", String.valueOf(c.divergent()));
        field(sb, "againstCriteria", String.valueOf(c.againstCriteria()));
        field(sb, "decidedBy", c.decidedBy());
        field(sb, "decidedAt", c.decidedAt() == null ? null : truncate(c.decidedAt()).toString());
        return sha256(sb.toString());
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

    private static void field(StringBuilder sb, String name, String value) {
        // length-prefixed, so that no two different contents give the same text
        sb.append(name).append('=');
        if (value == null) {
            sb.append('-');
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append('\n');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
    }
}
