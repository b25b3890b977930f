package fr.titrepro.candidate.importing;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A background import of a candidate file, polled by the import page for its progress and its outcome. */
@Entity
@Table(name = "candidate_import_job")
public class ImportJob extends IdEntity {

    public enum Status {
        PENDING("En attente"), ANALYSING("Vérification du fichier"), WRITING("Enregistrement"), DONE("Terminé"),
        REFUSED("Refusé : rien n'a été enregistré"), FAILED("Échec : rien n'a été enregistré");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isFinal() {
            return this == DONE || this == REFUSED || this == FAILED;
        }
    }

    /** Beyond this, a job still running was interrupted (its transaction cannot last that long). */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);

    @Column(name = "centre_id")
    public Long centreId;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "link_existing")
    public boolean linkExisting;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "total_rows")
    public int totalRows;
    @Column(name = "processed_rows")
    public int processedRows;
    @Column(name = "created_count")
    public Integer createdCount;
    @Column(name = "linked_count")
    public Integer linkedCount;
    @Column(name = "already_count")
    public Integer alreadyCount;
    public String message;
    @Column(name = "errors_json")
    public String errorsJson;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The status as the page should show it: a job left running by a stopped server is reported as failed. */
    public Status effectiveStatus(Instant now) {
        return !status.isFinal() && createdAt.plus(STALE_AFTER).isBefore(now) ? Status.FAILED : status;
    }
}
