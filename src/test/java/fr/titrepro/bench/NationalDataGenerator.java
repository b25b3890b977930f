package fr.titrepro.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills a titrepro database (schema by Flyway, shipped référentiel loaded: the application's start does both) with a
 * national volume × scale: 3,000 centres of Zipf-like sizes, 15,000 jurors, 60,000 sessions over five years (8–200
 * candidates), about 1,000,000 candidates, 10,000,000 grid lines with their Envers history, about 2,000,000 issued
 * documents. JDBC batches on one connection, ids given by the generator (no read back), committed every 100 sessions.
 * Run by hand through {@link NationalDataRunner}; {@code NationalDataGeneratorTest} runs it at scale 0.001.
 */
public final class NationalDataGenerator {

    public record Result(Map<String, Long> rows, Map<String, Long> firstIds, int candidates, Duration took) {
        long rows(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    private NationalDataGenerator() {
    }

    /**
     * The URL with the driver's batch settings: bulk commands (COM_STMT_BULK_EXECUTE) for every batch, unless
     * {@code -Dtitrepro.national.bulk=false} (the Galera experiment of docs/performance.md, « Sixth session »: the
     * bulk commands were not the cause of the applier failure).
     */
    static String batchUrl(String jdbcUrl) {
        boolean bulk = Boolean.parseBoolean(System.getProperty("titrepro.national.bulk", "true"));
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true&useBulkStmts=" + bulk
                + "&useBulkStmtsForInserts=" + bulk;
    }

    public static Result generate(String jdbcUrl, String user, String password, double scale,
                                  NationalReferential referential, long seed, PrintStream log) throws SQLException {
        long started = System.nanoTime();
        NationalPlan plan = new NationalPlan(scale, referential, seed);
        log.printf(Locale.ROOT, "[national] échelle %s : %d centres, %d sessions, %d jurés, cible %d candidats, "
                        + "%d lignes de grille, %d documents%n", scale, plan.targets.centres(), plan.sessions.size(),
                plan.targets.jurors(), plan.targets.candidates(), plan.targets.gridLines(), plan.targets.documents());
        Random random = new Random(seed + 1);
        try (Connection connection = DriverManager.getConnection(batchUrl(jdbcUrl), user, password);
             NationalTables tables = new NationalTables(connection)) {
            NationalPeople people = new NationalPeople(tables, plan, referential, random);
            people.writeCentres();
            people.writeJurors();
            tables.commit();
            NationalDocuments documents = new NationalDocuments(tables);
            NationalSessions sessions = new NationalSessions(tables, people, referential, plan,
                    new NationalGrids(tables, random), documents, random);
            int step = Math.max(1, plan.sessions.size() / 50);
            for (int i = 0; i < plan.sessions.size(); i++) {
                sessions.write(i, plan.sessions.get(i));
                if ((i + 1) % 100 == 0) {
                    tables.commit();
                }
                if ((i + 1) % step == 0 || i + 1 == plan.sessions.size()) {
                    Map<String, Long> rows = tables.rows();
                    log.printf(Locale.ROOT, "[national] %3d %% — %,d sessions, %,d candidats, %,d lignes de grille, "
                                    + "%,d documents — %s%n", (i + 1) * 100L / plan.sessions.size(), i + 1,
                            rows.get("candidate"), rows.get("grid_criterion"), rows.get("issued_document"),
                            elapsed(started));
                }
            }
            documents.finish();
            tables.commit();
            Result result = new Result(tables.rows(), tables.bases(), people.names.size(),
                    Duration.ofNanos(System.nanoTime() - started));
            long total = result.rows().values().stream().mapToLong(Long::longValue).sum();
            log.printf(Locale.ROOT, "[national] terminé : %,d lignes en %s%n", total, elapsed(started));
            result.rows().forEach((table, n) -> log.printf(Locale.ROOT, "[national]   %-26s %,14d%n", table, n));
            return result;
        }
    }

    private static String elapsed(long started) {
        Duration d = Duration.ofNanos(System.nanoTime() - started);
        return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
}
