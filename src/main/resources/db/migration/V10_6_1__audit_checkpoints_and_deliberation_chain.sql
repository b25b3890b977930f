-- Tamper evidence (docs/security.md): the deliberation decisions and the appeals join a hash chain per session,
-- like the agreed decisions of the scoring; the heads of the chains are anchored by checkpoints signed with the
-- platform's key. Existing rows are chained at start-up, in order (DeliberationChainBackfill): the hash needs the
-- Java form of the content.

ALTER TABLE candidate_deliberation
    ADD COLUMN previous_hash CHAR(64),
    ADD COLUMN hash          CHAR(64);

ALTER TABLE appeal
    ADD COLUMN previous_hash CHAR(64),
    ADD COLUMN hash          CHAR(64);

CREATE TABLE audit_checkpoint (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT        NOT NULL,
    -- SCORES (agreed_decision) or DELIBERATION (candidate_deliberation and appeal)
    chain       VARCHAR(20)   NOT NULL,
    head_hash   CHAR(64)      NOT NULL,
    link_count  INT           NOT NULL,
    signed_at   DATETIME(6)   NOT NULL,
    -- PERIODIC, PV_SIGNED, PV_VALIDATED
    reason      VARCHAR(20)   NOT NULL,
    algorithm   VARCHAR(30)   NOT NULL,
    -- detached signature of "sessionId|chain|headHash|count|signedAt" and the DER certificate of the key
    signature   VARBINARY(1024) NOT NULL,
    certificate BLOB          NOT NULL,
    CONSTRAINT fk_checkpoint_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_checkpoint_session ON audit_checkpoint (session_id, chain, id);

-- the administration log: sensitive actions of the staff, no personal data beyond ids
CREATE TABLE admin_log_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   BIGINT,
    detail       VARCHAR(500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_admin_log_at ON admin_log_entry (at);
CREATE INDEX ix_admin_log_action ON admin_log_entry (action, at);
