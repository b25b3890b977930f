package fr.titrepro.scoring;

import fr.titrepro.security.Roles;
import fr.titrepro.shared.cluster.ConflictRetry;
import fr.titrepro.support.ConnectionKiller;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database connections of the application die — what kill -9 of the Galera node in use does to them (issue 14,
 * failover runs: 27 × 500 before) —, here by {@code KILL CONNECTION} of the application's threads on the test
 * server: the next read and save are answered (the pool checks a connection when it leaves it), a save whose
 * connection is lost is run again in a new transaction and applied once (the line's version and its audit rows), and
 * a request that loses its connection in flight is a 503 problem+json with Retry-After, never a 500.
 */
@QuarkusTest
class ConnectionLossScenarioTest {

    @Inject
    ScoringFixtures fixtures;

    @Inject
    ConnectionKiller killer;

    @Inject
    GridService grids;

    @Inject
    ConflictRetry retry;

    @Inject
    EntityManager em;

    long grid;
    long line;

    @BeforeEach
    void aGridOfJury() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        line = as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath()
                .getLong("sections[0].criteria[0].id");
    }

    @Test
    void afterTheConnectionsAreKilled_theNextReadAndSaveAreAnswered() throws Exception {
        for (int round = 0; round < 3; round++) {
            assertThat(killer.killAll()).as("connections of the application killed").isPositive();
            Response read = as("jury").get("/api/grids/" + grid);
            assertThat(read.statusCode()).as("read after the kill n° %d: %s", round, read.body().asString())
                    .isEqualTo(200);

            assertThat(killer.killAll()).isPositive();
            Response save = as("jury").body(ScoringFixtures.score(round % 2 == 0 ? "MET" : "NOT_OBSERVED", null,
                    round)).put("/api/grids/" + grid + "/criteria/" + line);
            assertThat(save.statusCode()).as("save after the kill n° %d: %s", round, save.body().asString())
                    .isEqualTo(200);
            assertThat(save.jsonPath().getInt("version")).isEqualTo(round + 1);
        }
        assertThat(auditedChanges()).as("one audit row per save").isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void aSaveWhoseConnectionIsLostBeforeItsCommit_isRunAgainAndAppliedOnce() {
        AtomicInteger attempts = new AtomicInteger();
        ScoreState saved = retry.call(() -> QuarkusTransaction.requiringNew().call(() -> {
            ScoreState state = grids.saveCriterion(grid, line, new ScoringCommands.Score("MET", null, 0));
            if (attempts.incrementAndGet() == 1) {
                em.flush();
                killer.kill(((Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult()).longValue());
            }
            return state;
        }));

        assertThat(attempts.get()).as("the first commit lost with its connection, run again once").isEqualTo(2);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath()
                .getInt("sections[0].criteria[0].version")).isEqualTo(1);
        assertThat(auditedChanges()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void aSaveCommittedWhoseAnswerIsLost_isAReplayTheSecondTime() {
        AtomicInteger attempts = new AtomicInteger();
        ScoreState saved = retry.call(() -> {
            ScoreState state = grids.saveCriterion(grid, line, new ScoringCommands.Score("MET", null, 0));
            if (attempts.incrementAndGet() == 1) {
                // committed, then the connection dies before the answer: the application only sees the loss
                throw new JDBCConnectionException("réponse perdue", new SQLNonTransientConnectionException(
                        "Connection reset", "08000"));
            }
            return state;
        });

        assertThat(attempts.get()).isEqualTo(2);
        assertThat(saved.version()).as("the second attempt finds the save done: a replay, not a new version")
                .isEqualTo(1);
        assertThat(auditedChanges()).isEqualTo(1);
    }

    @Test
    void aRequestThatLosesItsConnectionInFlight_isA503WithRetryAfter() {
        Response r = RestAssured.given().accept("application/json").get("/api/test-only/lost-connection");
        assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).isEqualTo("3");
        assertThat(r.jsonPath().getString("type")).isEqualTo("urn:titrepro:problem:unavailable");
        assertThat(r.jsonPath().getString("detail"))
                .isEqualTo("Service momentanément indisponible, réessayez dans quelques secondes.");
        assertThat(r.body().asString()).doesNotContain("Exception", "SQL");
    }

    private long auditedChanges() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM grid_criterion_aud WHERE id = ?1 AND revtype = 1").setParameter(1, line)
                .getSingleResult()).longValue());
    }
}
