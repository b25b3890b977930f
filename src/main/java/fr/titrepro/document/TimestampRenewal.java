package fr.titrepro.document;

import fr.titrepro.document.longterm.DocumentTimestamps;
import fr.titrepro.document.longterm.TimestampRenewalPolicy.Decision;
import fr.titrepro.document.longterm.TimestampRenewalPolicy;
import fr.titrepro.document.signing.SigningKeyProvider;
import fr.titrepro.shared.cluster.JobLease;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the PAdES B-LTA proof of the archived PDFs alive (issue 16): on its cron, on one instance of the cluster, it
 * reads the last document timestamp of each PDF whose authority certificate ends within the margin (or is not known
 * yet) and, when {@link TimestampRenewalPolicy} says so, appends a new DSS and a new document timestamp
 * ({@code LongTermArchiver.renew}, an incremental update: the issued bytes and every earlier revision stay at the start
 * of the file). One transaction per document: a failure leaves that document as it was and is logged.
 */
@ApplicationScoped
public class TimestampRenewal {

    private static final Logger LOG = Logger.getLogger(TimestampRenewal.class);
    static final String JOB = "document-timestamp-renewal";

    /** What one run did: the decisions taken, by kind; the documents that could not be renewed. */
    public record Run(Map<Decision, Integer> decisions, List<Long> failed) {
        public int renewed() {
            return decisions.entrySet().stream().filter(e -> e.getKey().renew()).mapToInt(Map.Entry::getValue).sum();
        }
    }

    @Inject
    DocumentConfig config;

    @Inject
    DocumentPdfRepository pdfs;

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    SigningKeyProvider signing;

    @Inject
    JobLease lease;

    @Scheduled(cron = "{titrepro.documents.timestamp-renewal.cron}", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        lease.runExclusively(JOB, Duration.ofHours(6), () -> {
            Run run = renewDue(Instant.now());
            LOG.infof("Renouvellement des horodatages d'archive : %s ; échecs : %s", run.decisions(), run.failed());
        });
    }

    /** Examines at most {@code batch} documents due (or not known yet), in id order, and renews those that need it. */
    public Run renewDue(Instant now) {
        Duration margin = config.timestampRenewal().margin();
        Optional<Instant> current = signing.signer().archiveExpiry();
        if (current.isPresent() && !now.plus(margin).isBefore(current.get())) {
            LOG.warnf("Le certificat de l'autorité d'horodatage configurée finit le %s, dans la marge de "
                    + "renouvellement : configurez une autre autorité (titrepro.documents.tsa-url).", current.get());
        }
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        List<Long> failed = new java.util.ArrayList<>();
        int limit = config.timestampRenewal().batch();
        long after = 0;
        int examined = 0;
        while (examined < limit) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> documents.dueForRenewal(now.plus(margin),
                    from, Math.min(100, limit)));
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids.subList(0, Math.min(ids.size(), limit - examined))) {
                try {
                    decisions.merge(renew(id, now), 1, Integer::sum);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Renouvellement de l'horodatage du document %d impossible", id);
                    failed.add(id);
                }
                examined++;
                after = id;
            }
        }
        return new Run(decisions, List.copyOf(failed));
    }

    /** One document, in its own transaction (its row locked): the policy's decision, applied. */
    public Decision renew(long documentId, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IssuedDocument d = documents.findById(documentId, LockModeType.PESSIMISTIC_WRITE);
            byte[] pdf = pdfs.content(documentId);
            Optional<DocumentTimestamps.Last> last = DocumentTimestamps.last(pdf);
            Decision decision = TimestampRenewalPolicy.decide(TimestampRenewalPolicy.evidence(last), now,
                    config.timestampRenewal().margin());
            if (decision.renew()) {
                byte[] renewed = signing.signer().archiver().renew(pdf);
                // the PDF entity is immutable (never compared at flush): the renewed file is written here, once
                pdfs.replaceContent(documentId, renewed);
                d.pdfSha256 = DocumentService.sha256(renewed);
                d.pdfSize = renewed.length;
                d.archiveRenewedAt = now;
                last = DocumentTimestamps.last(renewed);
                LOG.infof("Document %s : horodatage d'archive renouvelé (%s)", d.code, decision.reason());
            }
            d.archiveExpiresAt = last.map(l -> l.authority().getNotAfter().toInstant()).orElse(null);
            return decision;
        });
    }
}
