package fr.titrepro.document;

import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.document.signing.PadesSigner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Documents issued together by one transaction (issue 16: the livrets and parchemins of a PV validation). Each
 * {@code add} runs on the transaction's thread what needs the database — mandatory mentions checked, the series
 * locked, the valid version compared, the code drawn — and hands the rendering and the signature (PAdES B-LTA: two
 * timestamp tokens, the validation data) to {@link DocumentWorkers}, so that they run while the transaction goes on
 * with the next candidates. {@link #store} waits for every PDF, then writes the rows on the transaction's thread:
 * a PDF that cannot be signed throws before any document of the batch is written, and the transaction rolls back
 * whatever else it wrote (all or nothing, as when the documents were signed one after the other).
 * {@link #close} cancels what was not stored (the transaction failed first). Not thread-safe: one transaction's.
 */
public final class DocumentBatch implements AutoCloseable {

    /** A document of the batch: to store once {@code pdf} is signed, or {@code unchanged} (same data already valid). */
    private record Entry(PendingDocument pending, Future<byte[]> pdf, IssuedDocument unchanged) {
    }

    private final DocumentService service;
    private final DocumentStorage storage;
    private final ExecutorService workers;
    private final PadesSigner signer;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> series = new HashSet<>();
    /** The series locked by {@link #lockSeries}, with their latest version (empty: none yet). */
    private final Map<String, Optional<IssuedDocument>> locked = new HashMap<>();

    DocumentBatch(DocumentService service, DocumentStorage storage, ExecutorService workers, PadesSigner signer) {
        this.service = service;
        this.storage = storage;
        this.workers = workers;
        this.signer = signer;
    }

    /**
     * Locks, in one statement, the series the batch may add a document to (issue 16: a validation knows its
     * candidates before it applies them); {@code add} then reads their latest version from here instead of locking
     * each series in turn. A series not named here is locked when its document is added, as before.
     */
    public void lockSeries(Collection<String> seriesKeys) {
        Map<String, IssuedDocument> found = service.latestForUpdate(seriesKeys);
        seriesKeys.forEach(k -> locked.put(k, Optional.ofNullable(found.get(k))));
    }

    /** The candidate's livret of the title, issued by {@code sessionId}'s deliberation. */
    public void livret(LivretData d, Long sessionId) {
        add(service.livret(d), sessionId);
    }

    /** The parchemin of the title or of the CCS, issued by {@code sessionId}'s deliberation. */
    public void parchemin(ParcheminData d, Long sessionId) {
        add(service.parchemin(d), sessionId);
    }

    private void add(DocumentService.Issuable issuable, Long sessionId) {
        if (!series.add(issuable.draft().seriesKey())) {
            // the second would follow a version not written yet: the same version number twice
            throw new IllegalStateException("Deux documents de la même série dans un lot : "
                    + issuable.draft().seriesKey());
        }
        Optional<IssuedDocument> latest = locked.remove(issuable.draft().seriesKey());
        DocumentService.Prepared prepared = latest == null ? service.prepare(issuable.draft(), sessionId)
                : service.prepare(issuable.draft(), sessionId, latest);
        PendingDocument p = prepared.pending();
        if (p == null) {
            prepared.unchanged().sessionId = sessionId;
            entries.add(new Entry(null, null, prepared.unchanged()));
        } else {
            entries.add(new Entry(p, workers.submit(() -> p.sign(signer, issuable.render())), null));
        }
    }

    /** How many documents the batch holds (new versions and unchanged ones). */
    public int size() {
        return entries.size();
    }

    /**
     * Waits for every PDF, then stores the new versions together (the valid ones they follow become SUPERSEDED);
     * returns every document of the batch in the order they were added, unchanged ones included.
     */
    public List<IssuedDocument> store() {
        List<PendingDocument> pending = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        for (Entry e : entries) {
            if (e.pdf() != null) {
                pending.add(e.pending());
                pdfs.add(signed(e.pdf()));
            }
        }
        Iterator<IssuedDocument> created = storage.storeAll(pending, pdfs).iterator();
        List<IssuedDocument> documents = entries.stream()
                .map(e -> e.unchanged() != null ? e.unchanged() : created.next()).toList();
        entries.clear();
        return documents;
    }

    /** Cancels the renderings and signatures not stored (the transaction failed before {@link #store}). */
    @Override
    public void close() {
        entries.stream().filter(e -> e.pdf() != null).forEach(e -> e.pdf().cancel(true));
        entries.clear();
    }

    private static byte[] signed(Future<byte[]> pdf) {
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Signature des documents interrompue", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("Signature des documents annulée", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Signature du document impossible", e.getCause());
        }
    }
}
