package fr.titrepro.document.longterm;

import fr.titrepro.document.longterm.TimestampRenewalPolicy.Decision;
import fr.titrepro.document.longterm.TimestampRenewalPolicy.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which archived PDF needs a new document timestamp (issue 16). Sources: ETSI EN 319 142-1 § 5.5 (PAdES B-LTA: the
 * archive timestamp is renewed « before the expiration of the certificate of the TSA » or before its algorithms
 * weaken); ETSI TS 119 312 (SHA-1 and MD5 no longer acceptable for new timestamps). Checked on 2027-01-01, margin in
 * days (the setting {@code titrepro.documents.timestamp-renewal.margin}, one year by default).
 */
class TimestampRenewalPolicyTest {

    static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    static final String SHA256 = "2.16.840.1.101.3.4.2.1";

    @ParameterizedTest(name = "authority until {0}, digest {1}, margin {2} d → {3}")
    @CsvSource(nullValues = "NULL", textBlock = """
            2067-01-01T00:00:00Z, 2.16.840.1.101.3.4.2.1, 365, KEEP
            2028-01-02T00:00:00Z, 2.16.840.1.101.3.4.2.1, 365, KEEP
            2028-01-01T00:00:00Z, 2.16.840.1.101.3.4.2.1, 365, RENEW_EXPIRING
            2027-06-30T00:00:00Z, 2.16.840.1.101.3.4.2.1, 365, RENEW_EXPIRING
            2026-12-31T00:00:00Z, 2.16.840.1.101.3.4.2.1, 365, RENEW_EXPIRING
            2027-06-30T00:00:00Z, 2.16.840.1.101.3.4.2.1, 90,  KEEP
            2027-03-31T00:00:00Z, 2.16.840.1.101.3.4.2.1, 90,  RENEW_EXPIRING
            2067-01-01T00:00:00Z, 1.3.14.3.2.26,          365, RENEW_WEAK_DIGEST
            2067-01-01T00:00:00Z, 1.2.840.113549.2.5,     365, RENEW_WEAK_DIGEST
            2067-01-01T00:00:00Z, 2.16.840.1.101.3.4.2.3, 365, KEEP
            NULL,                 NULL,                   365, ARCHIVE_MISSING
            """)
    void decide(String authorityNotAfter, String digest, long marginDays, Decision expected) {
        Optional<Evidence> evidence = authorityNotAfter == null ? Optional.empty()
                : Optional.of(new Evidence(Instant.parse(authorityNotAfter), digest));
        Decision decision = TimestampRenewalPolicy.decide(evidence, NOW, Duration.ofDays(marginDays));
        assertThat(decision).isEqualTo(expected);
        assertThat(decision.renew()).isEqualTo(expected != Decision.KEEP);
    }
}
