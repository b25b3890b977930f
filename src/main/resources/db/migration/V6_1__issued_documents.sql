-- Issued documents (livret de certification, parchemin, PV…): stored once, versioned, verifiable by a public code.

CREATE TABLE issued_document (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(20)   NOT NULL,
    -- one series per document of a holder (e.g. the livret of candidate 42 for TP-00496); versions 1, 2, 3…
    series_key        VARCHAR(200)  NOT NULL,
    version           INT           NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    -- public verification code, random (not derived from ids), e.g. 7KQM-3XPA-9HTV
    code              CHAR(14)      NOT NULL,
    candidate_id      BIGINT,
    holder_name       VARCHAR(400),
    title_code        VARCHAR(16)   NOT NULL,
    title_version     VARCHAR(20),
    title_name        VARCHAR(500)  NOT NULL,
    outcome           VARCHAR(1000) NOT NULL,
    event_date        DATE          NOT NULL,
    event_place       VARCHAR(255),
    -- the data the PDF was built from (JSON), kept as issued
    snapshot          LONGTEXT      NOT NULL,
    pdf_sha256        CHAR(64)      NOT NULL,
    pdf_size          INT           NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    issued_by         VARCHAR(100)  NOT NULL,
    superseded_at     DATETIME(6),
    superseded_by_id  BIGINT,
    revoked_at        DATETIME(6),
    revoked_by        VARCHAR(100),
    revocation_reason VARCHAR(1000),
    CONSTRAINT uq_document_code UNIQUE (code),
    CONSTRAINT uq_document_series_version UNIQUE (series_key, version),
    CONSTRAINT fk_document_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_document_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES issued_document (id),
    CONSTRAINT ck_document_status CHECK (status IN ('VALID', 'SUPERSEDED', 'REVOKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_document_candidate ON issued_document (candidate_id, issued_at);
CREATE INDEX ix_document_series ON issued_document (series_key, status);

-- the signed PDF, apart so that lists never load it
CREATE TABLE issued_document_pdf (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_pdf_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the demo signing key (PKCS#12), generated once when no keystore is configured; shared by every replica
CREATE TABLE platform_signing_key (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(50) NOT NULL,
    pkcs12     BLOB        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_signing_key_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
