package fr.titrepro.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The run command's demo data (issue 17): the one startup observer, on only with {@code titrepro.demo.enabled}
 * (profiles {@code demo} and {@code dev}). It runs after the shipped référentiels (priority 10) and calls the demo
 * builders in the order written in {@link #load()}: each step uses what the steps before it made. Every builder is
 * idempotent, so a restart creates nothing twice. A step that fails is logged and skipped: demo data never keeps the
 * application from starting.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);
    /** The jury of the session in progress: the first two at least must be free today. */
    static final List<String> SCORING_JURY = List.of("jury", "jury2", "jury3");

    @ConfigProperty(name = "titrepro.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CentreCandidateDemo centresAndCandidates;

    @Inject
    SessionJuryDemo sessionsAndJuries;

    @Inject
    ScoringDemo grids;

    @Inject
    DeliberationDemo deliberations;

    @Inject
    DocumentDemo documents;

    @Inject
    VaeDemo vae;

    @Inject
    InsightHistoryDemo history;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** The demo, in its order; returns the time it took in milliseconds. */
    public long load() {
        long start = System.nanoTime();
        step("centres et candidats", centresAndCandidates::load);
        step("jurés et session programmée", sessionsAndJuries::load);
        // before the session in progress: « candidat », who then holds the title, is not enrolled in it
        step("livret et parchemin de « candidat »", documents::load);
        step("session en cours de notation", () -> grids.load("centre", SCORING_JURY, "jury2"));
        step("session en délibération", () -> deliberations.load("centre2", List.of("jury", "jury2")));
        step("demandes VAE", vae::load);
        step("historique du tableau de bord qualité", history::load);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Données de démonstration prêtes en %d ms.", millis);
        return millis;
    }

    private static void step(String name, Runnable builder) {
        long start = System.nanoTime();
        try {
            builder.run();
            LOG.infof("Démo : %s en %d ms.", name, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Démo : « " + name + " » non chargé : " + e.getMessage(), e);
        }
    }
}
