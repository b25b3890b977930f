package fr.titrepro.centre;

/**
 * SIRET of an establishment (INSEE): 14 digits, SIREN (9) + NIC (5), whose last digit is a Luhn check digit.
 * Exception stated by INSEE for La Poste (SIREN 356 000 000): only its head office (356 000 000 00048) satisfies
 * Luhn; for every other La Poste establishment the sum of the 14 digits must be a multiple of 5.
 */
public final class SiretPolicy {

    static final String LA_POSTE_SIREN = "356000000";
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private SiretPolicy() {
    }

    /** Digits only: the spaces, dots and dashes people type between the groups are dropped. */
    public static String normalise(String siret) {
        return siret == null ? null : siret.replaceAll("[\\s.\\-]", "");
    }

    /** The French reason why the (normalised) SIRET is refused, or null when it is valid. */
    public static String refusal(String siret) {
        if (siret == null || siret.isBlank()) {
            return "Champ obligatoire.";
        }
        if (!siret.matches("\\d{14}")) {
            return "Le SIRET compte exactement 14 chiffres.";
        }
        if (!isValid(siret)) {
            return "SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les chiffres).";
        }
        return null;
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return siret.equals(LA_POSTE_HEAD_OFFICE) || digitSum(siret) % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    /** Completes 13 digits with their Luhn check digit (test data and demo centres). */
    public static String withCheckDigit(String thirteenDigits) {
        for (int d = 0; d <= 9; d++) {
            if (luhn(thirteenDigits + d)) {
                return thirteenDigits + d;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
