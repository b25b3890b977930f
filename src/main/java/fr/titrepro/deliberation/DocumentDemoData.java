package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.HeldCcp;
import fr.titrepro.document.DocumentService;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Demo documents for the run command: the demo candidate (login « candidat », created by the candidates' demo data)
 * gets a livret and a parchemin of TRI as if a session had validated them. Idempotent; does nothing when the
 * candidate is absent. Sessions issue documents at the PV validation ({@link DeliberationDemoData} has one to
 * validate); these ones let « Mes documents » and the verification page be tried at once.
 */
@ApplicationScoped
public class DocumentDemoData {

    private static final Logger LOG = Logger.getLogger(DocumentDemoData.class);
    static final LocalDate JURY_DATE = LocalDate.of(2026, 3, 12);
    static final String JURY_PLACE = "Lyon";

    @ConfigProperty(name = "titrepro.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CandidateRepository candidates;

    @Inject
    TitleCatalog catalog;

    @Inject
    CertificationRecords records;

    @Inject
    DocumentService documents;

    void onStart(@Observes @Priority(40) StartupEvent event) {
        if (enabled) {
            issueDemoDocuments();
        }
    }

    /** Idempotent: nothing happens when the demo candidate is absent or already has documents. */
    void issueDemoDocuments() {
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate candidate = candidates.findByUsername("candidat").orElse(null);
            if (candidate == null) {
                LOG.info("Documents de démonstration : pas de candidat « candidat », rien à délivrer.");
                return;
            }
            if (!documents.documentsOf(candidate.id).isEmpty()) {
                return;
            }
            TitleVersion tri = catalog.get("TP-00496", "05");
            for (Ccp ccp : tri.ccps) {
                if (candidate.heldCcps.stream().noneMatch(h -> h.ccp.id.equals(ccp.id))) {
                    HeldCcp held = new HeldCcp();
                    held.candidate = candidate;
                    held.ccp = ccp;
                    held.obtainedOn = JURY_DATE;
                    held.place = JURY_PLACE;
                    held.proofReference = "Démonstration";
                    held.recordedBy = "demo";
                    held.recordedAt = Instant.now();
                    candidate.heldCcps.add(held);
                }
            }
            candidates.flush();
            documents.issueLivret(records.livret(candidate, tri, JURY_DATE, JURY_PLACE));
            documents.issueParchemin(records.parchemin(candidate, tri, null, JURY_DATE, JURY_PLACE));
            LOG.infof("Documents de démonstration délivrés à %s", candidate.fullName());
        });
    }
}
