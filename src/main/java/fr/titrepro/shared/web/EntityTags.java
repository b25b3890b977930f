package fr.titrepro.shared.web;

/**
 * Entity tags (RFC 9110 §8.8.3): the version of a file as a header, and whether a client asking again already holds
 * that version ({@code If-None-Match}, RFC 9110 §13.1.2).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The strong tag of a file known by its hash (e.g. the SHA-256 of a signed PDF, in hex). */
    public static String of(String hash) {
        return "\"" + hash + "\"";
    }

    /**
     * Whether an {@code If-None-Match} header names {@code tag}: « * » or one of its comma-separated tags, compared
     * weakly (a {@code W/} prefix ignored on either side), as RFC 9110 §13.1.2 asks for this header.
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || tag == null) {
            return false;
        }
        String wanted = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String s = candidate.strip();
            if (s.equals("*") || opaque(s).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String s = tag.strip();
        return s.startsWith("W/") ? s.substring(2) : s;
    }
}
