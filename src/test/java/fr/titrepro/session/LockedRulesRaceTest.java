package fr.titrepro.session;

import fr.titrepro.referential.SessionType;
import fr.titrepro.session.enrolment.EnrolmentService;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that hold only because a row is locked, raced against the real MariaDB: two writers released together by
 * a barrier, many rounds (-Dtitrepro.race.rounds, 10 by default; 50 were run once by hand, see docs/sessions.md).
 * Each round must end with exactly one winner and the rule intact in the database.
 */
@QuarkusTest
class LockedRulesRaceTest {

    static final int ROUNDS = Integer.getInteger("titrepro.race.rounds", 10);

    @Inject
    SessionFixtures fixtures;

    @Inject
    EnrolmentService enrolments;

    @Inject
    JuryService jury;

    @Inject
    EntityManager em;

    /** What one writer got: the id written, or the refusal. */
    record Attempt(Long id, ProblemException refusal) {
    }

    /** Runs both writers at the same instant (a barrier) and returns what each got. */
    static List<Attempt> race(Callable<Long> first, Callable<Long> second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Attempt>> futures = new ArrayList<>();
            for (Callable<Long> writer : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    try {
                        return new Attempt(writer.call(), null);
                    } catch (ProblemException refused) {
                        return new Attempt(null, refused);
                    }
                }));
            }
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> f : futures) {
                attempts.add(f.get(60, TimeUnit.SECONDS));
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Capacity (DOMAIN « Sessions »: a session has a number of places): the last place of a session is taken by two
     * of its managers at once — the centre's staff and the administration, each for another candidate. Exactly one
     * is enrolled, the other refused on the capacity rule; the session never holds more than its places.
     */
    @Test
    void theLastPlaceOfASessionGoesToExactlyOneOfTwoSimultaneousEnrolments() throws Exception {
        String staff = "race-centre-" + SessionFixtures.unique();
        long centre = fixtures.centreOfStaff(staff);
        for (int round = 0; round < ROUNDS; round++) {
            long session = fixtures.plannedSession(staff, SessionType.TITLE, LocalDate.now().plusDays(60),
                    LocalDate.now().plusDays(61), 2);
            fixtures.enrol(session, fixtures.candidate().followedBy(centre).create());
            long ann = fixtures.candidate().followedBy(centre).create();
            long bob = fixtures.candidate().followedBy(centre).create();

            List<Attempt> attempts = race(
                    () -> enrolments.enrol(session, new SessionCommands.NewEnrolment(ann, null), fixtures.staff(staff)),
                    () -> enrolments.enrol(session, new SessionCommands.NewEnrolment(bob, null), SessionFixtures.admin()));

            assertThat(attempts).as("round %d", round).filteredOn(a -> a.id() != null).hasSize(1);
            assertThat(attempts).filteredOn(a -> a.refusal() != null).singleElement()
                    .satisfies(a -> assertThat(a.refusal().getMessage()).contains("Inscription refusée"));
            assertThat(enrolledIn(session)).as("round %d: places taken", round).isEqualTo(2);
        }
    }

    /**
     * A juror sits on one session at a time (DOMAIN « Jury »; JuryCompositionPolicy): two centres put the same juror
     * on their sessions of the same days at the same instant. Exactly one assignment is kept.
     */
    @Test
    void aJurorPutOnTwoOverlappingSessionsAtOnceSitsOnExactlyOne() throws Exception {
        String north = "race-nord-" + SessionFixtures.unique();
        String south = "race-sud-" + SessionFixtures.unique();
        fixtures.centreOfStaff(north);
        fixtures.centreOfStaff(south);
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = LocalDate.now().plusDays(70 + 3 * round);
            long first = fixtures.plannedSession(north, SessionType.TITLE, day, day.plusDays(1), 10);
            long second = fixtures.plannedSession(south, SessionType.TITLE, day.plusDays(1), day.plusDays(2), 10);
            long juror = fixtures.triJuror();

            List<Attempt> attempts = race(
                    () -> {
                        jury.assign(first, juror, fixtures.staff(north));
                        return first;
                    },
                    () -> {
                        jury.assign(second, juror, fixtures.staff(south));
                        return second;
                    });

            assertThat(attempts).as("round %d", round).filteredOn(a -> a.id() != null).hasSize(1);
            assertThat(attempts).filteredOn(a -> a.refusal() != null).singleElement()
                    .satisfies(a -> assertThat(a.refusal().getMessage()).contains("ne peut pas siéger"));
            assertThat(seatsOf(juror, first, second)).as("round %d: seats of the juror", round).isEqualTo(1);
        }
    }

    long enrolledIn(long session) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM enrolment WHERE session_id = ?1 AND status = 'ENROLLED'")
                .setParameter(1, session).getSingleResult()).longValue();
    }

    long seatsOf(long juror, long first, long second) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM jury_member WHERE juror_id = ?1 AND session_id IN (?2, ?3)")
                .setParameter(1, juror).setParameter(2, first).setParameter(3, second).getSingleResult()).longValue();
    }
}
