package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.deliberation.CertificationRecords;
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
        line("JVM %s, %d processeurs, clé %s", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                signer.certificate().getPublicKey().getAlgorithm());
        line("livret : %d octets signé ; parchemin : %d octets signé", livret.get().length, parchemin.get().length);
        perDocument("livret, génération seule", livretUnsigned, 1);
        perDocument("parchemin, génération seule", parcheminUnsigned, 1);
        perDocument("livret, génération + signature", livret, 1);
        perDocument("parchemin, génération + signature", parchemin, 1);
        perDocument("livret, génération + signature", livret, 2);
        perDocument("parchemin, génération + signature", parchemin, 2);
        session();
        Files.writeString(Path.of("target/document-benchmark.txt"), report);
        System.out.println("\n==== DocumentBenchmark ====\n" + report);
    }

    private void perDocument(String what, Supplier<byte[]> make, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < RUNS; i++) {
                        make.get();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            int total = RUNS * threads;
            line("%-36s %d thread(s) : %d documents en %.0f ms, soit %.2f ms par document (débit), %.2f ms par "
                    + "document et par thread", what, threads, total, ms, ms / total, ms * threads / total);
        } finally {
            pool.shutdown();
        }
    }

    private void session() throws Exception {
        TitleVersion tri = catalog.get("TP-00496", "05");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SESSION; i++) {
            Candidate c = fixtures.newCandidate(null);
            fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2025, 6, 20), "Villeurbanne");
            fixtures.hold(c.id, "TP-00496", "05", 2, LocalDate.of(2026, 3, 12), "Lyon");
            ids.add(c.id);
        }
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
                            TitleVersion v = catalog.get(tri.code, tri.version);
                            issued.add(documents.issueLivret(records.livret(c, v, jury, "Lyon")).id);
                            issued.add(documents.issueParchemin(records.parchemin(c, v, null, jury, "Lyon")).id);
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
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.FRANCE, format, args)).append('\n');
    }
}
