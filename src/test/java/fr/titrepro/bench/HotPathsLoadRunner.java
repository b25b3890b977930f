package fr.titrepro.bench;

import fr.titrepro.document.KeycloakAccounts;
import fr.titrepro.document.ResultsDayLoadRunner;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.function.Function;

/**
 * The hot paths of issue 14 under concurrency, run by hand (not a test) against the packaged application on the
 * national-volume database ({@code src/tools/national-data.sh}): N users (20 by default) loop at once, each in one
 * role, each request drawn at random among its role's paths with random data of the database:
 * <ul>
 *     <li>centre staff of the five biggest centres ({@code nat-centre-1…5}): candidate search by reference and by
 *     name, session lists (upcoming, past), the page and the enrolments of the centre's biggest session;</li>
 *     <li>the administration ({@code admin}): candidate search by reference and by name over every centre, session
 *     list, document list searched by code and by name;</li>
 *     <li>jurors ({@code nat-jure-…} of sessions holding grids, set « in progress » for the run and set back after):
 *     their grid (API) and its page;</li>
 *     <li>candidates holding documents ({@code hp-cand-…}, linked for the run): « Mes documents » (API and page);
 *     and anyone: the verification page of a random document code (HTML and JSON).</li>
 * </ul>
 * Logins go through Keycloak (password grant, accounts created by its admin API when missing). Prints, per path,
 * the requests measured after the warm-up, p50/p95/p99/max and the errors by status.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) fr.titrepro.bench.HotPathsLoadRunner \
 *      http://127.0.0.1:8095/ jdbc:mariadb://127.0.0.1:3306/titrepro_national 20 20 60
 * </pre>
 * (base URL, JDBC URL, users, warm-up s, measured s; -Dkeycloak=realm URL, -Dkeycloak.admin=kcadmin:kcadmin,
 * -Dexclude=regex of paths to leave out, -Dthink=ms: each user's mean pause between two requests, drawn from an
 * exponential law — 0 by default, a stress run where every user asks again as soon as answered). The verification paths come from one address: start the application with
 * {@code titrepro.documents.verification.per-minute} raised for the run, or they measure the rate limit (429).
 */
public final class HotPathsLoadRunner {

    /** One request of a path: the URL (relative to the base) and whether the page (HTML) is asked. */
    record Call(String path, String url, boolean html) {
    }

    /** A user of the run: a login (null for anonymous) and how it draws its next request. */
    record User(String login, Function<ThreadLocalRandom, Call> next) {
    }

    record Candidate(String reference, String birthName, String firstName) {
    }

    record Grid(long session, long enrolment, long grid, String juror) {
    }

    /** -Dexclude=regex: paths left out of a run (e.g. to measure the others without one that saturates the database). */
    static final java.util.regex.Pattern EXCLUDED = System.getProperty("exclude") == null ? null
            : java.util.regex.Pattern.compile(System.getProperty("exclude"));

    /** -Dthink=ms: the mean pause of a user between two requests (0: none). */
    static final long THINK = Long.getLong("think", 0);

    static final Map<String, List<long[]>> LATENCIES = new ConcurrentHashMap<>();
    static final Map<String, Map<Integer, AtomicLong>> ERRORS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8095/";
        String jdbc = args.length > 1 ? args[1] : "jdbc:mariadb://127.0.0.1:3306/titrepro_national";
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        String realm = System.getProperty("keycloak", "http://127.0.0.1:8180/realms/titrepro");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        KeycloakAccounts accounts = new KeycloakAccounts(http, realm, System.getProperty("keycloak.admin", "kcadmin:kcadmin"));
        List<Grid> grids;
        List<User> all = new ArrayList<>();
        try (Connection db = ResultsDayLoadRunner.connect(jdbc)) {
            List<String> codes = strings(db, "SELECT code FROM issued_document WHERE id >= (SELECT MAX(id) * 0.3 FROM issued_document) "
                    + "AND status = 'VALID' ORDER BY id LIMIT 2000");
            List<Candidate> everyone = new ArrayList<>();
            List<String> dashboard = dashboard(db);
            for (int c = 1; c <= 5; c++) {
                String login = "nat-centre-" + c;
                long centre = number(db, "SELECT centre_id FROM centre_staff WHERE username = '" + login + "'");
                List<Candidate> followed = candidates(db, "SELECT c.reference, c.birth_name, SUBSTRING_INDEX(c.first_names, ',', 1) "
                        + "FROM candidate_follow f JOIN candidate c ON c.id = f.candidate_id WHERE f.centre_id = " + centre
                        + " ORDER BY f.candidate_id DESC LIMIT 300");
                everyone.addAll(followed);
                long biggest = number(db, "SELECT e.session_id FROM enrolment e JOIN exam_session s ON s.id = e.session_id "
                        + "WHERE s.centre_id = " + centre + " GROUP BY e.session_id ORDER BY COUNT(*) DESC, e.session_id LIMIT 1");
                long seats = number(db, "SELECT COUNT(*) FROM enrolment WHERE session_id = " + biggest);
                System.out.printf("%s: centre %d, %d candidates sampled, biggest session %d (%d enrolments)%n", login, centre,
                        followed.size(), biggest, seats);
                accounts.ensureUser(login, "centre");
                all.add(new User(login, centreStaff(followed, biggest, dashboard)));
            }
            accounts.ensureUser("admin", "admin");
            grids = heldGrids(db, 6);
            List<String> holders = linkHolders(db, 6);
            for (int i = 0; all.size() < users; i++) {
                switch (i % 4) {
                    case 0 -> all.add(new User("admin", admin(everyone, codes, dashboard)));
                    case 1 -> {
                        Grid g = grids.get(i / 4 % grids.size());
                        accounts.ensureUser(g.juror(), "juror");
                        all.add(new User(g.juror(), juror(g)));
                    }
                    case 2 -> {
                        String login = holders.get(i / 4 % holders.size());
                        accounts.ensureUser(login, "candidate");
                        all.add(new User(login, candidate()));
                    }
                    default -> all.add(new User(null, verifier(codes)));
                }
            }
        }
        System.out.printf("%d users ready (%s), think time %d ms, load %s%n", all.size(), roles(all), THINK, load());
        try {
            run(http, realm, base, all, warmup, measured);
        } finally {
            try (Connection db = ResultsDayLoadRunner.connect(jdbc)) {
                restore(db, grids);
            }
        }
        System.out.printf("load at the end %s%n", load());
        report(measured);
    }

    static Function<ThreadLocalRandom, Call> centreStaff(List<Candidate> followed, long session, List<String> dashboard) {
        return r -> {
            Candidate c = followed.get(r.nextInt(followed.size()));
            return switch (r.nextInt(dashboard.isEmpty() ? 6 : 8)) {
                case 6 -> new Call("centre: quality dashboard page", "insights", true);
                case 7 -> new Call("centre: quality dashboard, a CCP's criteria", "insights?" + dashboard.get(r.nextInt(dashboard.size())), true);
                case 0 -> new Call("centre: candidate search by reference", "api/candidates?query=" + enc(c.reference()), false);
                case 1 -> new Call("centre: candidate search by name", "api/candidates?query=" + enc(c.birthName() + " " + c.firstName()), false);
                case 2 -> new Call("centre: session list (upcoming)", "api/sessions", false);
                case 3 -> new Call("centre: session list (past)", "api/sessions?period=past", false);
                case 4 -> new Call("centre: 200-candidate session page", "sessions/" + session, true);
                default -> new Call("centre: 200-candidate session enrolments (API)", "api/sessions/" + session + "/enrolments", false);
            };
        };
    }

    static Function<ThreadLocalRandom, Call> admin(List<Candidate> everyone, List<String> codes, List<String> dashboard) {
        return r -> {
            Candidate c = everyone.get(r.nextInt(everyone.size()));
            return switch (r.nextInt(dashboard.isEmpty() ? 5 : 8)) {
                case 5 -> new Call("admin: quality dashboard page", "insights", true);
                case 6 -> new Call("admin: quality dashboard, a CCP's criteria", "insights?" + dashboard.get(r.nextInt(dashboard.size())), true);
                case 7 -> new Call("admin: insights API, criteria of a CCP", "api/insights/criteria?" + dashboard.get(r.nextInt(dashboard.size())), false);
                case 0 -> new Call("admin: candidate search by reference", "api/candidates?query=" + enc(c.reference()), false);
                case 1 -> new Call("admin: candidate search by name", "api/candidates?query=" + enc(c.birthName() + " " + c.firstName()), false);
                case 2 -> new Call("admin: session list", "api/sessions", false);
                case 3 -> new Call("admin: document search by code", "api/documents?search=" + codes.get(r.nextInt(codes.size())), false);
                default -> new Call("admin: document search by name", "api/documents?search=" + enc(c.birthName()), false);
            };
        };
    }

    static Function<ThreadLocalRandom, Call> juror(Grid g) {
        return r -> r.nextBoolean()
                ? new Call("juror: grid (API)", "api/grids/" + g.grid(), false)
                : new Call("juror: grid page", "scoring/sessions/" + g.session() + "/enrolments/" + g.enrolment(), true);
    }

    static Function<ThreadLocalRandom, Call> candidate() {
        return r -> r.nextBoolean()
                ? new Call("candidate: « Mes documents » (API)", "api/me/documents", false)
                : new Call("candidate: « Mes documents » page", "me/documents", true);
    }

    static Function<ThreadLocalRandom, Call> verifier(List<String> codes) {
        return r -> {
            String code = codes.get(r.nextInt(codes.size()));
            return r.nextBoolean() ? new Call("anyone: verification page", "verify/" + code, true)
                    : new Call("anyone: verification (JSON)", "verify/" + code, false);
        };
    }

    /** The paths' GETs answered 502-504 or whose connection failed, sent again (counted apart from the errors). */
    static RetryingHttp app;

    static void run(HttpClient http, String realm, String base, List<User> all, int warmup, int measured) throws Exception {
        app = new RetryingHttp(http, RetryingHttp.Backoff.FAILOVER);
        long start = System.nanoTime();
        long from = start + Duration.ofSeconds(warmup).toNanos();
        long end = from + Duration.ofSeconds(measured).toNanos();
        CountDownLatch done = new CountDownLatch(all.size());
        AtomicLong count = new AtomicLong();
        for (User u : all) {
            Thread.ofPlatform().name("user-" + u.login()).start(() -> {
                Map<String, long[]> mine = new TreeMap<>();
                Map<String, Integer> sizes = new TreeMap<>();
                String token = null;
                try {
                    while (System.nanoTime() < end) {
                        if (u.login() != null && token == null) {
                            token = ResultsDayLoadRunner.login(http, realm, u.login());
                            if (token == null) {
                                error("login " + u.login(), 401);
                                Thread.sleep(1000);
                                continue;
                            }
                        }
                        Call call = u.next().apply(ThreadLocalRandom.current());
                        if (EXCLUDED != null && EXCLUDED.matcher(call.path()).find()) {
                            // a user whose every path is left out must not spin on the runner's cores
                            Thread.sleep(1);
                            continue;
                        }
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + call.url()))
                                .timeout(Duration.ofSeconds(30)).GET()
                                .header("Accept", call.html() ? "text/html" : "application/json");
                        if (token != null) {
                            b.header("Authorization", "Bearer " + token);
                        }
                        long t0 = System.nanoTime();
                        int status = status(http, b.build());
                        long took = System.nanoTime() - t0;
                        if (status == 401 && token != null) {
                            token = null;
                            continue;
                        }
                        if (status != 200) {
                            error(call.path(), status);
                        } else if (t0 >= from) {
                            int n = sizes.getOrDefault(call.path(), 0);
                            long[] a = mine.computeIfAbsent(call.path(), k -> new long[256]);
                            if (n == a.length) {
                                a = Arrays.copyOf(a, n * 2);
                                mine.put(call.path(), a);
                            }
                            a[n] = took;
                            sizes.put(call.path(), n + 1);
                            count.incrementAndGet();
                        }
                        Thread.sleep(think(ThreadLocalRandom.current()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    mine.forEach((path, a) -> LATENCIES.computeIfAbsent(path, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(Arrays.copyOf(a, sizes.get(path))));
                    done.countDown();
                }
            });
        }
        long last = 0;
        while (!done.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            long now = count.get();
            System.out.printf("  t=%3d s  %6.0f requests/s measured  final errors %s  retried %s  load %s%n",
                    (System.nanoTime() - start) / 1_000_000_000L, (now - last) / 10.0, errors(), app.retries(), load());
            last = now;
        }
    }

    /** A user's pause after an answer: exponential of mean {@link #THINK}, at most five times the mean. */
    static long think(ThreadLocalRandom r) {
        return THINK == 0 ? 0 : Math.min(5 * THINK, Math.round(-THINK * Math.log(1 - r.nextDouble())));
    }

    static void report(int seconds) {
        System.out.println();
        System.out.println("| path | requests | /s | p50 | p95 | p99 | max | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        long total = 0;
        for (String path : new TreeMap<>(LATENCIES).keySet()) {
            long[] all = LATENCIES.get(path).stream().flatMapToLong(Arrays::stream).sorted().toArray();
            total += all.length;
            System.out.printf("| %s | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |%n", path, all.length,
                    all.length / (double) seconds, ResultsDayLoadRunner.ms(all, 0.5), ResultsDayLoadRunner.ms(all, 0.95),
                    ResultsDayLoadRunner.ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    ERRORS.getOrDefault(path, Map.of()));
        }
        long[] every = LATENCIES.values().stream().flatMap(List::stream).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("| **all paths** | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |%n", total,
                total / (double) seconds, ResultsDayLoadRunner.ms(every, 0.5), ResultsDayLoadRunner.ms(every, 0.95),
                ResultsDayLoadRunner.ms(every, 0.99), every.length == 0 ? 0 : every[every.length - 1] / 1e6, errors());
        System.out.printf("(errors: final, after the retries; retried %d %s, -1: connection failed)%n",
                app.retryCount(), app.retries());
    }

    /** The drill-down filters of the quality dashboard (issue 19): a CCP and one of its competencies, when aggregated. */
    static List<String> dashboard(Connection db) throws SQLException {
        List<String> filters = new ArrayList<>();
        for (String part : strings(db, "SELECT DISTINCT part_key FROM insight_part WHERE part_key LIKE 'CCP%' ORDER BY part_key")) {
            filters.add("ccp=" + enc(part));
            for (String competency : strings(db, "SELECT MIN(competency_key) FROM insight_criterion WHERE part_key = '"
                    + part + "' AND session_id = (SELECT MAX(session_id) FROM insight_criterion)")) {
                if (competency != null) {
                    filters.add("ccp=" + enc(part) + "&competency=" + enc(competency));
                }
            }
        }
        System.out.printf("quality dashboard drill-downs: %s%n", filters.isEmpty() ? "none (no aggregates: POST /api/insights/rebuild)" : filters);
        return filters;
    }

    /** Sessions holding submitted grids, set « in progress » so that their jurors may open them (set back after). */
    static List<Grid> heldGrids(Connection db, int count) throws SQLException {
        List<Grid> grids = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS bench_hot_path_session (session_id BIGINT PRIMARY KEY, status VARCHAR(30) NOT NULL)");
        }
        for (String session : strings(db, "SELECT DISTINCT session_id FROM evaluation_grid ORDER BY session_id DESC LIMIT " + count)) {
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT g.enrolment_id, g.id, j.username FROM evaluation_grid g "
                         + "JOIN juror j ON j.id = g.juror_id WHERE g.session_id = " + session + " ORDER BY g.id LIMIT 1")) {
                rs.next();
                grids.add(new Grid(Long.parseLong(session), rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        for (Grid g : grids) {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT IGNORE INTO bench_hot_path_session SELECT id, status FROM exam_session WHERE id = " + g.session());
                st.executeUpdate("UPDATE exam_session SET status = 'IN_PROGRESS' WHERE id = " + g.session());
            }
        }
        System.out.printf("%d sessions with grids set in progress for the run: %s%n", grids.size(), grids);
        return grids;
    }

    static void restore(Connection db, List<Grid> grids) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE exam_session s JOIN bench_hot_path_session b ON b.session_id = s.id SET s.status = b.status");
            st.executeUpdate("DROP TABLE bench_hot_path_session");
        }
        System.out.printf("%d sessions set back to their status%n", grids.size());
    }

    /** Candidates holding a valid parchemin, given the logins hp-cand-1…N for the run. */
    static List<String> linkHolders(Connection db, int count) throws SQLException {
        List<String> logins = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE candidate SET username = NULL WHERE username LIKE 'hp-cand-%'");
        }
        List<String> ids = strings(db, "SELECT candidate_id FROM issued_document WHERE kind = 'PARCHEMIN' AND status = 'VALID' "
                + "AND id >= (SELECT MAX(id) / 2 FROM issued_document) ORDER BY id LIMIT " + count);
        try (PreparedStatement ps = db.prepareStatement("UPDATE candidate SET username = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                String login = "hp-cand-" + (i + 1);
                ps.setString(1, login);
                ps.setLong(2, Long.parseLong(ids.get(i)));
                ps.executeUpdate();
                logins.add(login);
            }
        }
        return logins;
    }

    static List<Candidate> candidates(Connection db, String sql) throws SQLException {
        List<Candidate> list = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                list.add(new Candidate(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return list;
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> list = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }

    static long number(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing for " + sql + ": generate data first (src/tools/national-data.sh)");
            }
            return rs.getLong(1);
        }
    }

    static int status(HttpClient http, HttpRequest request) {
        try {
            return app.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return RetryingHttp.CONNECTION_FAILED;
        }
    }

    static void error(String path, int status) {
        ERRORS.computeIfAbsent(path, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    }

    static Map<String, Long> errors() {
        Map<String, Long> all = new TreeMap<>();
        ERRORS.forEach((path, byStatus) -> byStatus.forEach((status, n) -> all.merge(String.valueOf(status), n.get(), Long::sum)));
        return all;
    }

    static String roles(List<User> all) {
        Map<String, Integer> byRole = new TreeMap<>();
        all.forEach(u -> byRole.merge(u.login() == null ? "anonymous" : u.login().replaceAll("-?\\d+$", ""), 1, Integer::sum));
        return byRole.toString();
    }

    static String load() {
        try {
            return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HotPathsLoadRunner() {
    }
}
