-- Deliberation: each candidate's decision at a session (versioned: an appeal adds a version, nothing is deleted),
-- the incidents of the session, the jurors' signatures of the PV, the appeals (recours gracieux).

CREATE TABLE candidate_deliberation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT        NOT NULL,
    enrolment_id     BIGINT        NOT NULL,
    candidate_id     BIGINT        NOT NULL,
    -- 1 at the session; 2, 3… after an appeal
    version          INT           NOT NULL,
    -- the version in force (exactly one per enrolment)
    current_version  BOOLEAN       NOT NULL,
    attendance       VARCHAR(10)   NOT NULL,
    final_interview  VARCHAR(20),
    fraud_report     VARCHAR(4000),
    -- the jury's decision per CCP, as decided: "1=ACQUIRED;2=NOT_ACQUIRED" (CCS: "CCS=ACQUIRED")
    ccp_decisions    VARCHAR(500)  NOT NULL,
    acquired_now     VARCHAR(200)  NOT NULL,
    held_after       VARCHAR(200)  NOT NULL,
    computed_outcome VARCHAR(20)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    override_reason  VARCHAR(2000),
    notes            TEXT,
    appeal_id        BIGINT,
    decided_by       VARCHAR(100)  NOT NULL,
    decided_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_deliberation_version UNIQUE (enrolment_id, version),
    CONSTRAINT fk_deliberation_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_deliberation_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_deliberation_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT ck_deliberation_attendance CHECK (attendance IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    CONSTRAINT ck_deliberation_interview CHECK (final_interview IN ('HELD_FAVOURABLY', 'HELD_UNFAVOURABLY',
                                                                    'NOT_HELD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_deliberation_session ON candidate_deliberation (session_id, current_version);

CREATE TABLE session_incident (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT        NOT NULL,
    -- null: an incident of the session as a whole
    enrolment_id BIGINT,
    description  VARCHAR(4000) NOT NULL,
    reported_by  VARCHAR(100)  NOT NULL,
    reported_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_incident_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_incident_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_incident_session ON session_incident (session_id, reported_at);

-- a juror's signature of the PV: the SHA-256 of the PV's content signed; a signature of another content no
-- longer counts (the deliberation changed after it)
CREATE TABLE pv_signature (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    juror_id     BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    juror_name   VARCHAR(300) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    signed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_pv_signature UNIQUE (session_id, juror_id, content_hash),
    CONSTRAINT fk_signature_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_signature_juror FOREIGN KEY (juror_id) REFERENCES juror (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the PV as signed: its date, and its current version (1, then one more per rectification after an appeal)
CREATE TABLE session_pv (
    session_id   BIGINT      NOT NULL PRIMARY KEY,
    pv_date      DATE        NOT NULL,
    pv_version   INT         NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    signed_at    DATETIME(6) NOT NULL,
    validated_at DATETIME(6),
    validated_by VARCHAR(100),
    CONSTRAINT fk_pv_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appeal (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT        NOT NULL,
    enrolment_id    BIGINT        NOT NULL,
    candidate_id    BIGINT        NOT NULL,
    received_on     DATE          NOT NULL,
    motive          VARCHAR(4000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    deliberation_id BIGINT,
    decided_at      DATETIME(6),
    decided_by      VARCHAR(100),
    -- the jury's written reason for its new decision
    decision_reason VARCHAR(2000),
    CONSTRAINT fk_appeal_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_appeal_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_appeal_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_appeal_deliberation FOREIGN KEY (deliberation_id) REFERENCES candidate_deliberation (id),
    CONSTRAINT ck_appeal_status CHECK (status IN ('RECEIVED', 'DECIDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_appeal_session ON appeal (session_id);

ALTER TABLE candidate_deliberation
    ADD CONSTRAINT fk_deliberation_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id);

-- the session whose deliberation issued the document (livret, parchemin, PV): the centre's ZIP of a session
ALTER TABLE issued_document ADD COLUMN session_id BIGINT NULL;
ALTER TABLE issued_document
    ADD CONSTRAINT fk_document_session FOREIGN KEY (session_id) REFERENCES exam_session (id);
CREATE INDEX ix_document_session ON issued_document (session_id, status);
