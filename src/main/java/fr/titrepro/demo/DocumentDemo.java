package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.candidate.acquired.ObtainedTitle;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.Region;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import fr.titrepro.deliberation.CertificationRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Demo builder of the documents ({@link DemoLoader}, step 3): the demo candidate (login « candidat », created by the candidates' demo data)
 * gets a livret of TRI (partial success: CCP 1) and later its parchemin (title obtained), as if two sessions had
 * validated them, issued through the document service. Idempotent; does nothing when the
 * candidate is absent. Sessions issue documents at the PV validation ({@link DeliberationDemo} has one to
 * validate); these ones let « Mes documents » and the verification page be tried at once.
 */
@ApplicationScoped
public class DocumentDemo {

    private static final Logger LOG = Logger.getLogger(DocumentDemo.class);
    static final LocalDate JURY_DATE = LocalDate.of(2026, 3, 12);
    static final String JURY_PLACE = "Lyon";
    static final Region JURY_REGION = Region.ARA;
    static final LocalDate PARTIAL_DATE = LocalDate.of(2025, 6, 20);

    @Inject
    CandidateRepository candidates;

    @Inject
    TitleCatalog catalog;

    @Inject
    CertificationRecords records;

    @Inject
    DocumentService documents;

    private static void hold(Candidate candidate, Ccp ccp, LocalDate on) {
        if (candidate.heldCcps.stream().noneMatch(h -> h.ccp.id.equals(ccp.id))) {
            HeldCcp held = new HeldCcp();
            held.candidate = candidate;
            held.ccp = ccp;
            held.obtainedOn = on;
            held.place = JURY_PLACE;
            held.proofReference = "Démonstration";
            held.recordedBy = "demo";
            held.recordedAt = Instant.now();
            candidate.heldCcps.add(held);
        }
    }

    /** Idempotent: nothing happens when the demo candidate is absent or already has documents. */
    public void load() {
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
            // as in life: a partial success first (CCP 1, livret), then the title at a later session (parchemin)
            hold(candidate, tri.ccps.get(0), PARTIAL_DATE);
            candidates.flush();
            documents.issueLivret(records.livret(candidate, tri, null,
                    new CertificationRecords.Issue(PARTIAL_DATE, JURY_PLACE, JURY_REGION)));
            for (Ccp ccp : tri.ccps) {
                hold(candidate, ccp, JURY_DATE);
            }
            if (!candidate.obtainedTitle(tri.code)) {
                ObtainedTitle title = new ObtainedTitle();
                title.candidate = candidate;
                title.titleVersion = tri;
                title.obtainedOn = JURY_DATE;
                title.place = JURY_PLACE;
                title.recordedBy = "demo";
                title.recordedAt = Instant.now();
                candidate.obtainedTitles.add(title);
            }
            candidates.flush();
            documents.issueParchemin(records.parchemin(candidate, tri, null, JURY_DATE,
                    new CertificationRecords.Issue(JURY_DATE, JURY_PLACE, JURY_REGION)));
            LOG.infof("Documents de démonstration délivrés à %s", candidate.fullName());
        });
    }
}
