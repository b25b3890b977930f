package fr.titrepro.referential;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the référentiels shipped with the platform at start-up; a restart creates nothing new. Runs first
 * (priority 10): the demo data of the other capabilities (priority 20 and later) refers to these titles.
 */
@ApplicationScoped
public class ShippedReferentialLoader {

    private static final Logger LOG = Logger.getLogger(ShippedReferentialLoader.class);

    @Inject
    ReferentialConfig config;

    @Inject
    ReferentialService service;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.loadShipped()) {
            return;
        }
        for (String file : config.shipped()) {
            ReferentialService.ImportResult result = service.importFile(read("referentiels/" + file), true);
            LOG.infof("Référentiel %s : %s", file, result.outcome());
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Référentiel livré introuvable : " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Référentiel livré illisible : " + resource, e);
        }
    }
}
