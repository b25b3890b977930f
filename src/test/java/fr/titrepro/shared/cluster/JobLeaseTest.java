package fr.titrepro.shared.cluster;

import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job runs on one instance at a time: two lease holders stand for two application instances. */
@QuarkusTest
class JobLeaseTest {

    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    JobLease lease;

    @Inject
    DataSource dataSource;

    @Test
    void theFirstHolderKeepsTheJobUntilItsLeaseEnds() throws SQLException {
        String job = "test-job-" + SessionFixtures.unique();
        assertThat(lease.acquire(job, "instance-a", LEASE)).isTrue();
        assertThat(lease.acquire(job, "instance-b", LEASE)).isFalse();
        assertThat(lease.acquire(job, "instance-a", LEASE)).as("renewed by its holder").isTrue();
        expire(job);
        assertThat(lease.acquire(job, "instance-b", LEASE)).isTrue();
        assertThat(lease.acquire(job, "instance-a", LEASE)).isFalse();
    }

    @Test
    void aJobRowBeingTakenIsSkippedWithoutWaiting() throws SQLException {
        String job = "test-job-" + SessionFixtures.unique();
        assertThat(lease.acquire(job, "instance-a", LEASE)).isTrue();
        expire(job);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT * FROM scheduled_job_lock WHERE job_name = ? "
                    + "FOR UPDATE")) {
                lock.setString(1, job);
                lock.executeQuery();
                assertThat(lease.acquire(job, "instance-b", LEASE)).isFalse();
            }
            other.rollback();
        }
        assertThat(lease.acquire(job, "instance-b", LEASE)).isTrue();
    }

    @Test
    void twoInstancesFiringTogetherRunTheJobOnce() throws Exception {
        String job = "test-job-" + SessionFixtures.unique();
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = List.of("instance-a", "instance-b").stream().map(holder -> instances.submit(
                    () -> {
                        together.await(30, TimeUnit.SECONDS);
                        if (lease.acquire(job, holder, LEASE)) {
                            runs.incrementAndGet();
                            return true;
                        }
                        return false;
                    })).toList();
            int ranCount = 0;
            for (Future<Boolean> f : ran) {
                ranCount += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(ranCount).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        assertThat(runs).hasValue(1);
        assertThat(lease.runExclusively(job, LEASE, runs::incrementAndGet)).as("this instance is a third one")
                .isFalse();
        assertThat(runs).hasValue(1);
    }

    private void expire(String job) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE scheduled_job_lock SET lease_until = NOW(6) - INTERVAL 1 SECOND WHERE job_name = ?")) {
            st.setString(1, job);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
