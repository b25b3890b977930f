package fr.titrepro.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many writers at once, against the real MariaDB: every accepted save is kept (one version and one audit row each),
 * every refused one is a 409 with the state to retry from; nothing else.
 */
@QuarkusTest
class ConcurrentScoringTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    EntityManager em;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Answer(int status, JsonNode body) {
    }

    Answer put(String login, String path, String value, String observation, int baseVersion) throws Exception {
        String body = JSON.writeValueAsString(ScoringFixtures.score(value, observation, baseVersion));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Authorization", "Bearer " + ScoringFixtures.token(login))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    @Test
    void manyDevicesOfOneJurorOnOneLine_noUpdateIsLost() throws Exception {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        long line = as("jury").get("/api/grids/" + grid).then().extract().jsonPath()
                .getLong("sections[0].criteria[0].id");
        String path = "/api/grids/" + grid + "/criteria/" + line;
        int devices = 12;
        int savesPerDevice = 15;
        AtomicInteger conflicts = new AtomicInteger();
        List<Integer> unexpected = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        List<Future<?>> done = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            int device = d;
            done.add(pool.submit(() -> {
                start.await();
                int known = 0;
                for (int i = 0; i < savesPerDevice; ) {
                    Answer a = put("jury", path, i % 2 == 0 ? "MET" : "NOT_OBSERVED", "appareil " + device + " n° " + i,
                            known);
                    if (a.status() == 200) {
                        known = a.body().get("version").asInt();
                        i++;
                    } else if (a.status() == 409) {
                        conflicts.incrementAndGet();
                        known = a.body().get("current").get("version").asInt();
                    } else {
                        synchronized (unexpected) {
                            unexpected.add(a.status());
                        }
                        return null;
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        int accepted = devices * savesPerDevice;
        assertThat(unexpected).isEmpty();
        assertThat(conflicts.get()).as("the devices did race").isPositive();
        JsonPath g = as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath();
        assertThat(g.getInt("sections[0].criteria[0].version")).isEqualTo(accepted);
        @SuppressWarnings("unchecked")
        List<String> audited = em.createNativeQuery(
                        "SELECT observation FROM grid_criterion_aud WHERE id = ?1 AND revtype = 1")
                .setParameter(1, line).getResultList();
        assertThat(audited).hasSize(accepted).doesNotHaveDuplicates();
        for (int d = 0; d < devices; d++) {
            for (int i = 0; i < savesPerDevice; i++) {
                assertThat(audited).contains("appareil " + d + " n° " + i);
            }
        }
        assertThat(as("jury").get("/api/grids/" + grid + "/history").then().extract().jsonPath()
                .getList("findAll { it.key == 'C1.1' }")).hasSize(accepted);
    }

    @Test
    void twoJurorsScoringTheirGridsAtOnce_everySaveIsKept() throws Exception {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        Map<String, List<String>> paths = new ConcurrentHashMap<>();
        for (String login : List.of("jury", "jury2")) {
            List<String> mine = new ArrayList<>();
            for (long grid : ScoringFixtures.gridIds(login, s, 0)) {
                JsonPath g = as(login).get("/api/grids/" + grid).then().extract().jsonPath();
                // the scored lines: the DP and the ECF are consulted, not scored (issue 11, finding 6)
                for (Object id : g.getList("sections.findAll { it.scored }.criteria.flatten().id")) {
                    mine.add("/api/grids/" + grid + "/criteria/" + id);
                }
            }
            paths.put(login, mine);
        }
        int threadsPerJuror = 6;
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerJuror);
        List<Future<Integer>> results = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (String login : paths.keySet()) {
            List<String> lines = paths.get(login);
            for (int t = 0; t < threadsPerJuror; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = thread; i < lines.size(); i += threadsPerJuror) {
                        // each line twice: version 0 then 1
                        if (put(login, lines.get(i), "NOT_MET", "Premier constat", 0).status() == 200) {
                            ok++;
                        }
                        if (put(login, lines.get(i), "MET", null, 1).status() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
        }
        start.countDown();
        int ok = 0;
        for (Future<Integer> f : results) {
            ok += f.get();
        }
        pool.shutdown();
        int expected = 2 * (paths.get("jury").size() + paths.get("jury2").size());
        assertThat(ok).isEqualTo(expected);
        for (String login : paths.keySet()) {
            for (long grid : ScoringFixtures.gridIds(login, s, 0)) {
                JsonPath g = as(login).get("/api/grids/" + grid).then().extract().jsonPath();
                assertThat(g.getList("sections.findAll { it.scored }.criteria.flatten().version", Integer.class))
                        .containsOnly(2);
                assertThat(g.getList("sections.findAll { it.scored }.criteria.flatten().value", String.class))
                        .containsOnly("MET");
                assertThat(g.getLong("scored")).isEqualTo(g.getLong("total"));
            }
        }
        Number audited = (Number) em.createNativeQuery("SELECT COUNT(*) FROM grid_criterion_aud a JOIN evaluation_grid g"
                + " ON g.id = a.grid_id WHERE g.enrolment_id = ?1 AND a.revtype = 1")
                .setParameter(1, s.enrolment(0)).getSingleResult();
        assertThat(audited.intValue()).isEqualTo(expected);
    }
}
