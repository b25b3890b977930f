-- Exam sessions: the juror registry, sessions and their lifecycle, jury, conflicts of interest, enrolments.

-- a professional of the trade, linked to a Keycloak user (role "juror") by user name
CREATE TABLE juror (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    first_name          VARCHAR(100) NOT NULL,
    email               VARCHAR(255),
    phone               VARCHAR(30),
    profession          VARCHAR(255) NOT NULL,
    employer            VARCHAR(255) NOT NULL,
    years_of_experience INT          NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_juror_username UNIQUE (username),
    CONSTRAINT ck_juror_experience CHECK (years_of_experience >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_juror_names ON juror (last_name, first_name);

-- habilitation of a juror for a title (all versions of the code), for a period
CREATE TABLE juror_habilitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    juror_id    BIGINT       NOT NULL,
    title_code  VARCHAR(16)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_until DATE         NOT NULL,
    granted_at  DATETIME(6)  NOT NULL,
    granted_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_habilitation_juror FOREIGN KEY (juror_id) REFERENCES juror (id),
    CONSTRAINT ck_habilitation_period CHECK (valid_until >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_habilitation_title ON juror_habilitation (title_code, valid_from, valid_until);

-- a session titre (all CCPs + entretien final), CCP (chosen CCPs) or CCS, organised by an approved centre
CREATE TABLE exam_session (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_version_id BIGINT        NOT NULL,
    type             VARCHAR(5)    NOT NULL,
    ccs_code         VARCHAR(50),
    centre_id        BIGINT        NOT NULL,
    approval_id      BIGINT        NOT NULL,
    -- the site of the approval when the session was planned: printed on the convocations
    site_label       VARCHAR(700)  NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    capacity         INT           NOT NULL,
    manager_name     VARCHAR(255)  NOT NULL,
    manager_email    VARCHAR(255),
    status           VARCHAR(12)   NOT NULL,
    cancel_reason    VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       DATETIME(6),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_title_version FOREIGN KEY (title_version_id) REFERENCES title_version (id),
    CONSTRAINT fk_session_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_session_approval FOREIGN KEY (approval_id) REFERENCES centre_approval (id),
    CONSTRAINT ck_session_type CHECK (type IN ('TITLE', 'CCP', 'CCS')),
    CONSTRAINT ck_session_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'IN_PROGRESS', 'DELIBERATION', 'CLOSED',
                                                   'VALIDATED', 'CANCELLED')),
    CONSTRAINT ck_session_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_session_capacity CHECK (capacity >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_session_centre_dates ON exam_session (centre_id, start_date);
CREATE INDEX ix_session_dates ON exam_session (start_date, end_date);

-- the CCP numbers (of the session's title version) of a session CCP
CREATE TABLE exam_session_ccp (
    session_id BIGINT NOT NULL,
    ccp_number INT    NOT NULL,
    PRIMARY KEY (session_id, ccp_number),
    CONSTRAINT fk_session_ccp_session FOREIGN KEY (session_id) REFERENCES exam_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every change of state, with who and when (the creation is the first line, from_status NULL)
CREATE TABLE session_transition (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT        NOT NULL,
    from_status VARCHAR(12),
    to_status   VARCHAR(12)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    reason      VARCHAR(1000),
    CONSTRAINT fk_transition_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_transition_session ON session_transition (session_id, at);

CREATE TABLE jury_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT       NOT NULL,
    juror_id    BIGINT       NOT NULL,
    assigned_at DATETIME(6)  NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_jury_member UNIQUE (session_id, juror_id),
    CONSTRAINT fk_jury_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_jury_juror FOREIGN KEY (juror_id) REFERENCES juror (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_jury_juror ON jury_member (juror_id);

CREATE TABLE enrolment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    candidate_id    BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    final_interview BOOLEAN      NOT NULL,
    -- filled by the deliberation (issue 6): SUCCESS, PARTIAL_SUCCESS, FAILURE, ABSENT, EXCUSED; NULL until then
    outcome         VARCHAR(20),
    outcome_at      DATETIME(6),
    enrolled_at     DATETIME(6)  NOT NULL,
    enrolled_by     VARCHAR(100) NOT NULL,
    withdrawn_at    DATETIME(6),
    withdrawn_by    VARCHAR(100),
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment UNIQUE (session_id, candidate_id),
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_enrolment_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('ENROLLED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_enrolment_candidate ON enrolment (candidate_id);

-- the CCP numbers the candidate takes at this session
CREATE TABLE enrolment_ccp (
    enrolment_id BIGINT NOT NULL,
    ccp_number   INT    NOT NULL,
    PRIMARY KEY (enrolment_id, ccp_number),
    CONSTRAINT fk_enrolment_ccp_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a juror's declared link with a candidate of the session: excluded from that candidate's evaluation
CREATE TABLE conflict_of_interest (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT        NOT NULL,
    juror_id     BIGINT        NOT NULL,
    candidate_id BIGINT        NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    note         VARCHAR(1000),
    declared_at  DATETIME(6)   NOT NULL,
    declared_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_conflict UNIQUE (session_id, juror_id, candidate_id),
    CONSTRAINT fk_conflict_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_conflict_juror FOREIGN KEY (juror_id) REFERENCES juror (id),
    CONSTRAINT fk_conflict_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT ck_conflict_kind CHECK (kind IN ('TRAINER', 'EMPLOYER', 'COLLEAGUE', 'FAMILY', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
