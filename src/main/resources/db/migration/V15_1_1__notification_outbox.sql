-- Issue 15: e-mail notifications through a transactional outbox (docs/notifications.md). A message is written in the
-- transaction of the event that causes it; the scheduled sender claims due rows (FOR UPDATE SKIP LOCKED), marks them
-- SENDING before talking to the SMTP server, then SENT, or PENDING again with a later attempt, or DEAD.
-- message_key is unique per (event, recipient): the same event never queues the same person twice.
CREATE TABLE notification_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_key      VARCHAR(190)  NOT NULL,
    event            VARCHAR(40)   NOT NULL,
    recipient_email  VARCHAR(255),
    recipient_name   VARCHAR(255)  NOT NULL,
    recipient_user   VARCHAR(100),
    subject          VARCHAR(255)  NOT NULL,
    body_text        MEDIUMTEXT    NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    attachment_name  VARCHAR(255),
    attachment       LONGBLOB,
    state            VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_at       DATETIME(6),
    last_error       VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6),
    CONSTRAINT uk_notification_outbox_key UNIQUE (message_key),
    INDEX ix_notification_outbox_due (state, next_attempt_at),
    INDEX ix_notification_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A candidate or a juror may turn reminders off (never convocations, changes, cancellations or results).
CREATE TABLE notification_preference (
    username    VARCHAR(100) PRIMARY KEY,
    reminders   BOOLEAN      NOT NULL,
    updated_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
