package fr.titrepro.candidate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.titrepro.candidate.importing.ImportAnalysis;
import fr.titrepro.candidate.importing.ImportJob;
import fr.titrepro.candidate.importing.ImportResult;
import fr.titrepro.candidate.importing.ImportRowError;

import java.time.Instant;
import java.util.List;

/** Imports as the API shows them. */
public final class ImportViews {

    private ImportViews() {
    }

    /**
     * Dry run: the file as read, its first rows, every error, and what the import would do. {@code toCreate} counts
     * every person the centre does not follow yet, registered elsewhere or not (the dry run never tells which);
     * {@code toLink} is always 0, kept for compatibility.
     */
    public record AnalysisView(boolean valid, String encoding, String delimiter, List<String> header, int rows,
                               List<List<String>> preview, int toCreate, int toLink, int alreadyPresent,
                               List<ImportRowError> errors, String message) {
        static AnalysisView of(ImportAnalysis a) {
            String message = a.valid()
                    ? "Fichier valide : " + a.toCreate() + " à inscrire, " + a.alreadyPresent() + " déjà suivi(s) "
                    + "par votre centre."
                    : a.errors().size() + " erreur(s) : corrigez le fichier avant de l'importer.";
            return new AnalysisView(a.valid(), a.encoding(), a.delimiter(), a.header(), a.rowCount(), a.preview(),
                    a.toCreate(), a.toLink(), a.alreadyPresent(), a.errors(), message);
        }
    }

    public record ResultView(int rows, int created, int linked, int alreadyPresent, String message) {
        static ResultView of(ImportResult r) {
            return new ResultView(r.rows(), r.created(), r.linked(), r.alreadyPresent(), r.message());
        }
    }

    /** An import running in the background, polled by the import page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobView(long id, ImportJob.Status status, String statusLabel, boolean finished, int processed,
                          int total, int percent, String fileName, Integer created, Integer linked,
                          Integer alreadyPresent, String message, List<ImportRowError> errors, Instant startedAt,
                          Instant finishedAt) {
        static JobView of(ImportJob job, ImportJob.Status status, List<ImportRowError> errors) {
            int percent = status == ImportJob.Status.DONE ? 100
                    : job.totalRows == 0 ? 0 : Math.min(100, job.processedRows * 100 / job.totalRows);
            String message = status == ImportJob.Status.FAILED && job.message == null
                    ? "L'import a été interrompu (redémarrage du serveur) ; rien n'a été enregistré : relancez-le."
                    : job.message;
            return new JobView(job.id, status, status.label(), status.isFinal(), job.processedRows, job.totalRows,
                    percent, job.fileName, job.createdCount, job.linkedCount, job.alreadyCount, message,
                    errors.isEmpty() ? null : errors, job.createdAt, job.finishedAt);
        }
    }

    /** RFC 9457 problem of a refused import: every error with its line, column and French message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportProblem(String type, String title, int status, String detail, String instance,
                                List<ImportRowError> errors, int rows, String encoding, String delimiter) {
    }
}
