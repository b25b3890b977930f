package fr.titrepro.security.production;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Production needs a real RFC 3161 timestamp authority (issue 16): without {@code titrepro.documents.tsa-url} every
 * PAdES B-LTA timestamp would come from the local authority started in the JVM, whose root nobody trusts — the
 * documents' long-term proof would be worthless. Pure: no CDI, no I/O, no network (the URL is not contacted).
 */
public final class TimestampAuthorityPolicy {

    static final String SETTING = "titrepro.documents.tsa-url (TITREPRO_TSA_URL)";

    private TimestampAuthorityPolicy() {
    }

    /** The French refusal for this setting, or empty when production may use it. */
    public static Optional<String> refusal(Optional<String> tsaUrl) {
        String url = tsaUrl.map(String::strip).orElse("");
        if (url.isEmpty()) {
            return Optional.of(SETTING + " est absent : les documents seraient horodatés par l'autorité locale de "
                    + "test démarrée dans l'application, que personne ne reconnaît ; donnez l'adresse RFC 3161 de "
                    + "l'autorité d'horodatage (qualifiée) de production.");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of(SETTING + " « " + url + " » n'est pas une adresse valide.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.of(SETTING + " « " + url + " » n'est pas une adresse http(s) : l'horodatage RFC 3161 "
                    + "est demandé en HTTP (application/timestamp-query).");
        }
        return Optional.empty();
    }
}
