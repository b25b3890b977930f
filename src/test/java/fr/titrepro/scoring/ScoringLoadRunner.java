package fr.titrepro.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.titrepro.bench.RetryingHttp;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The scoring benchmark, run by hand (not a test): N concurrent jurors' devices save criteria, one at a time, against
 * the packaged application and the real MariaDB, for a measured period after a warm-up. Each grid (the jurors jury,
 * jury2, jury3 × as many candidates as needed) has {@code -Dwriters=N} devices (1 by default; 2 = two tablets of the
 * same juror on one grid); a device saves a random line of its grid with the version it holds, and on a 409 takes
 * the version the server returns and saves its change again, as the page does. Only the saves started inside the
 * measured window count for the throughput and the latencies. At the end: p50/p95/p99, throughput, errors, and the
 * lost-update check: every save the server applied (200 with the version moved by one, a version of the line no other
 * device was answered) must be in the sum of the line versions and in the Envers audit rows. With two tablets on a
 * grid, the second may send the value the first has just written: the server answers it as a replay (200, the line
 * as it stands, nothing written), counted apart — the first run of 2026-12-07 counted them as applied and reported a
 * false MISMATCH (26,119 applied against 20,760 versions). A save answered 502-504 or whose connection failed is
 * sent again, the same body, after a back-off ({@link fr.titrepro.bench.RetryingHttp}: a replay if it was applied);
 * the retries are printed apart from the final errors. With {@code -Dtitrepro.bench.start-file=…} the devices wait
 * for that file before the clock starts ({@link fr.titrepro.bench.StartGate}).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) fr.titrepro.scoring.ScoringLoadRunner \
 *      http://127.0.0.1:8095/ jdbc:mariadb://127.0.0.1:3306/titrepro_bench_5 200 10 60 0
 * </pre>
 * (base URL, JDBC URL of the application's database — account -Dtitrepro.db.user / -Dtitrepro.db.password, root
 * without password by default —, devices, warm-up seconds, measured seconds, mean pause of a
 * juror between two saves in ms — 0 for saturation; Keycloak on 127.0.0.1:8180 unless -Dkeycloak=…)
 */
public final class ScoringLoadRunner {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> JURORS = List.of("jury", "jury2", "jury3");

    record Device(String login, long gridId, long[] lines, int[] versions, boolean[] met) {
    }

    /** Devices per grid: -Dwriters=N (1: each device alone on its grid, 2: two tablets of one juror per grid). */
    static final int WRITERS = Integer.getInteger("writers", 1);

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8095/";
        String jdbc = args.length > 1 ? args[1] : "jdbc:mariadb://127.0.0.1:3306/titrepro_bench_5";
        int devices = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        // mean pause of a juror between two saves (0: as fast as the server answers, i.e. saturation)
        int thinkMillis = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        String keycloak = System.getProperty("keycloak", "http://127.0.0.1:8180/realms/titrepro");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        // a save answered 502-504 or whose connection failed is sent again (the same body: a replay if it was
        // applied), after a back-off honouring Retry-After; counted apart from the final errors
        RetryingHttp saves = new RetryingHttp(http, RetryingHttp.Backoff.FAILOVER);
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String login : JURORS) {
            tokens.put(login, token(http, keycloak, login));
        }
        int gridCount = (devices + WRITERS - 1) / WRITERS;
        int candidates = (gridCount + JURORS.size() - 1) / JURORS.size();
        long sessionId;
        List<Long> enrolments;
        try (Connection db = DriverManager.getConnection(jdbc, System.getProperty("titrepro.db.user", "root"),
                System.getProperty("titrepro.db.password", ""))) {
            sessionId = seed(db, candidates);
            enrolments = ids(db, "SELECT id FROM enrolment WHERE session_id = " + sessionId + " ORDER BY id");
        }
        System.out.printf("Session n° %d, %d candidates, jury %s%n", sessionId, candidates, JURORS);

        List<Device> all = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            int gridIndex = i / WRITERS;
            String login = JURORS.get(gridIndex % JURORS.size());
            long enrolment = enrolments.get(gridIndex / JURORS.size());
            JsonNode grids = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "api/sessions/"
                    + sessionId + "/enrolments/" + enrolment + "/grids"))
                    .header("Authorization", "Bearer " + tokens.get(login)).GET().build()).body());
            JsonNode grid = grids.get("grids").get(0);
            List<JsonNode> lines = new ArrayList<>();
            // the scored lines: the DP and the ECF are consulted, not scored (issue 11, finding 6)
            grid.get("sections").forEach(s -> {
                if (s.get("scored").asBoolean()) {
                    s.get("criteria").forEach(lines::add);
                }
            });
            all.add(new Device(login, grid.get("id").asLong(), lines.stream().mapToLong(l -> l.get("id").asLong())
                    .toArray(), new int[lines.size()], new boolean[lines.size()]));
        }
        System.out.printf("%d devices ready, %d per grid (grids of %d lines)%n", all.size(), WRITERS,
                all.getFirst().lines().length);
        fr.titrepro.bench.StartGate.await();

        AtomicLong accepted = new AtomicLong();
        AtomicLong applied = new AtomicLong();
        AtomicLong replays = new AtomicLong();
        java.util.Set<String> versionsAnswered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicLong conflicts = new AtomicLong();
        Map<Integer, AtomicLong> errors = new ConcurrentHashMap<>();
        long[][] latencies = new long[devices][];
        int[] counts = new int[devices];
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(measured).toNanos();
        CountDownLatch done = new CountDownLatch(devices);
        for (int d = 0; d < devices; d++) {
            int me = d;
            Thread.ofPlatform().name("device-" + d).start(() -> {
                Device device = all.get(me);
                long[] mine = new long[4096];
                int n = 0;
                try {
                    int retry = -1;
                    while (System.nanoTime() < end) {
                        if (thinkMillis > 0 && retry < 0) {
                            // uniform between half and one and a half of the mean pause
                            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextInt(thinkMillis + 1));
                        }
                        if (System.nanoTime() >= end) {
                            break; // a save started after the window is not part of the run
                        }
                        int i = retry >= 0 ? retry : ThreadLocalRandom.current().nextInt(device.lines().length);
                        retry = -1;
                        String value = device.met()[i] ? "NOT_OBSERVED" : "MET";
                        String body = "{\"value\":\"" + value + "\",\"baseVersion\":" + device.versions()[i] + "}";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r;
                        try {
                            r = saves.send(HttpRequest.newBuilder(URI.create(base + "api/grids/" + device.gridId()
                                            + "/criteria/" + device.lines()[i]))
                                    .header("Authorization", "Bearer " + tokens.get(device.login()))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            // still failing after the retries: the save's outcome is unknown (the check below
                            // counts it only if it was applied; the next save of this line starts from a stale
                            // version, gets a 409 and takes the server's)
                            errors.computeIfAbsent(RetryingHttp.CONNECTION_FAILED, k -> new AtomicLong())
                                    .incrementAndGet();
                            continue;
                        }
                        long took = System.nanoTime() - t0;
                        if (r.statusCode() == 200) {
                            accepted.incrementAndGet();
                            int version = JSON.readTree(r.body()).get("version").asInt();
                            // applied: the version moved by one, and no other device was answered the same version of
                            // this line — with two tablets on a grid, the second may send the value the first has just
                            // written, which the server answers as a replay (200, the line as it is, nothing written)
                            if (version == device.versions()[i] + 1
                                    && versionsAnswered.add(device.lines()[i] + "@" + version)) {
                                applied.incrementAndGet();
                            } else if (version == device.versions()[i] + 1) {
                                replays.incrementAndGet();
                            }
                            device.versions()[i] = version;
                            device.met()[i] = !device.met()[i];
                        } else if (r.statusCode() == 409) {
                            conflicts.incrementAndGet();
                            JsonNode current = JSON.readTree(r.body()).get("current");
                            device.versions()[i] = current.get("version").asInt();
                            // the page shows the other device's value and the juror saves theirs again (same value,
                            // from the version just returned): met[i] is left as it was, so the next value is the same
                            retry = i;
                        } else {
                            errors.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        }
                        if (t0 >= measureFrom && t0 < end) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = took;
                        }
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent(-2, k -> new AtomicLong()).incrementAndGet();
                } finally {
                    latencies[me] = mine;
                    counts[me] = n;
                    done.countDown();
                }
            });
        }
        done.await();

        int total = Arrays.stream(counts).sum();
        long[] all2 = new long[total];
        int k = 0;
        for (int d = 0; d < devices; d++) {
            System.arraycopy(latencies[d], 0, all2, k, counts[d]);
            k += counts[d];
        }
        Arrays.sort(all2);
        System.out.printf("%nMeasured %d s after %d s of warm-up, %d devices, mean pause %d ms%n", measured, warmup,
                devices, thinkMillis);
        System.out.printf("saves measured: %d → %.0f saves/s%n", total, total / (double) measured);
        System.out.printf("latency p50 %.1f ms · p95 %.1f ms · p99 %.1f ms · max %.1f ms%n", ms(all2, 0.50),
                ms(all2, 0.95), ms(all2, 0.99), all2.length == 0 ? 0 : all2[all2.length - 1] / 1e6);
        System.out.printf("accepted (whole run) %d, of which applied %d (replays of a version another device wrote: %d)"
                        + " · conflicts %d · final errors %s%n",
                accepted.get(), applied.get(), replays.get(), conflicts.get(),
                new TreeMap<>(errors.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().get()))));
        System.out.printf("retried (whole run, then answered or counted above): %d %s (-1: connection failed)%n",
                saves.retryCount(), saves.retries());

        String gridIds = all.stream().map(d -> String.valueOf(d.gridId())).distinct()
                .collect(Collectors.joining(","));
        try (Connection db = DriverManager.getConnection(jdbc, System.getProperty("titrepro.db.user", "root"),
                System.getProperty("titrepro.db.password", ""))) {
            long versions = single(db, "SELECT COALESCE(SUM(version), 0) FROM grid_criterion WHERE grid_id IN ("
                    + gridIds + ")");
            long audited = single(db, "SELECT COUNT(*) FROM grid_criterion_aud WHERE revtype = 1 AND grid_id IN ("
                    + gridIds + ")");
            System.out.printf("lost-update check (%d writer(s) per grid): applied %d · sum of line versions %d · Envers "
                            + "MOD rows %d → %s%n", WRITERS, applied.get(), versions, audited,
                    versions == applied.get() && audited == applied.get() ? "0 lost" : "MISMATCH");
        }
    }

    static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String token(HttpClient http, String realm, String login) throws Exception {
        String form = "grant_type=password&client_id=titrepro-app&client_secret=titrepro-demo-secret&username="
                + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(login, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    /** A session titre TRI in progress today, with the three jurors and {@code candidates} trainees. */
    static long seed(Connection db, int candidates) throws Exception {
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long version = single(db, "SELECT id FROM title_version WHERE code = 'TP-00496' AND version = '05'");
        long centre = insert(db, "INSERT INTO centre (name, siret, address_line, postal_code, city, created_at) VALUES "
                + "('Centre banc " + tag + "', '" + (10_000_000_000_000L + System.nanoTime() % 89_999_999_999_999L)
                + "', '1 rue du Banc', '59000', 'Lille', NOW(6))");
        long approval = insert(db, "INSERT INTO centre_approval (centre_id, title_code, site_address_line, "
                + "site_postal_code, site_city, valid_from, valid_until, created_at) VALUES (" + centre
                + ", 'TP-00496', '1 rue du Banc', '59000', 'Lille', CURDATE() - INTERVAL 1 YEAR, "
                + "CURDATE() + INTERVAL 1 YEAR, NOW(6))");
        long session = insert(db, "INSERT INTO exam_session (title_version_id, type, centre_id, approval_id, site_label,"
                + " start_date, end_date, capacity, manager_name, status, created_at, created_by) VALUES (" + version
                + ", 'TITLE', " + centre + ", " + approval + ", 'Lille', CURDATE(), CURDATE() + INTERVAL 1 DAY, "
                + candidates + ", 'Banc', 'IN_PROGRESS', NOW(6), 'banc')");
        for (String login : JURORS) {
            List<Long> found = ids(db, "SELECT id FROM juror WHERE username = '" + login + "'");
            long juror = found.isEmpty() ? insert(db, "INSERT INTO juror (username, last_name, first_name, profession,"
                    + " employer, years_of_experience, created_at) VALUES ('" + login + "', 'Juré', '" + login
                    + "', 'Technicien réseaux', 'Banc', 10, NOW(6))") : found.getFirst();
            insert(db, "INSERT INTO jury_member (session_id, juror_id, assigned_at, assigned_by) VALUES (" + session
                    + ", " + juror + ", NOW(6), 'banc')");
        }
        for (int i = 0; i < candidates; i++) {
            String ref = "B" + tag + "-" + i;
            long candidate = insert(db, "INSERT INTO candidate (reference, birth_name, first_names, sex, birth_date, "
                    + "identity_key, pathway, training_title_code, created_at) VALUES ('" + ref + "', 'Banc" + i
                    + "', 'Lucie', 'F', '1995-04-12', '" + ref + "', 'TRAINING', 'TP-00496', NOW(6))");
            long enrolment = insert(db, "INSERT INTO enrolment (session_id, candidate_id, status, final_interview, "
                    + "enrolled_at, enrolled_by) VALUES (" + session + ", " + candidate + ", 'ENROLLED', TRUE, NOW(6), "
                    + "'banc')");
            insert(db, "INSERT INTO enrolment_ccp (enrolment_id, ccp_number) VALUES (" + enrolment + ", 1), ("
                    + enrolment + ", 2)");
        }
        return session;
    }

    static long insert(Connection db, String sql) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.executeUpdate();
            ResultSet keys = st.getGeneratedKeys();
            return keys.next() ? keys.getLong(1) : 0;
        }
    }

    static long single(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Long> ids(Connection db, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private ScoringLoadRunner() {
    }
}
