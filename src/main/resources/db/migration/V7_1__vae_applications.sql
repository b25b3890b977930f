-- VAE applications followed by an adviser: the person, the target title (or CCPs), the experiences with the
-- competencies they evidence, the applications already made that year, the eligibility and the recevabilité.

CREATE TABLE vae_application (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    adviser_username   VARCHAR(100)  NOT NULL,
    birth_name         VARCHAR(100)  NOT NULL,
    usage_name         VARCHAR(100),
    first_names        VARCHAR(255)  NOT NULL,
    sex                CHAR(1)       NOT NULL,
    birth_date         DATE          NOT NULL,
    birth_commune      VARCHAR(100),
    birth_department   VARCHAR(3),
    birth_country      VARCHAR(100),
    nationality        VARCHAR(100),
    email              VARCHAR(255),
    phone              VARCHAR(30),
    -- same normalisation as candidate.identity_key: the recevabilité links to the existing candidate
    identity_key       VARCHAR(400)  NOT NULL,
    title_code         VARCHAR(16)   NOT NULL,
    title_version      VARCHAR(20)   NOT NULL,
    application_date   DATE          NOT NULL,
    -- last eligibility computed at save time (ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE) and the rule set applied
    eligibility        VARCHAR(20)   NOT NULL,
    rule_set           VARCHAR(20)   NOT NULL,
    decision           VARCHAR(20),
    decision_date      DATE,
    decision_reasons   VARCHAR(2000),
    decision_reference VARCHAR(100),
    decided_by         VARCHAR(100),
    decided_at         DATETIME(6),
    candidate_id       BIGINT,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6),
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_vae_decision_reference UNIQUE (decision_reference),
    CONSTRAINT fk_vae_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT ck_vae_sex CHECK (sex IN ('F', 'M')),
    CONSTRAINT ck_vae_eligibility CHECK (eligibility IN ('ELIGIBLE', 'NOT_ELIGIBLE', 'INCOMPLETE')),
    CONSTRAINT ck_vae_decision CHECK (decision IS NULL OR decision IN ('RECEVABLE', 'NON_RECEVABLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_vae_adviser ON vae_application (adviser_username, created_at);
CREATE INDEX ix_vae_identity ON vae_application (identity_key);

-- target CCP numbers when the application is for some CCPs only (none: the whole title)
CREATE TABLE vae_application_ccp (
    application_id BIGINT NOT NULL,
    ccp_number     INT    NOT NULL,
    PRIMARY KEY (application_id, ccp_number),
    CONSTRAINT fk_vae_ccp_application FOREIGN KEY (application_id) REFERENCES vae_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vae_experience (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    organisation   VARCHAR(255),
    role           VARCHAR(255),
    kind           VARCHAR(30),
    start_date     DATE,
    end_date       DATE,
    ongoing        BOOLEAN       NOT NULL DEFAULT FALSE,
    hours_per_week DECIMAL(5, 2),
    total_hours    DECIMAL(8, 2),
    activities     TEXT,
    CONSTRAINT fk_vae_experience_application FOREIGN KEY (application_id) REFERENCES vae_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_vae_experience_application ON vae_experience (application_id, position);

-- REAC numbers of the competencies the activities of an experience evidence
CREATE TABLE vae_experience_competency (
    experience_id     BIGINT NOT NULL,
    competency_number INT    NOT NULL,
    PRIMARY KEY (experience_id, competency_number),
    CONSTRAINT fk_vae_link_experience FOREIGN KEY (experience_id) REFERENCES vae_experience (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- applications already made by the person in the calendar year (yearly limits of Code du travail R6412-3)
CREATE TABLE vae_previous_application (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id     BIGINT       NOT NULL,
    position           INT          NOT NULL,
    certification_code VARCHAR(32),
    certification_name VARCHAR(255),
    application_date   DATE,
    ccp_only           BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_vae_previous_application FOREIGN KEY (application_id) REFERENCES vae_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
