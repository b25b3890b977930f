-- Issue 18 (paperwork): the émargement of a session day, ticked on a tablet by the invigilator (centre staff of the
-- session or one of its jurors). Append-only: every tick is a new row with who and when (the audit trail); the
-- émargement in force for a candidate and an épreuve is the latest row. Read-only once the session is closed.
CREATE TABLE session_emargement (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    enrolment_id BIGINT       NOT NULL,
    -- the épreuve as the timetable names it, e.g. « CCP 1 – Mise en situation professionnelle »
    epreuve      VARCHAR(255) NOT NULL,
    day          DATE         NOT NULL,
    present      BOOLEAN      NOT NULL,
    -- the candidate's signature captured on the tablet: a PNG data URL (none for an absence)
    signature    MEDIUMTEXT,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_emargement_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_emargement_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_emargement_session ON session_emargement (session_id, enrolment_id, epreuve, id);
