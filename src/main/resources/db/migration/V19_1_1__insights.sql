-- Issue 19: the aggregates of the quality dashboard (docs/insights.md). One set of rows per validated session,
-- written in the PV validation's transaction (InsightRefresher) and rebuilt on demand; the dashboard reads only these.
-- Counts only (no candidate id): every figure is a sum over sessions, suppressed under 10 candidates when shown.

-- the session's dimensions, copied at validation: title version, centre, region of the site, quarter of validation
CREATE TABLE insight_session (
    session_id       BIGINT       NOT NULL PRIMARY KEY,
    title_version_id BIGINT       NOT NULL,
    centre_id        BIGINT       NOT NULL,
    centre_name      VARCHAR(255) NOT NULL,
    -- code of fr.titrepro.document.Region (null: a postal code of no region)
    region           VARCHAR(3),
    validated_on     DATE         NOT NULL,
    quarter_start    DATE         NOT NULL,
    session_label    VARCHAR(300) NOT NULL,
    jury_label       VARCHAR(700) NOT NULL,
    -- candidates present (the base of the jury agreement figure)
    present          INT          NOT NULL,
    refreshed_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_insight_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_insight_session_centre ON insight_session (title_version_id, centre_id, quarter_start);
CREATE INDEX ix_insight_session_region ON insight_session (title_version_id, region, quarter_start);
CREATE INDEX ix_insight_session_quarter ON insight_session (title_version_id, quarter_start);

-- candidates by outcome of the current deliberation (FULL_SUCCESS, PARTIAL_SUCCESS, FAILURE, ABSENT, EXCUSED…)
CREATE TABLE insight_outcome (
    session_id BIGINT      NOT NULL,
    outcome    VARCHAR(20) NOT NULL,
    candidates INT         NOT NULL,
    PRIMARY KEY (session_id, outcome),
    CONSTRAINT fk_insight_outcome FOREIGN KEY (session_id) REFERENCES insight_session (session_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- per CCP (or CCS) taken by present candidates: how many were decided, how many acquired
CREATE TABLE insight_part (
    session_id BIGINT       NOT NULL,
    part_key   VARCHAR(60)  NOT NULL,
    label      VARCHAR(700) NOT NULL,
    assessed   INT          NOT NULL,
    acquired   INT          NOT NULL,
    PRIMARY KEY (session_id, part_key),
    CONSTRAINT fk_insight_part FOREIGN KEY (session_id) REFERENCES insight_session (session_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- per competency: the jury's last agreed decision
CREATE TABLE insight_competency (
    session_id     BIGINT       NOT NULL,
    part_key       VARCHAR(60)  NOT NULL,
    competency_key VARCHAR(20)  NOT NULL,
    label          VARCHAR(700) NOT NULL,
    assessed       INT          NOT NULL,
    acquired       INT          NOT NULL,
    PRIMARY KEY (session_id, part_key, competency_key),
    CONSTRAINT fk_insight_competency FOREIGN KEY (session_id) REFERENCES insight_session (session_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- per performance criterion: the jurors' submitted scores read together (unanimous value or divergent)
CREATE TABLE insight_criterion (
    session_id     BIGINT        NOT NULL,
    part_key       VARCHAR(60)   NOT NULL,
    criterion_key  VARCHAR(40)   NOT NULL,
    competency_key VARCHAR(20)   NOT NULL,
    label          VARCHAR(1000) NOT NULL,
    position       INT           NOT NULL,
    assessed       INT           NOT NULL,
    not_met        INT           NOT NULL,
    not_observed   INT           NOT NULL,
    divergent      INT           NOT NULL,
    PRIMARY KEY (session_id, part_key, criterion_key),
    CONSTRAINT fk_insight_criterion FOREIGN KEY (session_id) REFERENCES insight_session (session_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
