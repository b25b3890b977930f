package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.document.verification.Verification;
import fr.titrepro.document.verification.VerificationCode;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.audit.AdminAction;
import fr.titrepro.shared.audit.AdministrationLog;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.metrics.BusinessMetrics;
import fr.titrepro.shared.web.EntityTags;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The documents once issued ({@link DocumentService} issues them): found by code, verified on the public page,
 * downloaded by their holder, listed and revoked by the admin.
 */
@ApplicationScoped
public class IssuedDocuments {

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentPdfRepository pdfs;

    @Inject
    CandidateRepository candidates;

    @Inject
    BusinessMetrics metrics;

    @Inject
    AdministrationLog adminLog;

    @Inject
    DocumentConfig config;

    /** Revokes a document (admin, acting for the DREETS): the verification page then says so, with the reason. */
    @Transactional
    public IssuedDocument revoke(String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "Indiquez le motif de la révocation : il est affiché sur "
                    + "la page de vérification.");
        }
        if (reason.strip().length() > 1000) {
            throw ProblemException.invalidField("reason", "Le motif ne peut dépasser 1000 caractères.");
        }
        IssuedDocument d = byCode(code);
        if (d.status == DocumentStatus.REVOKED) {
            throw ProblemException.conflict("Ce document est déjà révoqué (motif : " + d.revocationReason + ").");
        }
        d.status = DocumentStatus.REVOKED;
        d.revokedAt = Instant.now();
        d.revokedBy = DocumentService.actor();
        d.revocationReason = reason.strip();
        adminLog.record(AdminAction.DOCUMENT_REVOKED, "ISSUED_DOCUMENT", d.id, String.valueOf(d.kind));
        return d;
    }

    /** The document with this code (typed in any case, with or without dashes), or 404. */
    public IssuedDocument byCode(String typed) {
        return VerificationCode.normalise(typed).flatMap(documents::findByCode)
                .orElseThrow(() -> ProblemException.notFound("Aucun document ne correspond au code « "
                        + (typed == null ? "" : typed.strip()) + " »."));
    }

    /** What the public verification page shows; 404 for an unknown code. */
    public Verification verify(String typed) {
        IssuedDocument d = byCode(typed);
        metrics.verified();
        IssuedDocument current = d.status == DocumentStatus.SUPERSEDED
                ? documents.current(d.seriesKey).orElse(null)
                : null;
        return Verification.of(d, current, verificationUrl(d.code), current == null ? null : verificationUrl(current.code));
    }

    public byte[] pdf(IssuedDocument d) {
        if (!d.kind.hasPdf()) {
            throw noPdf(d.kind, d.code);
        }
        return pdfs.findByIdOptional(d.id).map(p -> p.content)
                .orElseThrow(() -> new IllegalStateException("PDF absent du document " + d.id));
    }

    /** The logged-in candidate's documents, newest first (none when the login is not linked to a candidate). */
    public List<HolderDocument> myDocuments() {
        String username = currentUsername();
        return username == null ? List.of() : documents.ofHolder(username);
    }

    /**
     * The signed PDF of one of the logged-in candidate's documents, whatever its status (a revoked document's PDF is
     * still its holder's; the list and the verification page say it is revoked); another candidate's is "not found",
     * as an unknown id. Without its bytes when {@code ifNoneMatch} names its current hash: the client holds it.
     */
    public HolderPdf myPdf(long id, String ifNoneMatch) {
        String username = currentUsername();
        if (username == null) {
            throw notMine(id);
        }
        if (ifNoneMatch != null) {
            HolderPdf tag = withPdf(documents.pdfTagOfHolder(id, username).orElseThrow(() -> notMine(id)));
            if (EntityTags.matches(ifNoneMatch, EntityTags.of(tag.sha256()))) {
                return tag;
            }
        }
        HolderPdf pdf = withPdf(documents.pdfOfHolder(id, username).orElseThrow(() -> notMine(id)));
        if (pdf.content() == null) {
            throw new IllegalStateException("PDF absent du document " + id);
        }
        return pdf;
    }

    private static HolderPdf withPdf(HolderPdf pdf) {
        if (!pdf.kind().hasPdf()) {
            throw noPdf(pdf.kind(), pdf.code());
        }
        return pdf;
    }

    private static ProblemException noPdf(DocumentKind kind, String code) {
        return ProblemException.notFound("Le " + kind.label().toLowerCase() + " " + code + " n'a pas de PDF : "
                + "c'est un justificatif numérique (JSON).");
    }

    private static ProblemException notMine(long id) {
        return ProblemException.notFound("Aucun de vos documents n'a le numéro " + id + ".");
    }

    /** One of the logged-in candidate's documents; another candidate's is "not found", as an unknown id. */
    public IssuedDocument myDocument(long id) {
        Optional<Candidate> me = currentCandidate();
        return documents.findByIdOptional(id)
                .filter(d -> me.isPresent() && d.candidateId != null && d.candidateId.equals(me.get().id))
                .orElseThrow(() -> notMine(id));
    }

    /**
     * A page of the issued documents, latest first (keyset from {@code after}, the {@code next} of the previous page).
     * Counted only when searched: the count of every document would read a whole index of millions of rows.
     */
    public Paged<IssuedDocument> list(String search, int page, int size, String after) {
        SeekCursor cursor = SeekCursor.decode(after, 1);
        boolean searched = search != null && !search.isBlank();
        List<IssuedDocument> rows = documents.pageAfter(searched ? search.strip() : null, page, size, cursor);
        long count = searched ? documents.countMatching(search.strip(), Paged.COUNT_CAP) : -1;
        return Paged.ofRowsCountedTo(Paged.COUNT_CAP, rows, page, size, count, d -> SeekCursor.of(d.id));
    }

    public String verificationUrl(String code) {
        return config.verificationUrl(code);
    }

    private Optional<Candidate> currentCandidate() {
        String username = currentUsername();
        return username == null ? Optional.empty() : candidates.findByUsername(username);
    }

    private static String currentUsername() {
        return Arc.container().instance(CurrentUser.class).get().username();
    }
}
