package fr.titrepro.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A bearer token that fails authentication is refused before any resource runs (proactive authentication):
 * on /api/** the 401 is answered as problem+json too, like every other API error.
 */
@ApplicationScoped
public class ApiAuthenticationFailures {

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route("/api/*").failureHandler(ctx -> {
            if (!(ctx.failure() instanceof AuthenticationFailedException) || ctx.response().headWritten()) {
                ctx.next();
                return;
            }
            Problem problem = Problem.of(ProblemType.UNAUTHORIZED,
                    "Le jeton d'accès est invalide ou expiré.", ctx.normalizedPath(), List.of());
            try {
                ctx.response().setStatusCode(401)
                        .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                ctx.next();
            }
        });
    }
}
