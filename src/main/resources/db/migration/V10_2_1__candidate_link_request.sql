-- Issue 12, « Trust boundaries »: a centre that registers a person already registered (identity key) and not
-- followed by it no longer follows them at once: it asks, and the person (or, for a person without a login, the
-- administration) accepts or refuses. The centre follows the person only once the request is accepted.
-- typed_full_name / typed_birth_date: what the centre typed, the only identity it sees while the request is open.
CREATE TABLE candidate_link_request (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    candidate_id     BIGINT       NOT NULL,
    centre_id        BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    typed_full_name  VARCHAR(400) NOT NULL,
    typed_birth_date DATE         NOT NULL,
    requested_by     VARCHAR(100) NOT NULL,
    requested_at     DATETIME(6)  NOT NULL,
    decided_by       VARCHAR(100) NULL,
    decided_at       DATETIME(6)  NULL,
    CONSTRAINT fk_link_request_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_link_request_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_link_request_candidate ON candidate_link_request (candidate_id, status);
CREATE INDEX ix_link_request_centre ON candidate_link_request (centre_id, status);
