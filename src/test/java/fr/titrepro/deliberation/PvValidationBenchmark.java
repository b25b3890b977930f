package fr.titrepro.deliberation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;

/**
 * Not a test: a benchmark run by hand, results in docs/performance.md.
 * <pre>mvn -B -ntp test -Dtest=PvValidationBenchmark -Dtitrepro.bench=true</pre>
 * A session titre TRI of 200 candidates (every other one with both CCPs, the others with CCP 1 only) through the
 * API with real logins: the 200 decisions, the two signatures (the last one issues the PV), the administration's
 * validation (200 outcomes, the CCPs held, the documents issued — counted from the validation's answer — in one transaction), the centre's ZIP.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "titrepro.bench", matches = "true")
class PvValidationBenchmark {

    static final int CANDIDATES = 200;

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    /**
     * {@code -Dtitrepro.bench.sessions=2}: a second session validated by the same JVM, its code paths compiled by the
     * JIT during the first (the first validation of a fresh JVM also pays the compilation of the signing code).
     */
    @Test
    void run() throws Exception {
        StringBuilder reports = new StringBuilder();
        for (int i = 0; i < Integer.getInteger("titrepro.bench.sessions", 1); i++) {
            reports.append(i == 0 ? "" : "\nsession " + (i + 1) + " validated by the same JVM\n").append(session());
        }
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/pv-validation.txt"), reports);
    }

    private String session() throws Exception {
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(CANDIDATES)
                .status(SessionStatus.DELIBERATION).create();
        for (int i = 0; i < CANDIDATES; i++) {
            fixtures.agree(s.sessionId(), s.enrolment(i), 1, Verdict.ACQUIRED);
            fixtures.agree(s.sessionId(), s.enrolment(i), 2, i % 2 == 0 ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED);
        }
        String base = "/api/sessions/" + s.sessionId();
        long t0 = System.nanoTime();
        for (int i = 0; i < CANDIDATES; i++) {
            as("jury").body(Map.of("attendance", "PRESENT", "finalInterview", "HELD_FAVOURABLY"))
                    .put(base + "/deliberation/" + s.enrolment(i)).then().statusCode(200);
        }
        long decisions = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        as("jury").post(base + "/pv/signatures").then().statusCode(200);
        long firstSignature = System.nanoTime() - t1;
        long t2 = System.nanoTime();
        as("jury2").post(base + "/pv/signatures").then().statusCode(200);
        long lastSignature = System.nanoTime() - t2;
        long cpu3 = processCpu();
        Map<String, Long> threads3 = threadCpu();
        long t3 = System.nanoTime();
        int issued = as("admin").post(base + "/pv/validation").then().statusCode(200).extract().jsonPath()
                .getInt("documents");
        long validation = System.nanoTime() - t3;
        long validationCpu = processCpu() - cpu3;
        Map<String, Long> byThread = new java.util.TreeMap<>();
        threadCpu().forEach((group, ns) -> byThread.put(group, ns - threads3.getOrDefault(group, 0L)));
        long inThreads = byThread.values().stream().mapToLong(Long::longValue).sum();
        byThread.put("JVM itself (JIT compilers, GC: process minus Java threads)", validationCpu - inThreads);
        StringBuilder split = new StringBuilder();
        byThread.entrySet().stream().filter(e -> e.getValue() >= 10_000_000L).forEach(e -> split.append(
                String.format(Locale.ROOT, "  %s: %.2f s%n", e.getKey(), e.getValue() / 1e9)));
        long t4 = System.nanoTime();
        byte[] zip = as("centre").get(base + "/documents.zip").then().statusCode(200).extract().asByteArray();
        long archive = System.nanoTime() - t4;
        int entries = DeliberationResourceTest.entries(zip).size();
        String report = String.format(Locale.ROOT, """
                        PV validation benchmark, %d candidates
                        %d decisions (PUT, sequential): %.2f s (%.1f ms each, mean)
                        first signature: %.0f ms
                        last signature (PV of %d candidates issued and signed): %.0f ms
                        validation (outcomes, CCPs held, %d documents issued, as the validation answered): %.2f s
                        validation, CPU time of the JVM (all threads, GC included): %.2f s
                        ZIP of the session (%d entries counted, %d KB): %.0f ms
                        validation's CPU time by thread group:
                        %s""", CANDIDATES, CANDIDATES, decisions / 1e9, decisions / 1e6 / CANDIDATES, firstSignature / 1e6,
                CANDIDATES, lastSignature / 1e6, issued, validation / 1e9, validationCpu / 1e9, entries, zip.length / 1024,
                archive / 1e6, split);
        System.out.println(report);
        return report;
    }

    /** CPU time of the live Java threads, summed by name without its number (« document-signing », « executor-thread »). */
    private static Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            long ns = t == null ? -1 : mx.getThreadCpuTime(t.getThreadId());
            if (ns > 0) {
                groups.merge(t.getThreadName().replaceAll("[-\\s]*\\d+$", ""), ns, Long::sum);
            }
        }
        return groups;
    }

    /** CPU time of this JVM (the application and the test client share it; the client is idle while it waits). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
