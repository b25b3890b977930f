package fr.titrepro.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.titrepro.shared.cluster.ConnectionLoss;
import fr.titrepro.shared.web.ErrorPages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves as RFC 9457 problem+json (API) or as a French error page (browser pages):
 * never a stack trace or an exception class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String UNAVAILABLE_DETAIL = "Service momentanément indisponible, réessayez dans quelques secondes.";
    /** About HAProxy's time to mark a dead database node down (2 failed checks 1 s apart), plus a margin. */
    static final int RETRY_AFTER_SECONDS = 3;

    @ServerExceptionMapper
    public Response problem(ProblemException e, RoutingContext ctx) {
        return respond(ctx, e.toProblem(path(ctx)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, RoutingContext ctx) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return respond(ctx, Problem.of(ProblemType.VALIDATION,
                "La requête contient " + errors.size() + " champ(s) invalide(s).", path(ctx), errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, RoutingContext ctx) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message = field.isEmpty()
                ? "Le corps de la requête n'est pas un JSON valide."
                : e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                ? "Valeur inconnue « " + f.getValue() + " » : " + Arrays.stream(f.getTargetType().getEnumConstants())
                .map(String::valueOf).collect(Collectors.joining(", ")) + "."
                : "Valeur illisible ou de mauvais type.";
        return respond(ctx, Problem.of(ProblemType.BAD_REQUEST, message, path(ctx),
                field.isEmpty() ? List.of() : List.of(new FieldError(field, message))));
    }

    /** Takes precedence over Quarkus' own mapper of this exception, which does not answer in problem+json. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, RoutingContext ctx) {
        return unreadableJson(e, ctx);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext ctx) {
        return respond(ctx, Problem.of(ProblemType.NOT_FOUND, "Cette adresse ne correspond à aucune ressource.",
                path(ctx), List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext ctx) {
        return respond(ctx, Problem.of(ProblemType.FORBIDDEN,
                "Votre rôle ne permet pas cette action.", path(ctx), List.of()));
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext ctx) {
        return challenge(ctx);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext ctx) {
        return challenge(ctx);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, RoutingContext ctx) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
        String detail = switch (e) {
            case NotAllowedException ignored -> "Méthode HTTP non autorisée sur cette adresse.";
            case NotSupportedException ignored -> "Format de contenu non pris en charge par cette adresse.";
            default -> type.title() + ".";
        };
        if (status >= 500) {
            LOG.error("Erreur serveur sur " + path(ctx), e);
        }
        return respond(ctx, Problem.withStatus(type, status, detail, path(ctx)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (MalformedForm.isMalformedForm(e, type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED))) {
            return respond(ctx, Problem.of(ProblemType.BAD_REQUEST, MalformedForm.DETAIL, path(ctx), List.of()));
        }
        if (ConnectionLoss.is(e)) {
            return unavailable(e, ctx);
        }
        LOG.error("Erreur inattendue sur " + path(ctx), e);
        return respond(ctx, Problem.of(ProblemType.INTERNAL,
                "Une erreur inattendue s'est produite ; elle a été journalisée.", path(ctx), List.of()));
    }

    /**
     * The database connection was lost (the node died, the pool timed out): the client may try again in a few seconds,
     * when HAProxy sends the new connections to a live node; never a 500.
     */
    private Response unavailable(Exception e, RoutingContext ctx) {
        LOG.warnf("Connexion à la base perdue sur %s : 503 (%s)", path(ctx), RootCause.of(e).getMessage());
        Response problem = respond(ctx, Problem.of(ProblemType.UNAVAILABLE, UNAVAILABLE_DETAIL, path(ctx), List.of()));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** API: 401 problem+json. Pages: the authentication mechanism's challenge (redirect to the Keycloak login). */
    private Uni<Response> challenge(RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        if (isApi(ctx) || authenticator == null) {
            return Uni.createFrom().item(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(ProblemType.UNAUTHORIZED,
                            "Un jeton d'accès valide est requis (Authorization: Bearer …).", path(ctx), List.of()))
                    .build());
        }
        return authenticator.getChallenge(ctx).map(challenge -> {
            Response.ResponseBuilder builder = Response.status(challenge.status);
            if (challenge.headerName != null) {
                builder.header(challenge.headerName.toString(), challenge.headerContent);
            }
            return builder.build();
        });
    }

    static Response respond(RoutingContext ctx, Problem problem) {
        if (!isApi(ctx) && acceptsHtml(ctx)) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorPages.error(problem).render()).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static boolean isApi(RoutingContext ctx) {
        return ctx.normalizedPath().startsWith("/api/") || ctx.normalizedPath().equals("/api");
    }

    private static boolean acceptsHtml(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static String path(RoutingContext ctx) {
        return ctx.normalizedPath();
    }

    private static String fieldPath(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.getLast() + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
