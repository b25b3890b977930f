package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.deliberation.CertificationRecords;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a batch may lock its series beforehand, in one statement ({@link DocumentBatch#lockSeries}); a document
 * added to a series locked so is compared with the latest version read then, as when it locks its series itself: the
 * same data give the valid version back, other data a new version that supersedes it, a series without a version a
 * first version.
 */
@QuarkusTest
class DocumentBatchSeriesTest {

    static final LocalDate ON = LocalDate.of(2026, 3, 12);

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocumentRepository repository;

    @Inject
    CandidateRepository candidates;

    @Inject
    CertificationRecords records;

    @Inject
    TitleCatalog catalog;

    @Test
    void aSeriesLockedBeforehandIssuesAsASeriesLockedByItsDocument() {
        Candidate same = fixtures.newCandidate(null);
        Candidate changed = fixtures.newCandidate(null);
        Candidate fresh = fixtures.newCandidate(null);
        fixtures.hold(same.id, "TP-00496", "05", 1, ON, "Lyon");
        fixtures.hold(changed.id, "TP-00496", "05", 1, ON, "Lyon");
        fixtures.hold(fresh.id, "TP-00496", "05", 1, ON, "Lyon");
        IssuedDocument sameBefore = fixtures.issueTriLivret(same.id, ON, "Lyon");
        IssuedDocument changedBefore = fixtures.issueTriLivret(changed.id, ON, "Lyon");

        List<IssuedDocument> stored = QuarkusTransaction.requiringNew().call(() -> {
            try (DocumentBatch batch = documents.batch()) {
                batch.lockSeries(List.of(DocumentService.livretSeries(same.id, "TP-00496"),
                        DocumentService.livretSeries(changed.id, "TP-00496"),
                        DocumentService.livretSeries(fresh.id, "TP-00496")));
                batch.livret(livret(same.id, "Lyon"), null);
                batch.livret(livret(changed.id, "Villeurbanne"), null); // another place of issue: other content
                batch.livret(livret(fresh.id, "Lyon"), null);
                return batch.store();
            }
        });

        assertThat(stored).hasSize(3);
        assertThat(stored.get(0).id).isEqualTo(sameBefore.id);
        assertThat(stored.get(1).version).isEqualTo(2);
        assertThat(stored.get(2).version).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(repository.findById(sameBefore.id).status).isEqualTo(DocumentStatus.VALID);
            assertThat(repository.findById(changedBefore.id).status).isEqualTo(DocumentStatus.SUPERSEDED);
            assertThat(repository.findById(stored.get(1).id).status).isEqualTo(DocumentStatus.VALID);
            assertThat(repository.findById(stored.get(2).id).status).isEqualTo(DocumentStatus.VALID);
        });
    }

    private fr.titrepro.document.render.LivretData livret(long candidateId, String place) {
        Candidate c = candidates.findById(candidateId);
        return records.livret(c, catalog.get("TP-00496", "05"), null,
                new CertificationRecords.Issue(ON, place, Region.ARA));
    }
}
