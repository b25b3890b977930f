package fr.titrepro.candidate.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the import jobs, each change in its own transaction: they must be visible to the page polling them
 * while the import's own transaction is still open (and must survive its rollback).
 */
@ApplicationScoped
public class ImportJobStore {

    @Inject
    ImportNotices notices;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ObjectMapper json;

    /** Finished jobs are kept this long: their error report quotes values of the file (personal data). */
    static final Duration KEPT = Duration.ofDays(7);

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(long centreId, String startedBy, String fileName, boolean link) {
        jobs.deleteFinishedBefore(Instant.now().minus(KEPT));
        ImportJob job = new ImportJob();
        job.centreId = centreId;
        job.startedBy = startedBy;
        job.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        job.linkExisting = link;
        job.status = ImportJob.Status.PENDING;
        job.createdAt = Instant.now();
        job.persist();
        return job.id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, ImportProgress.Phase phase, int done, int total) {
        ImportJob job = find(id);
        job.status = phase == ImportProgress.Phase.ANALYSING ? ImportJob.Status.ANALYSING : ImportJob.Status.WRITING;
        job.processedRows = done;
        job.totalRows = total;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(long id, ImportResult result) {
        ImportJob job = find(id);
        job.status = ImportJob.Status.DONE;
        job.totalRows = result.rows();
        job.processedRows = result.rows();
        job.createdCount = result.created();
        job.linkedCount = result.linked();
        job.alreadyCount = result.alreadyPresent();
        job.message = result.message();
        job.finishedAt = Instant.now();
        notices.finished(job, 0);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long id, String message, ImportAnalysis analysis) {
        ImportJob job = find(id);
        job.status = ImportJob.Status.REFUSED;
        job.totalRows = analysis.rowCount();
        job.message = message;
        job.errorsJson = write(analysis.errors());
        job.finishedAt = Instant.now();
        notices.finished(job, analysis.errors().size());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String message) {
        ImportJob job = find(id);
        job.status = ImportJob.Status.FAILED;
        job.message = message;
        job.finishedAt = Instant.now();
        notices.finished(job, 0);
    }

    public Optional<ImportJob> findById(long id) {
        return Optional.ofNullable(Panache.getEntityManager().find(ImportJob.class, id));
    }

    public List<ImportRowError> errorsOf(ImportJob job) {
        if (job.errorsJson == null) {
            return List.of();
        }
        try {
            return json.readValue(job.errorsJson, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Erreurs d'import illisibles (tâche " + job.id + ")", e);
        }
    }

    private String write(List<ImportRowError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Erreurs d'import impossibles à enregistrer", e);
        }
    }

    private static ImportJob find(long id) {
        return Panache.getEntityManager().find(ImportJob.class, id);
    }
}
