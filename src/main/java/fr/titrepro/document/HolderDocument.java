package fr.titrepro.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of « Mes documents »: what the holder's list shows of a document, read without its data snapshot
 * (issue 14, results day).
 */
public record HolderDocument(Long id, DocumentKind kind, int version, DocumentStatus status, String titleCode,
                             String titleName, String outcome, LocalDate eventDate, String eventPlace,
                             Instant issuedAt, String code, String revocationReason) {
}
