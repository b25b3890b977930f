package fr.titrepro.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pages use the default (hybrid) tenant and log in through the code flow. A call to /api/** that carries a bearer
 * token, or no browser session at all, goes to the "api" tenant (bearer only), so it gets 401 rather than a
 * redirect to a login page. Pages' own scripts, which send the session cookie, stay on the default tenant.
 */
@ApplicationScoped
public class ApiTenantResolver implements TenantResolver {

    static final String API_TENANT = "api";
    /**
     * Named explicitly: a null answer lets Quarkus' static resolution pick the tenant whose id is a segment of the
     * path, i.e. "api" for /api/**, and the browser session would be ignored (links to PDFs from pages got 401).
     */
    static final String DEFAULT_TENANT = "Default";
    private static final String SESSION_COOKIE = "q_session";

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        if (context.request().getHeader("Authorization") != null) {
            return API_TENANT;
        }
        return hasSession(context) ? DEFAULT_TENANT : API_TENANT;
    }

    /** The session cookie is split into q_session_chunk_N cookies when the tokens are large. */
    private static boolean hasSession(RoutingContext context) {
        return context.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }
}
