-- Issue 19, second level of the dashboard's aggregates (docs/insights.md « Aggregate tables »): the session rows of
-- V19_1_1 summed per cell (title version, centre, quarter of validation, region of the session's site), plus one
-- rollup row per (title version, quarter, region) with centre_id = 0 (every centre of that region). A request reads
-- only cells: a centre its own (centre_id = c), a region its rollup rows (centre_id = 0, region = r), the nation every
-- rollup row (centre_id = 0): a range of the primary key each, a few hundred rows at most.
-- region: code of fr.titrepro.document.Region, '' when the site's postal code is of no region (a key cannot be null).
-- Written in the PV validation's transaction (InsightRefresher: the session's old and new cells recomputed from their
-- session rows) and by the rebuild (per title version).

-- cells are keyed so that the three populations are ranges of the primary key: title version, centre (0: rollup),
-- quarter; the drill-down tables put the CCP (part_key) after the title version
CREATE TABLE insight_cell_outcome (
    title_version_id BIGINT      NOT NULL,
    centre_id        BIGINT      NOT NULL,
    quarter_start    DATE        NOT NULL,
    region           VARCHAR(3)  NOT NULL,
    outcome          VARCHAR(20) NOT NULL,
    candidates       INT         NOT NULL,
    PRIMARY KEY (title_version_id, centre_id, quarter_start, region, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE insight_cell_part (
    title_version_id BIGINT       NOT NULL,
    centre_id        BIGINT       NOT NULL,
    quarter_start    DATE         NOT NULL,
    region           VARCHAR(3)   NOT NULL,
    part_key         VARCHAR(60)  NOT NULL,
    label            VARCHAR(700) NOT NULL,
    assessed         INT          NOT NULL,
    acquired         INT          NOT NULL,
    PRIMARY KEY (title_version_id, centre_id, quarter_start, region, part_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE insight_cell_competency (
    title_version_id BIGINT       NOT NULL,
    part_key         VARCHAR(60)  NOT NULL,
    centre_id        BIGINT       NOT NULL,
    quarter_start    DATE         NOT NULL,
    region           VARCHAR(3)   NOT NULL,
    competency_key   VARCHAR(20)  NOT NULL,
    label            VARCHAR(700) NOT NULL,
    assessed         INT          NOT NULL,
    acquired         INT          NOT NULL,
    PRIMARY KEY (title_version_id, part_key, centre_id, quarter_start, region, competency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- label: the MAX of the sessions' labels, position their MIN (the order of the criteria), as the session-level read did
CREATE TABLE insight_cell_criterion (
    title_version_id BIGINT        NOT NULL,
    part_key         VARCHAR(60)   NOT NULL,
    centre_id        BIGINT        NOT NULL,
    quarter_start    DATE          NOT NULL,
    region           VARCHAR(3)    NOT NULL,
    criterion_key    VARCHAR(40)   NOT NULL,
    competency_key   VARCHAR(20)   NOT NULL,
    label            VARCHAR(1000) NOT NULL,
    position         INT           NOT NULL,
    assessed         INT           NOT NULL,
    not_met          INT           NOT NULL,
    not_observed     INT           NOT NULL,
    divergent        INT           NOT NULL,
    PRIMARY KEY (title_version_id, part_key, centre_id, quarter_start, region, criterion_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the centres with figures per title version (the administration's filter) and, centre_id = 0, the title version's
-- total (the default title: the one with the most validated sessions)
-- a cell's rows, whatever its CCP: what the PV validation deletes before it writes the cell again
CREATE INDEX ix_insight_cell_competency_cell ON insight_cell_competency (title_version_id, centre_id, quarter_start, region);
CREATE INDEX ix_insight_cell_criterion_cell ON insight_cell_criterion (title_version_id, centre_id, quarter_start, region);

CREATE TABLE insight_title_centre (
    title_version_id BIGINT       NOT NULL,
    centre_id        BIGINT       NOT NULL,
    centre_name      VARCHAR(255) NOT NULL,
    sessions         INT          NOT NULL,
    PRIMARY KEY (title_version_id, centre_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_insight_title_centre_sessions ON insight_title_centre (centre_id, sessions, title_version_id);

-- the jury agreement per session without joining its criterion rows; the session indexes end with the validation
-- date so that « the 200 latest juries » is read backwards through the index and stops at 200
ALTER TABLE insight_session
    ADD COLUMN criterion_lines INT NOT NULL DEFAULT 0,
    ADD COLUMN divergent_lines INT NOT NULL DEFAULT 0;
UPDATE insight_session s SET
    criterion_lines = (SELECT COALESCE(SUM(c.assessed), 0) FROM insight_criterion c WHERE c.session_id = s.session_id),
    divergent_lines = (SELECT COALESCE(SUM(c.divergent), 0) FROM insight_criterion c WHERE c.session_id = s.session_id);
DROP INDEX ix_insight_session_centre ON insight_session;
DROP INDEX ix_insight_session_region ON insight_session;
DROP INDEX ix_insight_session_quarter ON insight_session;
CREATE INDEX ix_insight_session_centre ON insight_session (title_version_id, centre_id, quarter_start, validated_on);
CREATE INDEX ix_insight_session_region ON insight_session (title_version_id, region, quarter_start, validated_on);
CREATE INDEX ix_insight_session_quarter ON insight_session (title_version_id, quarter_start, validated_on);

-- the existing session rows summed once (afterwards: InsightRefresher); centre level, then the rollups (centre 0)
INSERT INTO insight_cell_outcome
SELECT s.title_version_id, s.centre_id, s.quarter_start, COALESCE(s.region, ''), o.outcome, SUM(o.candidates)
FROM insight_session s JOIN insight_outcome o ON o.session_id = s.session_id
GROUP BY s.title_version_id, s.centre_id, s.quarter_start, COALESCE(s.region, ''), o.outcome;
INSERT INTO insight_cell_outcome
SELECT s.title_version_id, 0, s.quarter_start, COALESCE(s.region, ''), o.outcome, SUM(o.candidates)
FROM insight_session s JOIN insight_outcome o ON o.session_id = s.session_id
GROUP BY s.title_version_id, s.quarter_start, COALESCE(s.region, ''), o.outcome;

INSERT INTO insight_cell_part
SELECT s.title_version_id, s.centre_id, s.quarter_start, COALESCE(s.region, ''), p.part_key, MAX(p.label),
       SUM(p.assessed), SUM(p.acquired)
FROM insight_session s JOIN insight_part p ON p.session_id = s.session_id
GROUP BY s.title_version_id, s.centre_id, s.quarter_start, COALESCE(s.region, ''), p.part_key;
INSERT INTO insight_cell_part
SELECT s.title_version_id, 0, s.quarter_start, COALESCE(s.region, ''), p.part_key, MAX(p.label),
       SUM(p.assessed), SUM(p.acquired)
FROM insight_session s JOIN insight_part p ON p.session_id = s.session_id
GROUP BY s.title_version_id, s.quarter_start, COALESCE(s.region, ''), p.part_key;

INSERT INTO insight_cell_competency
SELECT s.title_version_id, c.part_key, s.centre_id, s.quarter_start, COALESCE(s.region, ''), c.competency_key,
       MAX(c.label), SUM(c.assessed), SUM(c.acquired)
FROM insight_session s JOIN insight_competency c ON c.session_id = s.session_id
GROUP BY s.title_version_id, c.part_key, s.centre_id, s.quarter_start, COALESCE(s.region, ''), c.competency_key;
INSERT INTO insight_cell_competency
SELECT s.title_version_id, c.part_key, 0, s.quarter_start, COALESCE(s.region, ''), c.competency_key,
       MAX(c.label), SUM(c.assessed), SUM(c.acquired)
FROM insight_session s JOIN insight_competency c ON c.session_id = s.session_id
GROUP BY s.title_version_id, c.part_key, s.quarter_start, COALESCE(s.region, ''), c.competency_key;

INSERT INTO insight_cell_criterion
SELECT s.title_version_id, c.part_key, s.centre_id, s.quarter_start, COALESCE(s.region, ''), c.criterion_key,
       MAX(c.competency_key), MAX(c.label), MIN(c.position), SUM(c.assessed), SUM(c.not_met), SUM(c.not_observed),
       SUM(c.divergent)
FROM insight_session s JOIN insight_criterion c ON c.session_id = s.session_id
GROUP BY s.title_version_id, c.part_key, s.centre_id, s.quarter_start, COALESCE(s.region, ''), c.criterion_key;
INSERT INTO insight_cell_criterion
SELECT s.title_version_id, c.part_key, 0, s.quarter_start, COALESCE(s.region, ''), c.criterion_key,
       MAX(c.competency_key), MAX(c.label), MIN(c.position), SUM(c.assessed), SUM(c.not_met), SUM(c.not_observed),
       SUM(c.divergent)
FROM insight_session s JOIN insight_criterion c ON c.session_id = s.session_id
GROUP BY s.title_version_id, c.part_key, s.quarter_start, COALESCE(s.region, ''), c.criterion_key;

INSERT INTO insight_title_centre
SELECT title_version_id, centre_id, MAX(centre_name), COUNT(*) FROM insight_session
GROUP BY title_version_id, centre_id;
INSERT INTO insight_title_centre
SELECT title_version_id, 0, '', COUNT(*) FROM insight_session GROUP BY title_version_id;
