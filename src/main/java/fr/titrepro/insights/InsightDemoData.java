package fr.titrepro.insights;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The run command's demo (issue 19): after the other demo loaders, the dashboard's aggregates are rebuilt from the
 * validated sessions of the demo database (and, once a PV is validated in the demo, kept up to date by the hook).
 */
@ApplicationScoped
public class InsightDemoData {

    private static final Logger LOG = Logger.getLogger(InsightDemoData.class);

    @ConfigProperty(name = "titrepro.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    InsightRefresher refresher;

    void onStart(@Observes @Priority(60) StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            LOG.infof("Démo tableau de bord qualité : agrégats de %d session(s) validée(s).", refresher.rebuild());
        } catch (RuntimeException e) {
            LOG.warn("Démo tableau de bord qualité non chargée : " + e.getMessage());
        }
    }
}
