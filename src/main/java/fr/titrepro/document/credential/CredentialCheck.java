package fr.titrepro.document.credential;

import java.time.Instant;

/** What the verification of a pasted credential concludes, in French for the page and as JSON. */
public record CredentialCheck(Verdict verdict, String message, String holderName, String achievement, String code,
                              Instant validFrom) {

    public enum Verdict {
        VALID("valide"),
        REVOKED("révoqué"),
        SUPERSEDED("remplacé"),
        TAMPERED("falsifié ou illisible");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static CredentialCheck tampered(String reason) {
        return new CredentialCheck(Verdict.TAMPERED, reason, null, null, null, null);
    }
}
