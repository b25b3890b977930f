package fr.titrepro.shared.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * A scheduled job runs on one application instance at a time: the instance that takes the job's row of
 * {@code scheduled_job_lock} ({@code SELECT … FOR UPDATE SKIP LOCKED}, never waiting) and finds its lease over writes
 * its own lease, in database time; every other instance skips the job until the lease ends. The lease is not
 * released when the job ends: the same cron fires on every instance within moments, and the lease must outlast
 * those. On a Galera cluster the row lock is the node's only, so two nodes may both take it: the second commit then
 * fails its certification (a deadlock error), which counts as not acquired.
 */
@ApplicationScoped
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class);

    @Inject
    DataSource dataSource;

    private final String instance = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    /** This application instance, as it signs its leases. */
    public String instance() {
        return instance;
    }

    /** Runs the job if this instance gets its lease; whether it ran. */
    public boolean runExclusively(String job, Duration lease, Runnable work) {
        if (!acquire(job, instance, lease)) {
            LOG.debugf("Tâche %s : exécutée par une autre instance, ignorée ici", job);
            return false;
        }
        work.run();
        return true;
    }

    /** Whether {@code holder} now holds the job's lease for {@code lease} (taken, or renewed when already theirs). */
    public boolean acquire(String job, String holder, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c, job);
            c.setAutoCommit(false);
            try {
                boolean taken = take(c, job, holder, lease);
                if (taken) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return taken;
            } catch (SQLException e) {
                c.rollback();
                if (CertificationConflict.is(e)) {
                    return false;
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verrou de la tâche planifiée " + job + " illisible", e);
        }
    }

    private static boolean take(Connection c, String job, String holder, Duration lease) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT holder, lease_until > NOW(6) FROM "
                + "scheduled_job_lock WHERE job_name = ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, job);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return false; // another instance is taking it right now
                }
                if (row.getBoolean(2) && !holder.equals(row.getString(1))) {
                    return false;
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE scheduled_job_lock SET holder = ?, "
                + "acquired_at = NOW(6), lease_until = NOW(6) + INTERVAL ? MICROSECOND WHERE job_name = ?")) {
            update.setString(1, holder);
            update.setLong(2, lease.toNanos() / 1000);
            update.setString(3, job);
            update.executeUpdate();
        }
        return true;
    }

    /** The job's row, created once (a plain read first: INSERT IGNORE would wait on a row being taken). */
    private static void ensureRow(Connection c, String job) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT 1 FROM scheduled_job_lock WHERE job_name = ?")) {
            read.setString(1, job);
            try (ResultSet row = read.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO scheduled_job_lock (job_name, "
                + "lease_until) VALUES (?, '1970-01-02 00:00:00')")) {
            insert.setString(1, job);
            insert.executeUpdate();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "instance";
        }
    }
}
