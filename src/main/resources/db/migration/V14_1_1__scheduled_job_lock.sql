-- Issue 14: scheduled jobs run on one application instance at a time (several instances behind a load balancer, on a
-- Galera cluster). A job's row is taken with SELECT … FOR UPDATE SKIP LOCKED and its lease written (database time, so
-- that the instances' clocks do not matter); another instance skips the job while the lease runs
-- (fr.titrepro.shared.cluster.JobLease, docs/deployment.md).
CREATE TABLE scheduled_job_lock (
    job_name    VARCHAR(100) NOT NULL PRIMARY KEY,
    holder      VARCHAR(200),
    lease_until DATETIME(6)  NOT NULL,
    acquired_at DATETIME(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
