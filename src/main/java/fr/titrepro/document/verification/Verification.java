package fr.titrepro.document.verification;

import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentStatus;
import fr.titrepro.document.IssuedDocument;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding a document's code may learn: who holds it, which title, what it certifies, when, and whether
 * the document is still valid. Nothing else of the holder (no birth date, no address).
 *
 * @param currentCode the code of the version that replaced this one, when it is valid
 */
public record Verification(String code, DocumentKind kind, String kindLabel, int version, DocumentStatus status,
                           String statusLabel, boolean valid, String holderName, String titleCode, String titleName,
                           String outcome, LocalDate date, String place, Instant issuedAt, Instant supersededAt,
                           String currentCode, String currentUrl, Instant revokedAt, String revocationReason,
                           String url, String message) {

    public static Verification of(IssuedDocument d, IssuedDocument current, String url, String currentUrl) {
        String message = switch (d.status) {
            case VALID -> "Ce document est authentique et valide.";
            case SUPERSEDED -> current != null
                    ? "Ce document est authentique mais a été remplacé par une version plus récente."
                    : "Ce document est authentique mais a été remplacé ; la version plus récente n'est plus valide.";
            case REVOKED -> "Ce document a été révoqué : il ne vaut plus.";
        };
        return new Verification(d.code, d.kind, d.kind.label(), d.version, d.status, d.status.label(),
                d.status == DocumentStatus.VALID, d.holderName, d.titleCode, d.titleName, d.outcome, d.eventDate,
                d.eventPlace, d.issuedAt, d.supersededAt, current == null ? null : current.code, currentUrl,
                d.revokedAt, d.revocationReason, url, message);
    }
}
