-- Issue 14: one-time start-up work marked done. The deliberation chain's backfill (rows written before V10_6_1) looked
-- at every decision and appeal at each start — a read of 1.2 M rows on a national database to find none without a
-- hash; once it has run, its row here makes the next starts skip it (fr.titrepro.deliberation.DeliberationChainBackfill).
CREATE TABLE startup_task (
    name    VARCHAR(100) NOT NULL PRIMARY KEY,
    done_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
