package fr.titrepro.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/** Settings of the issued documents (prefix {@code titrepro.documents}). */
@ConfigMapping(prefix = "titrepro.documents")
public interface DocumentConfig {

    /** Public address of the platform: the QR code of each document leads to {@code <this>/verify/<code>}. */
    @WithDefault("http://127.0.0.1:8080")
    String publicBaseUrl();

    /** The verification page of a code: {@code <public base URL>/verify/<code>}. */
    default String verificationUrl(String code) {
        String base = publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + code;
    }

    /** The authority printed on the PV de session's validation block (one for the platform, for now). */
    Authority authority();

    /**
     * Who signs the livrets and parchemins for the DREETS (DEETS overseas) of each region, keyed by the code of the
     * {@link Region} where the session took place: {@code titrepro.documents.regions."ARA".signatory-name}. A region
     * without a signatory issues nothing: the PV validation is refused with a message naming the region.
     */
    Map<String, RegionalSignatory> regions();

    Signing signing();

    /**
     * The RFC 3161 timestamp authority of the PAdES B-LTA signatures (issue 16). Absent: a local authority in the
     * JVM with its own test chain (dev, demo, tests), trusted by nobody, never for production.
     */
    Optional<String> tsaUrl();

    /** The issuer of the verifiable credentials (issue 16), as relying parties read it. */
    @WithDefault("Ministère chargé de l'emploi – DREETS")
    String credentialIssuerName();

    Verification verification();

    /** The renewal of the PDFs' archive timestamps (issue 16). */
    TimestampRenewal timestampRenewal();

    /** The competent authority printed under the place and date of issue. */
    interface Authority {
        @WithDefault("Pour le ministre et par délégation, le directeur régional de l'économie, de l'emploi, du travail "
                + "et des solidarités")
        String title();

        @WithDefault("Camille Durand")
        String name();
    }

    /** The representative of one region's DREETS, as printed under « Fait à …, le … ». */
    interface RegionalSignatory {
        String signatoryName();

        @WithDefault("Pour le ministre et par délégation, le directeur régional de l'économie, de l'emploi, du travail "
                + "et des solidarités")
        String signatoryTitle();
    }

    /**
     * The platform's signing key (PAdES). With no keystore, a demo key and self-signed certificate are generated
     * once and kept in the database (dev, demo, tests): never for production.
     */
    interface Signing {
        /** Path of a PKCS#12 keystore. */
        Optional<String> keystore();

        Optional<String> password();

        /** Alias of the key entry; the first key entry when absent. */
        Optional<String> alias();

        /** Written in the signature dictionary (/Location). */
        @WithDefault("France")
        String location();
    }

    /**
     * The job that adds a new document timestamp to the archived PDFs whose last timestamp's authority certificate
     * ends within {@link #margin()} (PAdES B-LTA renewal): one instance of the cluster at a time ({@code JobLease}).
     */
    interface TimestampRenewal {
        /** Quartz cron of the job; « off » disables it (tests). */
        @WithDefault("0 15 2 * * ?")
        String cron();

        /** How long before the authority's certificate ends the timestamp is renewed. */
        @WithDefault("P365D")
        java.time.Duration margin();

        /** Documents examined at most per run (the rest on the next runs). */
        @WithDefault("2000")
        int batch();
    }

    /** Rate limit of the public verification page, per client IP (token bucket). */
    interface Verification {
        /** Requests a client may make at once. */
        @WithDefault("30")
        int burst();

        /** Requests a client regains per minute. */
        @WithDefault("30")
        int perMinute();

        /** Clients tracked at most; the idle ones are forgotten first. */
        @WithDefault("20000")
        int trackedClients();
    }
}
