package fr.titrepro.document;

import fr.titrepro.document.verification.VerificationCode;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues the verifiable credential of a CCP held (issue 16) as an {@link IssuedDocument} of kind {@link
 * DocumentKind#CCP}: a verification code, a status, versions and a status-list entry like the parchemin and the
 * livret, but no PDF to build or sign. Issued in the PV validation's transaction, once every CCP of the session is
 * recorded as held: the session's new credentials in one batch ({@link IssuedDocumentRepository#insertAll}), no lookup
 * (a CCP just held starts a new series), no flush, no network.
 */
@ApplicationScoped
public class CcpCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentService service;

    @Inject
    BusinessMetrics metrics;

    /** A credential to issue for a CCP recorded as held in this transaction. */
    public record NewCredential(long heldCcpId, CcpCredentialData data, Long sessionId) {
    }

    /** The credential of a CCP recorded as held a moment ago: version 1 of a new series. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument issueNew(long heldCcpId, CcpCredentialData d, Long sessionId) {
        return issueNew(List.of(new NewCredential(heldCcpId, d, sessionId))).getFirst();
    }

    /** The credentials of CCPs recorded as held a moment ago, each version 1 of a new series, inserted together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IssuedDocument> issueNew(List<NewCredential> credentials) {
        List<IssuedDocument> created = credentials.stream().map(c -> build(c.data(),
                CcpCredentialData.series(c.heldCcpId()), 1, c.sessionId(), service.snapshot(snapshot(c.data()))))
                .toList();
        documents.insertAll(created);
        created.forEach(d -> metrics.documentIssued(d.kind.name()));
        return created;
    }

    /**
     * At a re-validation (appeal): the same data give the valid credential unchanged; other data (the holder's
     * identity corrected) a new version, the valid one becoming SUPERSEDED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument reissue(long heldCcpId, CcpCredentialData d, Long sessionId) {
        String series = CcpCredentialData.series(heldCcpId);
        String snapshot = service.snapshot(snapshot(d));
        Optional<IssuedDocument> latest = documents.latestForUpdate(series);
        Optional<IssuedDocument> valid = latest.filter(l -> l.status == DocumentStatus.VALID);
        if (valid.isPresent() && valid.get().snapshot.equals(snapshot)) {
            return valid.get();
        }
        IssuedDocument created = build(d, series, latest.map(l -> l.version + 1).orElse(1), sessionId, snapshot);
        documents.persist(created);
        metrics.documentIssued(created.kind.name());
        valid.ifPresent(previous -> {
            previous.status = DocumentStatus.SUPERSEDED;
            previous.supersededAt = created.issuedAt;
            previous.supersededBy = created;
        });
        return created;
    }

    private static DocumentService.Snapshot snapshot(CcpCredentialData d) {
        return new DocumentService.Snapshot(d, null);
    }

    private static IssuedDocument build(CcpCredentialData data, String series, int version, Long sessionId,
                                  String snapshot) {
        IssuedDocument d = new IssuedDocument();
        d.kind = DocumentKind.CCP;
        d.seriesKey = series;
        d.version = version;
        d.status = DocumentStatus.VALID;
        d.code = VerificationCode.generate();
        d.candidateId = data.candidateId();
        d.sessionId = sessionId;
        d.holderName = data.holder().fullName();
        d.titleCode = data.title().code();
        d.titleVersion = data.title().version();
        d.titleName = "CCP " + data.ccpNumber() + " – " + data.ccpName() + " (" + data.title().name() + ")";
        d.outcome = data.outcomeLine();
        d.eventDate = data.obtainedOn();
        d.eventPlace = data.place();
        d.snapshot = snapshot;
        d.pdfSha256 = null;
        d.pdfSize = 0;
        d.credentialSalt = salt();
        d.issuedAt = Instant.now();
        d.issuedBy = DocumentService.actor();
        return d;
    }

    private static String salt() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
