package fr.titrepro.document;

import fr.titrepro.document.signing.PadesSigner;
import fr.titrepro.document.verification.VerificationStamp;

import java.time.Instant;
import java.util.function.Function;

/**
 * A new version of a document about to be issued: its series locked ({@code latest}: the version it follows, null
 * for the first), its verification code drawn, its time and issuer fixed; its PDF is rendered and signed by
 * {@link #sign} (any thread: a pure function), then stored by {@link DocumentService#store} in the transaction.
 */
record PendingDocument(DocumentService.DocumentDraft draft, String snapshot, IssuedDocument latest,
                       VerificationStamp stamp, Instant issuedAt, String issuedBy, Long sessionId) {

    /** The signed PDF: rendered with the stamp it prints, signed (PAdES, B-LTA with a timestamp authority). */
    byte[] sign(PadesSigner signer, Function<VerificationStamp, byte[]> render) {
        return signer.sign(render.apply(stamp), draft.kind().label() + " délivré par titrepro pour le "
                + CertifiedTitle.MINISTRY.toLowerCase() + " – code " + stamp.code(), issuedAt);
    }

    int version() {
        return latest == null ? 1 : latest.version + 1;
    }
}
