-- Imports of candidate files run in the background so that the page can show their progress; the file itself is
-- never stored (personal data), only what the import did.
CREATE TABLE candidate_import_job (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id       BIGINT       NOT NULL,
    started_by      VARCHAR(100) NOT NULL,
    file_name       VARCHAR(255),
    link_existing   BOOLEAN      NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    total_rows      INT          NOT NULL DEFAULT 0,
    processed_rows  INT          NOT NULL DEFAULT 0,
    created_count   INT,
    linked_count    INT,
    already_count   INT,
    message         VARCHAR(1000),
    errors_json     MEDIUMTEXT,
    created_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6),
    CONSTRAINT fk_import_job_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_import_job_status CHECK (status IN ('PENDING', 'ANALYSING', 'WRITING', 'DONE', 'REFUSED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_import_job_user ON candidate_import_job (started_by, created_at);
