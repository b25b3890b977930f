package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.deliberation.CertificationRecords;
import fr.titrepro.document.render.LivretPdf;
import fr.titrepro.document.render.ParcheminPdf;
import fr.titrepro.document.signing.PadesSigner;
import fr.titrepro.document.signing.SigningKeyProvider;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Not a test: a benchmark run by hand, results in docs/performance.md.
 * <pre>mvn -B -ntp test -Dtest=DocumentBenchmark -Dtitrepro.bench=true</pre>
 * Measures the generation + PAdES signature of one livret and one parchemin (one thread, two threads), then a
 * 200-candidate session: each candidate's livret and parchemin issued through DocumentService (data read from the
 * database, PDF built, signed, stored), and the ZIP of the 400 documents.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "titrepro.bench", matches = "true")
class DocumentBenchmark {

    static final int WARMUP = 400;
    static final int RUNS = 1000;
    static final int SESSION = 200;

    @Inject
    SigningKeyProvider signing;

    @Inject
    DocumentFixtures fixtures;

    @Inject
    CertificationRecords records;

    @Inject
    TitleCatalog catalog;

    @Inject
    CandidateRepository candidates;

    @Inject
    DocumentService documents;

    @Inject
    DocumentArchive archive;

    @Inject
    IssuedDocumentRepository repository;

    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        PadesSigner signer = signing.signer();
        Supplier<byte[]> livret = () -> signer.sign(LivretPdf.render(DocumentSamples.LIVRET,
                DocumentSamples.AUTHORITY, DocumentSamples.STAMP), "bench", Instant.now());
        Supplier<byte[]> parchemin = () -> signer.sign(ParcheminPdf.render(DocumentSamples.PARCHEMIN,
                DocumentSamples.AUTHORITY, DocumentSamples.STAMP), "bench", Instant.now());
        Supplier<byte[]> livretUnsigned = () -> LivretPdf.render(DocumentSamples.LIVRET, DocumentSamples.AUTHORITY,
                DocumentSamples.STAMP);
        Supplier<byte[]> parcheminUnsigned = () -> ParcheminPdf.render(DocumentSamples.PARCHEMIN,
                DocumentSamples.AUTHORITY, DocumentSamples.STAMP);
        for (int i = 0; i < WARMUP; i++) {
            livret.get();
            parchemin.get();
        }
        line("JVM %s, %d processeurs, clé %s, charge de la machine au départ %.1f", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), signer.certificate().getPublicKey().getAlgorithm(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        line("livret : %d octets signé ; parchemin : %d octets signé", livret.get().length, parchemin.get().length);
        perDocument("livret, génération seule", livretUnsigned, 1);
        perDocument("parchemin, génération seule", parcheminUnsigned, 1);
        perDocument("livret, génération + signature", livret, 1);
        perDocument("parchemin, génération + signature", parchemin, 1);
        perDocument("livret, génération + signature", livret, 2);
        perDocument("parchemin, génération + signature", parchemin, 2);
        session();
        line("charge de la machine à la fin %.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.writeString(Path.of("target/document-benchmark.txt"), report);
        System.out.println("\n==== DocumentBenchmark ====\n" + report);
    }

    private void perDocument(String what, Supplier<byte[]> make, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    for (int i = 0; i < RUNS; i++) {
                        make.get();
                    }
                    return CPU.getCurrentThreadCpuTime() - cpu;
                }));
            }
            long cpu = 0;
            for (Future<Long> f : futures) {
                cpu += f.get();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            int total = RUNS * threads;
            line("%-36s %d thread(s) : %d documents en %.0f ms, soit %.2f ms par document (débit) ; temps CPU "
                    + "%.2f ms par document", what, threads, total, ms, ms / total, cpu / 1e6 / total);
        } finally {
            pool.shutdown();
        }
    }

    private void session() throws Exception {
        TitleVersion tri = QuarkusTransaction.requiringNew().call(() -> {
            TitleVersion v = catalog.get("TP-00496", "05");
            v.ccps.size();
            v.nsfCodes.size();
            return v;
        });
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SESSION; i++) {
            Candidate c = fixtures.newCandidate(null);
            fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2025, 6, 20), "Villeurbanne");
            fixtures.hold(c.id, "TP-00496", "05", 2, LocalDate.of(2026, 3, 12), "Lyon");
            ids.add(c.id);
        }
        long q = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            QuarkusTransaction.requiringNew().run(() -> repository.getEntityManager()
                    .createNativeQuery("select 1").getSingleResult());
        }
        line("latence de la base pendant la mesure : %.2f ms par transaction « select 1 »",
                (System.nanoTime() - q) / 200 / 1e6);
        for (int threads : new int[]{1, 2}) {
            List<Long> issued = new java.util.concurrent.CopyOnWriteArrayList<>();
            LocalDate jury = LocalDate.of(2026, 3, 12).plusDays(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t * SESSION / threads;
                int to = (t + 1) * SESSION / threads;
                futures.add(pool.submit(() -> {
                    for (Long id : ids.subList(from, to)) {
                        QuarkusTransaction.requiringNew().run(() -> {
                            Candidate c = candidates.findById(id);
                            issued.add(documents.issueLivret(records.livret(c, tri, null, new CertificationRecords.Issue(jury, "Lyon", Region.ARA))).id);
                            issued.add(documents.issueParchemin(records.parchemin(c, tri, null, jury,
                                    new CertificationRecords.Issue(jury, "Lyon", Region.ARA))).id);
                        });
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double issueMs = (System.nanoTime() - start) / 1e6;

            long zipStart = System.nanoTime();
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            List<IssuedDocument> list = QuarkusTransaction.requiringNew().call(() ->
                    repository.list("id in ?1", issued));
            archive.write(list, zip);
            double zipMs = (System.nanoTime() - zipStart) / 1e6;
            line("session de %d candidats, %d thread(s) : %d documents délivrés (lecture des données, PDF, signature, "
                    + "stockage) en %.0f ms (%.2f ms par document) ; ZIP de %d documents (%d Ko) en %.0f ms ; "
                    + "total %.0f ms", SESSION, threads, issued.size(), issueMs, issueMs / issued.size(), list.size(),
                    zip.size() / 1024, zipMs, issueMs + zipMs);
        }
        // as a PV validation would do it: the whole session in one transaction (all or nothing)
        LocalDate jury = LocalDate.of(2026, 3, 20);
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        int count = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            int n = 0;
            for (Long id : ids) {
                Candidate c = candidates.findById(id);
                documents.issueLivret(records.livret(c, tri, null, new CertificationRecords.Issue(jury, "Lyon", Region.ARA)));
                documents.issueParchemin(records.parchemin(c, tri, null, jury,
                                    new CertificationRecords.Issue(jury, "Lyon", Region.ARA)));
                n += 2;
            }
            return n;
        });
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        line("session de %d candidats en une transaction, 1 thread : %d documents délivrés en %.0f ms (%.2f ms par "
                + "document) ; temps CPU de l'application %.0f ms (%.2f ms par document), le reste est l'attente de "
                + "la base", SESSION, count, ms, ms / count, cpuMs, cpuMs / count);
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.FRANCE, format, args)).append('\n');
    }
}
