package fr.titrepro.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issues documents once (PDF built, signed, stored with a random verification code), keeps every version, and
 * answers the verification page, the candidates' downloads and the admin's revocations.
 */
@ApplicationScoped
public class DocumentService {

    @jakarta.inject.Inject
    fr.titrepro.shared.audit.AdministrationLog adminLog;

    /** The data a PDF is built from and the authority printed on it: what a re-issue compares. */
    public record Snapshot(Object content, SigningAuthority authority) {
    }

    /** What a document of any kind needs to be issued, besides its PDF. */
    public record DocumentDraft(DocumentKind kind, String seriesKey, Long candidateId, String holderName,
                                String titleCode, String titleVersion, String titleName, String outcome,
                                LocalDate eventDate, String eventPlace, Object data) {
    }

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    BusinessMetrics metrics;

    @Inject
    DocumentPdfRepository pdfs;

    @Inject
    CandidateRepository candidates;

    @Inject
    SigningKeyProvider signing;

    @Inject
    DocumentConfig config;

    @Inject
    ObjectMapper json;

    /** Issues the candidate's livret for the title; the valid livret of the same title becomes superseded. */
    @Transactional
    public IssuedDocument issueLivret(LivretData d) {
        DocumentDataChecks.require(DocumentDataChecks.livret(d));
        SigningAuthority authority = authority(d.region());
        return issue(new DocumentDraft(DocumentKind.LIVRET, "LIVRET/" + d.candidateId() + "/" + d.title().code(),
                        d.candidateId(), d.holder().fullName(), d.title().code(), d.title().version(), d.title().name(),
                        d.outcomeLine(), d.issuedOn(), d.issuedAt(), new Snapshot(d, authority)),
                stamp -> LivretPdf.render(d, authority, stamp));
    }

    /** Issues the parchemin of the title (or of the CCS); the valid one of the same title or CCS is superseded. */
    @Transactional
    public IssuedDocument issueParchemin(ParcheminData d) {
        DocumentDataChecks.require(DocumentDataChecks.parchemin(d));
        SigningAuthority authority = authority(d.region());
        String series = "PARCHEMIN/" + d.candidateId() + "/" + d.title().code()
                + (d.ccs() == null ? "" : "/" + d.ccs().code());
        String titleName = d.ccs() == null ? d.title().name() : d.ccs().name() + " (CCS de " + d.title().name() + ")";
        return issue(new DocumentDraft(DocumentKind.PARCHEMIN, series, d.candidateId(), d.holder().fullName(),
                        d.title().code(), d.title().version(), titleName, d.outcomeLine(), d.deliberatedOn(), d.place(),
                        new Snapshot(d, authority)),
                stamp -> ParcheminPdf.render(d, authority, stamp));
    }

    /**
     * Issues the PV de session once the jury has signed it (on its validation); a rectified PV (same session, new
     * data) supersedes the valid one.
     */
    @Transactional
    public IssuedDocument issuePv(PvData d) {
        return issuePv(d, null);
    }

    /**
     * The same, the validation block naming the representative of the DREETS of {@code region} (the session's), or
     * the platform's {@code titrepro.documents.authority} when null.
     */
    @Transactional
    public IssuedDocument issuePv(PvData d, Region region) {
        DocumentDataChecks.require(DocumentDataChecks.signedPv(d));
        SigningAuthority authority = region == null ? authority() : authority(region);
        return issue(new DocumentDraft(DocumentKind.PV, pvSeries(d.sessionId()), null, d.centreName(),
                        d.title().code(), d.title().version(), d.title().name(), PvPdf.documentTitle(d), d.pvDate(), d.site(),
                        new Snapshot(d, authority)),
                stamp -> PvPdf.render(d, authority, stamp));
    }

    /** The series of a session's PV: its signed version and each rectification. */
    public static String pvSeries(long sessionId) {
        return "PV/" + sessionId;
    }

    /** The PV as the jury reads it before signing: unsigned, not stored, marked « Projet », no verification code. */
    public byte[] previewPv(PvData d) {
        return previewPv(d, null);
    }

    /** The draft PV with the validation block of {@code region}'s DREETS (the platform's authority when null). */
    public byte[] previewPv(PvData d, Region region) {
        DocumentDataChecks.require(DocumentDataChecks.pv(d));
        return PvPdf.render(d, region == null ? authority() : authority(region), new VerificationStamp(PvPdf.PREVIEW_CODE,
                verificationUrl(PvPdf.PREVIEW_CODE)));
    }

    /**
     * Issues a document of any kind (the PV de session…): {@code render} builds the unsigned PDF with the stamp
     * (code and URL) it must print. Issuing the same data again returns the valid version unchanged; issuing
     * other data makes a new version and supersedes the valid one.
     */
    @Transactional
    public IssuedDocument issue(DocumentDraft draft, Function<VerificationStamp, byte[]> render) {
        String snapshot = snapshot(draft.data());
        Optional<IssuedDocument> latest = documents.latestForUpdate(draft.seriesKey());
        // only the latest version of a series can be valid: each new version supersedes the valid one
        Optional<IssuedDocument> valid = latest.filter(l -> l.status == DocumentStatus.VALID);
        if (valid.isPresent() && valid.get().snapshot.equals(snapshot)) {
            return valid.get();
        }
        String code = newCode();
        VerificationStamp stamp = new VerificationStamp(code, verificationUrl(code));
        Instant now = Instant.now();
        byte[] signed = signing.signer().sign(render.apply(stamp),
                draft.kind().label() + " délivré par titrepro pour le " + CertifiedTitle.MINISTRY.toLowerCase()
                        + " – code " + code, now);

        IssuedDocument d = new IssuedDocument();
        d.kind = draft.kind();
        d.seriesKey = draft.seriesKey();
        d.version = latest.map(l -> l.version + 1).orElse(1);
        d.status = DocumentStatus.VALID;
        d.code = code;
        d.candidateId = draft.candidateId();
        d.holderName = draft.holderName();
        d.titleCode = draft.titleCode();
        d.titleVersion = draft.titleVersion();
        d.titleName = draft.titleName();
        d.outcome = draft.outcome();
        d.eventDate = draft.eventDate();
        d.eventPlace = draft.eventPlace();
        d.snapshot = snapshot;
        d.pdfSha256 = sha256(signed);
        d.pdfSize = signed.length;
        d.archiveExpiresAt = signing.signer().archiveExpiry().orElse(null);
        d.issuedAt = now;
        d.issuedBy = actor();
        documents.persist(d);
        DocumentPdf pdf = new DocumentPdf();
        pdf.documentId = d.id;
        pdf.content = signed;
        pdfs.persist(pdf);
        metrics.documentIssued(d.kind.name());
        valid.ifPresent(previous -> {
            previous.status = DocumentStatus.SUPERSEDED;
            previous.supersededAt = now;
            previous.supersededBy = d;
        });
        return d;
    }

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
        d.revokedBy = actor();
        d.revocationReason = reason.strip();
        adminLog.record(fr.titrepro.shared.audit.AdminAction.DOCUMENT_REVOKED, "ISSUED_DOCUMENT", d.id, String.valueOf(d.kind));
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
            throw ProblemException.notFound("Le " + d.kind.label().toLowerCase() + " " + d.code + " n'a pas de PDF : "
                    + "c'est un justificatif numérique (JSON).");
        }
        return pdfs.findByIdOptional(d.id).map(p -> p.content)
                .orElseThrow(() -> new IllegalStateException("PDF absent du document " + d.id));
    }

    /** Every document of a candidate, newest first. */
    public List<IssuedDocument> documentsOf(long candidateId) {
        return documents.ofCandidate(candidateId);
    }

    /** The logged-in candidate's documents, newest first (none when the login is not linked to a candidate). */
    public List<IssuedDocument> myDocuments() {
        return currentCandidate().map(c -> documents.ofCandidate(c.id)).orElse(List.of());
    }

    /** One of the logged-in candidate's documents; another candidate's is "not found", as an unknown id. */
    public IssuedDocument myDocument(long id) {
        Optional<Candidate> me = currentCandidate();
        return documents.findByIdOptional(id)
                .filter(d -> me.isPresent() && d.candidateId != null && d.candidateId.equals(me.get().id))
                .orElseThrow(() -> ProblemException.notFound("Aucun de vos documents n'a le numéro " + id + "."));
    }

    /**
     * A page of the issued documents, latest first (keyset from {@code after}, the {@code next} of the previous page).
     * Counted only when searched: the count of every document would read a whole index of millions of rows.
     */
    public Paged<IssuedDocument> list(String search, int page, int size, String after) {
        SeekCursor cursor = SeekCursor.decode(after, 1);
        boolean searched = search != null && !search.isBlank();
        List<IssuedDocument> rows = documents.pageAfter(searched ? search.strip() : null, page, size, cursor);
        return Paged.ofRows(rows, page, size, searched ? documents.countMatching(search.strip()) : -1,
                d -> SeekCursor.of(d.id));
    }

    public String verificationUrl(String code) {
        String base = config.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + code;
    }

    SigningAuthority authority() {
        return new SigningAuthority(config.authority().title(), config.authority().name());
    }

    /**
     * The representative of the DREETS of the region where the session took place (DOMAIN "Documents": one per
     * region, configured); a region without one is refused, naming it, before anything is issued.
     */
    /** Whether a signatory is configured for the DREETS of {@code region}. */
    public boolean signatoryConfigured(Region region) {
        return config.regions().containsKey(region.name());
    }

    SigningAuthority authority(Region region) {
        DocumentConfig.RegionalSignatory signatory = config.regions().get(region.name());
        if (signatory == null) {
            String message = "Aucun signataire n'est configuré pour la DREETS de la région " + region.label()
                    + " (titrepro.documents.regions.\"" + region.name() + "\".signatory-name) : le livret ou le "
                    + "parchemin ne peut pas être délivré.";
            throw ProblemException.rule(message, List.of(new FieldError("region", message)));
        }
        return new SigningAuthority(signatory.signatoryTitle(), signatory.signatoryName());
    }

    private Optional<Candidate> currentCandidate() {
        String username = Arc.container().instance(CurrentUser.class).get().username();
        return username == null ? Optional.empty() : candidates.findByUsername(username);
    }

    /**
     * A fresh random code. Not checked against the database beforehand: with 31^12 codes a collision is
     * astronomically rare, and the unique constraint on the code refuses it (the issue is then retried as a whole).
     */
    private static String newCode() {
        return VerificationCode.generate();
    }

    String snapshot(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Données du document non sérialisables", e);
        }
    }

    /** The logged-in user, or "titrepro" when issued outside a request (start-up, batch). */
    static String actor() {
        if (Arc.container().requestContext().isActive()) {
            String username = Arc.container().instance(CurrentUser.class).get().username();
            if (username != null) {
                return username;
            }
        }
        return "titrepro";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
