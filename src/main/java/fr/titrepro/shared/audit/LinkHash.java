package fr.titrepro.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a chain link: the previous link's hash and the link's fields, each length-prefixed so that no two
 * different contents give the same text. Pure.
 */
public final class LinkHash {

    /** The "previous hash" of the first link of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private final StringBuilder text = new StringBuilder();

    private LinkHash(String previousHash) {
        field("previous", previousHash);
    }

    /** Database timestamps keep microseconds: hash and sign what will be read back. */
    public static java.time.Instant truncate(java.time.Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static LinkHash after(String previousHash) {
        return new LinkHash(previousHash);
    }

    public LinkHash field(String name, Object value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            String s = value.toString();
            text.append(s.length()).append(':').append(s);
        }
        text.append('\n');
        return this;
    }

    public String sha256() {
        return sha256(text.toString());
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
    }
}
