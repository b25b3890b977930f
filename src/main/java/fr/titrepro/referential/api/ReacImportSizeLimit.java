package fr.titrepro.referential.api;

import fr.titrepro.referential.reac.ReacImportService;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.Problem;
import fr.titrepro.shared.error.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Refuses a REAC larger than {@code titrepro.reac-import.max-megabytes} (a REAC PDF weighs a few megabytes) before its
 * body is read, with a French 413 problem+json (the server's own limit would answer 413 without a word).
 */
@ApplicationScoped
public class ReacImportSizeLimit {

    @Inject
    ReacImportService imports;

    void register(@Observes Filters filters) {
        filters.register(this::limit, 1000);
    }

    void limit(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.POST || !ReacImportResource.PATH.equals(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes <= imports.maxBytes()) {
            ctx.next();
            return;
        }
        String detail = "Le fichier est trop volumineux (" + (bytes / (1024 * 1024)) + " Mo) : un REAC ne doit pas "
                + "dépasser " + imports.maxBytes() / (1024 * 1024) + " Mo.";
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, detail, ctx.normalizedPath(),
                List.of(new FieldError("file", detail)));
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
    }
}
