package fr.titrepro.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.titrepro.scoring.StaleVersionException;
import fr.titrepro.shared.error.Problem;
import fr.titrepro.shared.error.ProblemType;
import fr.titrepro.shared.metrics.BusinessMetrics;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A stale save: 409 problem+json carrying the current state (extension member "current"). */
public class StaleVersionMapper {

    /** RFC 9457 problem with the current state of what the device tried to overwrite. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaleProblem(String type, String title, int status, String detail, String instance, Object current) {
    }

    @Inject
    BusinessMetrics metrics;

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, RoutingContext ctx) {
        metrics.gridConflict();
        Problem p = Problem.of(ProblemType.CONFLICT, e.getMessage(), ctx.normalizedPath(), null);
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new StaleProblem(p.type(), p.title(), p.status(), p.detail(), p.instance(), e.current()))
                .build();
    }
}
