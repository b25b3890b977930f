package fr.titrepro.shared.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's own counters, beside the HTTP, pool and JVM meters of Micrometer, read at {@code /q/metrics}
 * (Prometheus; docs/deployment.md « Metrics ») by the load runs and the monitoring. Grid saves, imports and
 * verifications are counted once their service returned, a conflict when it is answered; documents issued and bulk
 * enrolments inside their transaction, so that one rolled back afterwards (rare: a failed commit) stays counted.
 */
@ApplicationScoped
public class BusinessMetrics {

    private final Counter gridSaves;
    private final Counter gridConflicts;
    private final MeterRegistry registry;
    private final Counter verifications;
    private final Counter candidateImports;
    private final Counter candidatesImported;
    private final Counter bulkEnrolments;
    private final Counter bulkEnrolled;

    public BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
        gridSaves = Counter.builder("titrepro.grid.saves").description("Lignes de grille enregistrées (notes et "
                + "éléments consultés)").register(registry);
        gridConflicts = Counter.builder("titrepro.grid.conflicts").description("Sauvegardes de grille refusées "
                + "(409) : la ligne avait changé depuis la version de l'appareil").register(registry);
        verifications = Counter.builder("titrepro.verifications").description("Vérifications de documents par "
                + "leur code (page publique et API)").register(registry);
        candidateImports = Counter.builder("titrepro.candidate.imports").description("Imports CSV de candidats "
                + "terminés").register(registry);
        candidatesImported = Counter.builder("titrepro.candidate.imported").description("Candidats créés ou "
                + "rattachés par les imports CSV").register(registry);
        bulkEnrolments = Counter.builder("titrepro.enrolments.bulk").description("Inscriptions groupées "
                + "enregistrées (requêtes)").register(registry);
        bulkEnrolled = Counter.builder("titrepro.enrolments.bulk.candidates").description("Candidats inscrits "
                + "par des inscriptions groupées").register(registry);
    }

    public void gridSaved() {
        gridSaves.increment();
    }

    public void gridConflict() {
        gridConflicts.increment();
    }

    /** A new document (a new version of its series; the same data issued again is not counted). */
    public void documentIssued(String kind) {
        Counter.builder("titrepro.documents.issued").description("Documents délivrés (livrets, parchemins, PV)")
                .tag("kind", kind).register(registry).increment();
    }

    public void verified() {
        verifications.increment();
    }

    public void candidatesImported(int candidates) {
        candidateImports.increment();
        candidatesImported.increment(candidates);
    }

    public void bulkEnrolled(int candidates) {
        bulkEnrolments.increment();
        bulkEnrolled.increment(candidates);
    }
}
