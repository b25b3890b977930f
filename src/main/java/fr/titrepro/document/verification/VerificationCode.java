package fr.titrepro.document.verification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public code printed on a document: 12 characters drawn by SecureRandom from 31 symbols without the ambiguous
 * 0/O, 1/I/L (31^12 ≈ 7.9 × 10^17 possibilities), shown as XXXX-XXXX-XXXX. It says nothing of the document's id.
 */
public final class VerificationCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PRINTED = Pattern.compile("(?i)[" + ALPHABET + "]{4}(-[" + ALPHABET + "]{4}){2}");

    private VerificationCode() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(SecureRandom random) {
        StringBuilder sb = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * Whether {@code typed} is a whole code written as printed, with its dashes (any case, spaces around): its 31
     * symbols may all be letters, so a code is told from a name by its form, not by a digit.
     */
    public static boolean isPrinted(String typed) {
        return typed != null && PRINTED.matcher(typed.strip()).matches();
    }

    /**
     * The code in its printed form, from what a person may type (lower case, spaces, dashes or none), or
     * empty when it cannot be a code.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String raw = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (raw.length() != LENGTH) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            char c = raw.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            sb.append(c);
        }
        return Optional.of(sb.toString());
    }
}
