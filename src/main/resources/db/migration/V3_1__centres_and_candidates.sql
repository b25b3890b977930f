-- Centres agréés, their approvals and staff; candidates, the centres that follow them, the CCPs they hold.

CREATE TABLE centre (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    siret         CHAR(14)     NOT NULL,
    address_line  VARCHAR(255) NOT NULL,
    postal_code   VARCHAR(10)  NOT NULL,
    city          VARCHAR(100) NOT NULL,
    contact_name  VARCHAR(255),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(30),
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_centre_siret UNIQUE (siret)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- agrément: a centre may organise sessions of a title on a site, for a period within the title's validity
CREATE TABLE centre_approval (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id         BIGINT       NOT NULL,
    title_code        VARCHAR(16)  NOT NULL,
    site_name         VARCHAR(255),
    site_address_line VARCHAR(255) NOT NULL,
    site_postal_code  VARCHAR(10)  NOT NULL,
    site_city         VARCHAR(100) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_until       DATE         NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_approval_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_approval_period CHECK (valid_until >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_approval_title ON centre_approval (title_code);

-- a Keycloak user with role "centre" works for exactly one centre
CREATE TABLE centre_staff (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    full_name VARCHAR(255),
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE candidate (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(20)   NOT NULL,
    birth_name             VARCHAR(100)  NOT NULL,
    usage_name             VARCHAR(100),
    first_names            VARCHAR(255)  NOT NULL,
    sex                    CHAR(1)       NOT NULL,
    birth_date             DATE          NOT NULL,
    birth_commune          VARCHAR(100),
    birth_department       VARCHAR(3),
    birth_country          VARCHAR(100),
    nationality            VARCHAR(100),
    email                  VARCHAR(255),
    phone                  VARCHAR(30),
    address_line           VARCHAR(255),
    postal_code            VARCHAR(10),
    city                   VARCHAR(100),
    country                VARCHAR(100),
    -- normalised birth name + first first name + birth date + birth place: one person, one candidate
    identity_key           VARCHAR(400)  NOT NULL,
    pathway                VARCHAR(10)   NOT NULL,
    training_title_code    VARCHAR(16),
    training_start         DATE,
    training_end           DATE,
    vae_decision_reference VARCHAR(100),
    vae_decision_date      DATE,
    extra_time_percent     INT,
    assistance             VARCHAR(500),
    adapted_equipment      VARCHAR(500),
    accommodation_notes    VARCHAR(1000),
    username               VARCHAR(100),
    erased_at              DATETIME(6),
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6),
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_candidate_reference UNIQUE (reference),
    CONSTRAINT uq_candidate_identity UNIQUE (identity_key),
    CONSTRAINT uq_candidate_username UNIQUE (username),
    CONSTRAINT ck_candidate_sex CHECK (sex IN ('F', 'M')),
    CONSTRAINT ck_candidate_pathway CHECK (pathway IN ('TRAINING', 'VAE', 'PARTIAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_candidate_names ON candidate (birth_name, first_names);

-- CCP numbers of the trained title when the training covers only some CCPs (none: the whole title)
CREATE TABLE candidate_trained_ccp (
    candidate_id BIGINT NOT NULL,
    ccp_number   INT    NOT NULL,
    PRIMARY KEY (candidate_id, ccp_number),
    CONSTRAINT fk_trained_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the centres that follow a candidate (several over time)
CREATE TABLE candidate_follow (
    candidate_id BIGINT      NOT NULL,
    centre_id    BIGINT      NOT NULL,
    since        DATETIME(6) NOT NULL,
    PRIMARY KEY (candidate_id, centre_id),
    CONSTRAINT fk_follow_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_follow_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_follow_centre ON candidate_follow (centre_id);

-- CCPs held, with the session (or, before the platform, the proof) that granted them
CREATE TABLE held_ccp (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidate_id    BIGINT       NOT NULL,
    ccp_id          BIGINT       NOT NULL,
    obtained_on     DATE         NOT NULL,
    place           VARCHAR(255) NOT NULL,
    session_id      BIGINT,
    proof_reference VARCHAR(255),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_held_ccp UNIQUE (candidate_id, ccp_id),
    CONSTRAINT fk_held_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_held_ccp FOREIGN KEY (ccp_id) REFERENCES ccp (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
