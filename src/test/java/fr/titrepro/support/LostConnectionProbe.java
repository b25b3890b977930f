package fr.titrepro.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * Test-only endpoint (test sources, never packaged): a read whose connection is killed in the middle of its
 * transaction, so that the answer the platform gives to a lost connection is observed through HTTP with the real
 * exception chain (MariaDB driver, Agroal, Hibernate, Narayana). Hidden from the OpenAPI document, whose routes
 * are the authorization matrix's (AuthorizationMatrixTest): it is no route of the platform.
 */
@Path("/api/test-only/lost-connection")
public class LostConnectionProbe {

    @Inject
    EntityManager em;

    @Inject
    ConnectionKiller killer;

    @GET
    @PermitAll
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult()).longValue();
            killer.kill(id);
            return Map.of("lines", em.createNativeQuery("SELECT COUNT(*) FROM grid_criterion").getSingleResult());
        });
    }
}
