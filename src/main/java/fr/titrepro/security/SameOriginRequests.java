package fr.titrepro.security;

import fr.titrepro.shared.error.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Defence against cross-site request forgery of the pages' forms, on top of the session cookie's SameSite=Lax: a
 * request that changes something (POST, PUT, PATCH, DELETE) and names another site as its {@code Origin} — or, when
 * the browser sends no Origin, as its {@code Referer} — is refused (403) before anything is done. Requests that carry
 * neither header (API clients with a bearer token, scripts) are not browser form posts and pass.
 */
public class SameOriginRequests {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @ConfigProperty(name = "titrepro.documents.public-base-url")
    String publicUrl;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        refusal(request.getMethod(), request.getHeaderString("Origin"), request.getHeaderString("Referer"),
                request.getHeaderString("Host"), request.getHeaderString("X-Forwarded-Host"), publicUrl)
                .ifPresent(message -> {
                    throw ProblemException.forbidden(message);
                });
    }

    /**
     * Pure: why the request is refused, or empty.
     *
     * @param host          the Host header (the address the browser used)
     * @param forwardedHost the X-Forwarded-Host header set by a reverse proxy, or null
     * @param publicUrl     the platform's public address (TITREPRO_PUBLIC_URL)
     */
    static Optional<String> refusal(String method, String origin, String referer, String host, String forwardedHost,
                                    String publicUrl) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String claimed = origin != null && !origin.isBlank() ? origin.strip()
                : referer != null && !referer.isBlank() ? referer.strip() : null;
        if (claimed == null) {
            return Optional.empty();
        }
        String from = authority(claimed);
        boolean same = from != null && (from.equals(normalise(host)) || from.equals(normalise(forwardedHost))
                || from.equals(authority(publicUrl)));
        return same ? Optional.empty()
                : Optional.of("Requête refusée : elle a été envoyée depuis un autre site (« " + claimed
                + " »). Par sécurité, les formulaires de titrepro ne s'envoient que depuis titrepro lui-même.");
    }

    /** "host:port" of a URL, lower case, without the default port of its scheme; null when unreadable. */
    static String authority(String url) {
        if (url == null || url.isBlank() || "null".equals(url.strip())) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                    || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A Host header as an authority ("example.org:8443"); ports 80 and 443 are dropped like in {@link #authority}. */
    static String normalise(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
