package fr.titrepro.document;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import fr.titrepro.document.longterm.CrlSource;
import fr.titrepro.document.longterm.DocumentTimestamps;
import fr.titrepro.document.longterm.LocalTimestampAuthority;
import fr.titrepro.document.longterm.LongTermArchiver;
import fr.titrepro.document.longterm.TimestampAuthority;
import fr.titrepro.document.signing.DemoSigningKey;
import fr.titrepro.document.signing.PadesSigner;
import fr.titrepro.document.signing.SigningKeyProvider;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.ScoringFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A PV validation renders and signs its documents on the document workers while its transaction goes on (issue 16,
 * {@link DocumentBatch}): every document it issues is still PAdES-BASELINE-LTA for DSS, prints its own code, and is
 * stored with its session; a document that cannot be signed rolls the whole validation back — no document, CCP
 * credential, CCP held, title, e-mail or dashboard row — and the validation succeeds when asked again.
 */
@QuarkusTest
class DocumentBatchTest {

    static final int CANDIDATES = 8;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    IssuedDocumentRepository repository;

    @Inject
    IssuedDocuments issued;

    @Inject
    SigningKeyProvider signing;

    @Inject
    AgroalDataSource dataSource;

    /** A session of {@link #CANDIDATES}: every other one with both CCPs (parchemin), the others CCP 1 (livret). */
    ScoringFixtures.Scenario signedSession() {
        ScoringFixtures.Scenario s = scoring.scenario().trainees(CANDIDATES).status(SessionStatus.DELIBERATION)
                .create();
        for (int i = 0; i < CANDIDATES; i++) {
            fixtures.agree(s.sessionId(), s.enrolment(i), 1, Verdict.ACQUIRED);
            fixtures.agree(s.sessionId(), s.enrolment(i), 2, i % 2 == 0 ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED);
        }
        DeliberationFixtures.decideAllAndSign(s, CANDIDATES);
        return s;
    }

    @Test
    void everyDocumentOfAValidationSignedOnTheWorkersIsPadesBaselineLta() {
        ScoringFixtures.Scenario s = signedSession();
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200)
                .body("candidates", equalTo(CANDIDATES)).body("documents", equalTo(CANDIDATES));

        List<IssuedDocument> documents = QuarkusTransaction.requiringNew()
                .call(() -> repository.validOfSession(s.sessionId())).stream()
                .filter(d -> d.kind != DocumentKind.PV).toList(); // the PV, issued at the last signature
        assertThat(documents).extracting(d -> d.candidateId).containsExactlyInAnyOrderElementsOf(s.candidateIds());
        assertThat(documents).filteredOn(d -> d.kind == DocumentKind.PARCHEMIN).hasSize(CANDIDATES / 2);
        assertThat(documents).filteredOn(d -> d.kind == DocumentKind.LIVRET).hasSize(CANDIDATES / 2);
        X509Certificate platform = signing.signer().certificate();
        for (IssuedDocument d : documents) {
            byte[] pdf = QuarkusTransaction.requiringNew().call(() -> issued.pdf(d));
            assertThat(DocumentService.sha256(pdf)).isEqualTo(d.pdfSha256);
            // rendered on another thread, with this document's own code and holder (no mix-up between documents)
            assertThat(PdfText.text(pdf)).contains(d.code, d.holderName.split(" ")[0]);
            assertThat(SignatureChecks.javaVerdict(pdf)).as(d.code).isEqualTo(SignatureChecks.Verdict.VALID);
            DssValidation.Result dss = DssValidation.validate(pdf, List.of(platform, timestampRoot(pdf)),
                    Instant.now());
            assertThat(dss.indication()).as(dss.report()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.level()).as(d.code).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        }
    }

    @Test
    void aDocumentThatCannotBeSignedRollsTheWholeValidationBack() throws Exception {
        ScoringFixtures.Scenario s = signedSession();
        // the 7th timestamp request of the validation fails: a few documents are signed by then, others not yet
        FailingAuthority tsa = new FailingAuthority(new LocalTimestampAuthority(Clock.systemUTC()), 7);
        PadesSigner failing = new PadesSigner(DemoSigningKey.read(DemoSigningKey.generatePkcs12(),
                DemoSigningKey.PASSWORD, DemoSigningKey.ALIAS), "France", tsa,
                new LongTermArchiver(tsa, new CrlSource(Clock.systemUTC())));
        QuarkusMock.installMockForType(new SigningKeyProvider() {
            @Override
            public PadesSigner signer() {
                return failing;
            }
        }, SigningKeyProvider.class);

        as("admin").post(path(s, "/pv/validation")).then().statusCode(500);

        assertThat(tsa.failedOn.get()).as("failed on a document worker").startsWith("document-signing-");
        as("admin").get("/api/sessions/" + s.sessionId()).then().statusCode(200)
                .body("session.status", equalTo("CLOSED"));
        // the PV issued at the last signature stays; nothing the validation issues is there
        assertThat(count("SELECT COUNT(*) FROM issued_document WHERE session_id = ? AND kind <> 'PV'",
                s.sessionId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM held_ccp WHERE session_id = ?", s.sessionId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM obtained_title WHERE session_id = ?", s.sessionId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE session_id = ? AND outcome IS NOT NULL",
                s.sessionId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification_outbox WHERE message_key LIKE CONCAT('session:', ?, "
                + "':result:%')", s.sessionId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM insight_session WHERE session_id = ?", s.sessionId())).isZero();

        tsa.failAt.set(0);
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200).body("documents", equalTo(CANDIDATES));
        assertThat(count("SELECT COUNT(*) FROM issued_document WHERE session_id = ? AND kind IN ('LIVRET', "
                + "'PARCHEMIN')", s.sessionId())).isEqualTo(CANDIDATES);
        assertThat(count("SELECT COUNT(*) FROM issued_document WHERE session_id = ? AND kind = 'CCP'",
                s.sessionId())).isEqualTo(CANDIDATES + CANDIDATES / 2);
    }

    /** The self-signed certificate the last document timestamp's token carries: the authority's root. */
    static X509Certificate timestampRoot(byte[] pdf) {
        return DocumentTimestamps.last(pdf).orElseThrow().certificates().stream()
                .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal())).findFirst()
                .orElseThrow();
    }

    long count(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A local authority whose {@code failAt}-th request fails (0: none), noting the thread it failed on. */
    static final class FailingAuthority implements TimestampAuthority {

        final TimestampAuthority delegate;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger failAt;
        final AtomicReference<String> failedOn = new AtomicReference<>("");

        FailingAuthority(TimestampAuthority delegate, int failAt) {
            this.delegate = delegate;
            this.failAt = new AtomicInteger(failAt);
        }

        @Override
        public TimeStampToken timestamp(byte[] sha256) {
            if (requests.incrementAndGet() == failAt.get()) {
                failedOn.set(Thread.currentThread().getName());
                throw new IllegalStateException("Autorité d'horodatage injoignable (test)");
            }
            return delegate.timestamp(sha256);
        }

        @Override
        public List<X509CRL> revocationData() {
            return delegate.revocationData();
        }

        @Override
        public List<X509Certificate> chain() {
            return delegate.chain();
        }
    }
}
