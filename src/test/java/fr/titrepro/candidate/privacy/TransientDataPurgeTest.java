package fr.titrepro.candidate.privacy;

import fr.titrepro.candidate.link.LinkRequestStatus;
import fr.titrepro.support.RgpdFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, « import job data is purged only when another import starts »: the scheduled purge (called here
 * directly) deletes import jobs past 7 days whether or not another import starts, and link requests never answered
 * or refused past 180 days; what is younger, and accepted requests (the person's consent), stay.
 */
@QuarkusTest
class TransientDataPurgeTest {

    @Inject
    TransientDataPurge purge;

    @Inject
    RgpdFixtures rgpd;

    @Inject
    SessionFixtures sessions;

    @Test
    void purgesWhatIsPastItsRetentionAndKeepsTheRest() {
        Instant now = Instant.now();
        long centre = sessions.centre("Centre purge " + SessionFixtures.unique());
        long oldFinished = rgpd.importJob(centre, now.minus(Duration.ofDays(8)), true);
        long oldStuck = rgpd.importJob(centre, now.minus(Duration.ofDays(8)), false);
        long recent = rgpd.importJob(centre, now.minus(Duration.ofDays(6)), true);
        long candidate = sessions.candidate().named("Purge" + SessionFixtures.unique(), "Lina").followedBy(centre)
                .create();
        long oldPending = rgpd.linkRequest(candidate, centre, LinkRequestStatus.PENDING, now.minus(Duration.ofDays(181)));
        long oldRefused = rgpd.linkRequest(candidate, centre, LinkRequestStatus.REFUSED, now.minus(Duration.ofDays(181)));
        long oldAccepted = rgpd.linkRequest(candidate, centre, LinkRequestStatus.ACCEPTED,
                now.minus(Duration.ofDays(400)));
        long recentPending = rgpd.linkRequest(candidate, centre, LinkRequestStatus.PENDING,
                now.minus(Duration.ofDays(179)));

        TransientDataPurge.Purged purged = purge.purge(now);

        assertThat(purged.importJobs()).isGreaterThanOrEqualTo(2);
        assertThat(purged.linkRequests()).isGreaterThanOrEqualTo(2);
        assertThat(rgpd.importJobExists(oldFinished)).isFalse();
        assertThat(rgpd.importJobExists(oldStuck)).isFalse();
        assertThat(rgpd.importJobExists(recent)).isTrue();
        assertThat(rgpd.linkRequestExists(oldPending)).isFalse();
        assertThat(rgpd.linkRequestExists(oldRefused)).isFalse();
        assertThat(rgpd.linkRequestExists(oldAccepted)).isTrue();
        assertThat(rgpd.linkRequestExists(recentPending)).isTrue();
    }
}
