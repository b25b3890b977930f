package fr.titrepro.document.longterm;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which archived document needs a new document timestamp (PAdES B-LTA « archive timestamp » renewal, ETSI EN 319
 * 142-1 § 5.5 and ETSI TS 119 102-1 on the validation of long-term data): a document timestamp proves the file as it
 * was only while its authority's certificate can still be validated and its digest algorithm is not broken; before
 * either happens a new timestamp over the whole file (previous timestamp and fresh validation data included) must be
 * added. Pure: no I/O, no clock.
 */
public final class TimestampRenewalPolicy {

    /** Digest algorithms no longer accepted for an archive timestamp (MD5, SHA-1; ETSI TS 119 312). */
    static final Set<String> WEAK_DIGESTS = Set.of("1.2.840.113549.2.5", "1.3.14.3.2.26");

    private TimestampRenewalPolicy() {
    }

    /** What to do with a document, and why (in French, for the job's log). */
    public enum Decision {
        KEEP("horodatage valable au-delà de la marge"),
        RENEW_EXPIRING("certificat de l'autorité d'horodatage expirant dans la marge"),
        RENEW_WEAK_DIGEST("algorithme d'empreinte affaibli"),
        ARCHIVE_MISSING("aucun horodatage de document (PAdES B-B ou B-T)");

        private final String reason;

        Decision(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        public boolean renew() {
            return this != KEEP;
        }
    }

    /** What the policy needs of the last document timestamp. */
    public record Evidence(Instant authorityNotAfter, String digestAlgorithm) {
    }

    /**
     * @param last   the last document timestamp, empty when the file has none
     * @param now    the time of the check
     * @param margin how long before the authority's certificate ends the timestamp is renewed (e.g. one year)
     */
    public static Decision decide(Optional<Evidence> last, Instant now, Duration margin) {
        if (last.isEmpty()) {
            return Decision.ARCHIVE_MISSING;
        }
        if (WEAK_DIGESTS.contains(last.get().digestAlgorithm())) {
            return Decision.RENEW_WEAK_DIGEST;
        }
        return now.plus(margin).isBefore(last.get().authorityNotAfter()) ? Decision.KEEP : Decision.RENEW_EXPIRING;
    }

    public static Optional<Evidence> evidence(Optional<DocumentTimestamps.Last> last) {
        return last.map(l -> new Evidence(l.authority().getNotAfter().toInstant(), l.digestAlgorithm()));
    }
}
