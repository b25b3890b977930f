-- Référentiel: title versions (REAC), CCPs, competencies, performance criteria, CCS, revisions.

CREATE TABLE title_version (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                    VARCHAR(16)  NOT NULL,
    version                 VARCHAR(20)  NOT NULL,
    acronym                 VARCHAR(20)  NOT NULL,
    name                    VARCHAR(255) NOT NULL,
    level                   TINYINT      NOT NULL,
    eqf_level               TINYINT      NOT NULL,
    rncp                    VARCHAR(20),
    valid_from              DATE         NOT NULL,
    valid_until             DATE,
    status                  VARCHAR(10)  NOT NULL,
    closed_on               DATE,
    source                  VARCHAR(500),
    final_interview_minutes INT,
    content_hash            CHAR(64)     NOT NULL,
    imported_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uq_title_version UNIQUE (code, version),
    CONSTRAINT ck_title_version_status CHECK (status IN ('ACTIVE', 'EXTENDED', 'REVISED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE title_version_nsf (
    title_version_id BIGINT      NOT NULL,
    position         INT         NOT NULL,
    code             VARCHAR(10) NOT NULL,
    label            VARCHAR(255),
    PRIMARY KEY (title_version_id, position),
    CONSTRAINT fk_nsf_title FOREIGN KEY (title_version_id) REFERENCES title_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE title_version_rome (
    title_version_id BIGINT      NOT NULL,
    position         INT         NOT NULL,
    code             VARCHAR(10) NOT NULL,
    label            VARCHAR(255),
    PRIMARY KEY (title_version_id, position),
    CONSTRAINT fk_rome_title FOREIGN KEY (title_version_id) REFERENCES title_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ccp (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_version_id BIGINT       NOT NULL,
    number           INT          NOT NULL,
    name             VARCHAR(500) NOT NULL,
    CONSTRAINT uq_ccp UNIQUE (title_version_id, number),
    CONSTRAINT fk_ccp_title FOREIGN KEY (title_version_id) REFERENCES title_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ccp_assessment (
    ccp_id   BIGINT      NOT NULL,
    position INT         NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    minutes  INT         NOT NULL,
    PRIMARY KEY (ccp_id, position),
    CONSTRAINT fk_assessment_ccp FOREIGN KEY (ccp_id) REFERENCES ccp (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ccs (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_version_id BIGINT       NOT NULL,
    code             VARCHAR(20)  NOT NULL,
    name             VARCHAR(500) NOT NULL,
    CONSTRAINT uq_ccs UNIQUE (title_version_id, code),
    CONSTRAINT fk_ccs_title FOREIGN KEY (title_version_id) REFERENCES title_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE competency (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_version_id BIGINT       NOT NULL,
    ccp_id           BIGINT,
    ccs_id           BIGINT,
    kind             VARCHAR(20)  NOT NULL,
    number           INT,
    position         INT          NOT NULL,
    name             VARCHAR(500) NOT NULL,
    description      TEXT,
    CONSTRAINT fk_competency_title FOREIGN KEY (title_version_id) REFERENCES title_version (id),
    CONSTRAINT fk_competency_ccp FOREIGN KEY (ccp_id) REFERENCES ccp (id),
    CONSTRAINT fk_competency_ccs FOREIGN KEY (ccs_id) REFERENCES ccs (id),
    CONSTRAINT ck_competency_kind CHECK (kind IN ('PROFESSIONAL', 'TRANSVERSAL', 'CCS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    competency_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_criterion_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "version X replaces version Y", with the CCP correspondence table set by the arrêté
CREATE TABLE revision (
    id             BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    new_version_id BIGINT  NOT NULL,
    old_version_id BIGINT  NOT NULL,
    official       BOOLEAN NOT NULL,
    note           VARCHAR(1000),
    CONSTRAINT uq_revision_new UNIQUE (new_version_id),
    CONSTRAINT fk_revision_new FOREIGN KEY (new_version_id) REFERENCES title_version (id),
    CONSTRAINT fk_revision_old FOREIGN KEY (old_version_id) REFERENCES title_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ccp_correspondence (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id BIGINT NOT NULL,
    old_ccp_id  BIGINT NOT NULL,
    new_ccp_id  BIGINT NOT NULL,
    CONSTRAINT fk_corr_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
    CONSTRAINT fk_corr_old FOREIGN KEY (old_ccp_id) REFERENCES ccp (id),
    CONSTRAINT fk_corr_new FOREIGN KEY (new_ccp_id) REFERENCES ccp (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
