-- Issue 11: the title (or a CCS) obtained is a fact of its own, recorded when the administration validates the PV
-- that granted it: date (the jury's deliberation), session and PV version. It is never inferred from the CCPs held:
-- a candidate may hold every CCP and have been refused the title at the entretien final.
CREATE TABLE obtained_title (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidate_id     BIGINT       NOT NULL,
    title_version_id BIGINT       NOT NULL,
    -- null for the title itself, the CCS code for a certificat complémentaire de spécialisation
    ccs_code         VARCHAR(40),
    obtained_on      DATE         NOT NULL,
    place            VARCHAR(255) NOT NULL,
    session_id       BIGINT,
    pv_version       INT,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    -- a unique key cannot hold a null ccs_code twice in MariaDB: the generated column makes it comparable
    ccs_key          VARCHAR(40) AS (COALESCE(ccs_code, '')) PERSISTENT,
    CONSTRAINT uq_obtained_title UNIQUE (candidate_id, title_version_id, ccs_key),
    CONSTRAINT fk_obtained_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_obtained_version FOREIGN KEY (title_version_id) REFERENCES title_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
