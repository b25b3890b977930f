package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.DocumentStatus;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DocumentDemoTest {

    @Inject
    DocumentDemo demo;

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @Test
    void theDemoCandidateHasAValidLivretAndParcheminAndARestartAddsNothing() {
        Candidate lucas = fixtures.lucasMartin();
        demo.load();
        List<IssuedDocument> first = documents.documentsOf(lucas.id);
        demo.load();
        assertThat(documents.documentsOf(lucas.id)).hasSameSizeAs(first);
        assertThat(first).filteredOn(d -> d.status == DocumentStatus.VALID).extracting(d -> d.kind)
                .contains(DocumentKind.LIVRET, DocumentKind.PARCHEMIN);
    }
}
