package fr.titrepro.document.credential;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the compact JWT in what a person pastes or uploads: the JWT itself, or the JSON envelope we hand out. */
final class PastedCredential {

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern ENVELOPE = Pattern.compile("\"id\"\\s*:\\s*\"data:application/vc\\+jwt,([^\"]+)\"");

    private PastedCredential() {
    }

    static Optional<String> jwt(String pasted) {
        if (pasted == null || pasted.isBlank() || pasted.length() > 200_000) {
            return Optional.empty();
        }
        String text = pasted.strip();
        Matcher envelope = ENVELOPE.matcher(text);
        String candidate = envelope.find() ? envelope.group(1) : text;
        return COMPACT.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
