-- Scoring: each juror's evaluation grid of an enrolment, one per CCP taken (a snapshot of the référentiel: the
-- texts are copied, so that a later change of the référentiel never alters an existing grid), the score of every
-- criterion, the jury's agreed decisions (hash-chained per session), and the Envers history of every change.

CREATE TABLE evaluation_grid (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id        BIGINT       NOT NULL,
    enrolment_id      BIGINT       NOT NULL,
    candidate_id      BIGINT       NOT NULL,
    juror_id          BIGINT       NOT NULL,
    -- "CCP1", "CCP2"… or "CCS-<code>": the same key in every juror's grid of the enrolment
    part_key          VARCHAR(60)  NOT NULL,
    ccp_number        INT,
    title             VARCHAR(700) NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    proposed_decision VARCHAR(12),
    submitted_at      DATETIME(6),
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6),
    updated_by        VARCHAR(100),
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_grid UNIQUE (enrolment_id, juror_id, part_key),
    CONSTRAINT fk_grid_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_grid_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_grid_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_grid_juror FOREIGN KEY (juror_id) REFERENCES juror (id),
    CONSTRAINT ck_grid_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT ck_grid_decision CHECK (proposed_decision IN ('ACQUIRED', 'NOT_ACQUIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_grid_session_juror ON evaluation_grid (session_id, juror_id);

-- a competency (professional, transversal, of a CCS) with its criteria, or the épreuves, the DP, the ECF, the
-- entretien final
CREATE TABLE grid_section (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grid_id           BIGINT       NOT NULL,
    position          INT          NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    section_key       VARCHAR(20)  NOT NULL,
    title             VARCHAR(700) NOT NULL,
    description       TEXT,
    proposed_decision VARCHAR(12),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(100),
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_section UNIQUE (grid_id, section_key),
    CONSTRAINT fk_section_grid FOREIGN KEY (grid_id) REFERENCES evaluation_grid (id) ON DELETE CASCADE,
    CONSTRAINT ck_section_kind CHECK (kind IN ('COMPETENCY', 'TRANSVERSAL', 'CCS_COMPETENCY', 'ASSESSMENTS',
                                               'DOSSIER', 'ECF', 'FINAL_INTERVIEW')),
    CONSTRAINT ck_section_decision CHECK (proposed_decision IN ('ACQUIRED', 'NOT_ACQUIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one line a juror scores: a performance criterion, an épreuve, the DP, the ECF, the entretien final
-- (source_criterion_id has no foreign key on purpose: a replaced référentiel rewrites its criteria)
CREATE TABLE grid_criterion (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grid_id             BIGINT        NOT NULL,
    section_id          BIGINT        NOT NULL,
    position            INT           NOT NULL,
    item_key            VARCHAR(40)   NOT NULL,
    text                VARCHAR(1000) NOT NULL,
    source_criterion_id BIGINT,
    score               VARCHAR(12),
    observation         VARCHAR(2000),
    updated_at          DATETIME(6),
    updated_by          VARCHAR(100),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_grid_criterion UNIQUE (grid_id, item_key),
    CONSTRAINT fk_criterion_grid FOREIGN KEY (grid_id) REFERENCES evaluation_grid (id) ON DELETE CASCADE,
    CONSTRAINT fk_criterion_section FOREIGN KEY (section_id) REFERENCES grid_section (id) ON DELETE CASCADE,
    CONSTRAINT ck_criterion_score CHECK (score IN ('MET', 'NOT_MET', 'NOT_OBSERVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the jury's agreed decisions, append-only: a change is a new record; each record carries the SHA-256 of the
-- previous record of the same session (GENESIS: 64 zeros), so that any modified, removed or inserted row is detected
CREATE TABLE agreed_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT        NOT NULL,
    enrolment_id    BIGINT        NOT NULL,
    part_key        VARCHAR(60)   NOT NULL,
    scope           VARCHAR(12)   NOT NULL,
    subject_key     VARCHAR(20)   NOT NULL,
    subject         VARCHAR(700)  NOT NULL,
    decision        VARCHAR(12)   NOT NULL,
    reason          VARCHAR(2000),
    divergent       BOOLEAN       NOT NULL,
    against_criteria BOOLEAN      NOT NULL,
    decided_by      VARCHAR(100)  NOT NULL,
    decided_at      DATETIME(6)   NOT NULL,
    previous_hash   CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    CONSTRAINT fk_decision_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_decision_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_decision_scope CHECK (scope IN ('COMPETENCY', 'CCP')),
    CONSTRAINT ck_decision_value CHECK (decision IN ('ACQUIRED', 'NOT_ACQUIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_decision_session ON agreed_decision (session_id, id);
CREATE INDEX ix_decision_enrolment ON agreed_decision (enrolment_id, id);

-- Hibernate Envers: one revision per transaction that changed an audited row, with who and when.
-- REV is AUTO_INCREMENT (revision entity fr.titrepro.shared.audit.AuditRevision, GenerationType.IDENTITY).
CREATE TABLE revinfo (
    rev      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revtstmp BIGINT       NOT NULL,
    username VARCHAR(100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE grid_criterion_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    grid_id     BIGINT,
    score       VARCHAR(12),
    observation VARCHAR(2000),
    updated_at  DATETIME(6),
    updated_by  VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_criterion_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_criterion_aud_grid ON grid_criterion_aud (grid_id, rev);

CREATE TABLE grid_section_aud (
    id                BIGINT       NOT NULL,
    rev               BIGINT       NOT NULL,
    revtype           TINYINT,
    grid_id           BIGINT,
    proposed_decision VARCHAR(12),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_section_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_section_aud_grid ON grid_section_aud (grid_id, rev);

CREATE TABLE evaluation_grid_aud (
    id                BIGINT       NOT NULL,
    rev               BIGINT       NOT NULL,
    revtype           TINYINT,
    status            VARCHAR(10),
    proposed_decision VARCHAR(12),
    submitted_at      DATETIME(6),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_grid_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
