package fr.titrepro.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.LivretPdf;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.document.render.ParcheminPdf;
import fr.titrepro.document.render.PvData;
import fr.titrepro.document.render.PvPdf;
import fr.titrepro.document.signing.SigningKeyProvider;
import fr.titrepro.document.verification.VerificationCode;
import fr.titrepro.document.verification.VerificationStamp;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issues documents once (PDF built, signed, stored with a random verification code) and keeps every version; the
 * issued documents are found, verified, downloaded and revoked through {@link IssuedDocuments}.
 */
@ApplicationScoped
public class DocumentService {

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
    SigningKeyProvider signing;

    @Inject
    DocumentConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    DocumentWorkers workers;

    @Inject
    DocumentStorage storage;

    /** A document's draft (what is stored and compared) and how its PDF is rendered with the stamp it prints. */
    record Issuable(DocumentDraft draft, Function<VerificationStamp, byte[]> render) {
    }

    /** Either a new version to render, sign and store ({@code pending}), or the valid one, {@code unchanged}. */
    record Prepared(PendingDocument pending, IssuedDocument unchanged) {
    }

    /** Issues the candidate's livret for the title; the valid livret of the same title becomes superseded. */
    @Transactional
    public IssuedDocument issueLivret(LivretData d) {
        return issue(livret(d));
    }

    /** Issues the parchemin of the title (or of the CCS); the valid one of the same title or CCS is superseded. */
    @Transactional
    public IssuedDocument issueParchemin(ParcheminData d) {
        return issue(parchemin(d));
    }

    /** The livret's draft and renderer, its mandatory mentions checked (all errors at once, nothing written). */
    Issuable livret(LivretData d) {
        DocumentDataChecks.require(DocumentDataChecks.livret(d));
        SigningAuthority authority = authority(d.region());
        return new Issuable(new DocumentDraft(DocumentKind.LIVRET, livretSeries(d.candidateId(), d.title().code()),
                d.candidateId(), d.holder().fullName(), d.title().code(), d.title().version(),
                d.title().name(), d.outcomeLine(), d.issuedOn(), d.issuedAt(), new Snapshot(d, authority)),
                stamp -> LivretPdf.render(d, authority, stamp));
    }

    /** The parchemin's draft and renderer, checked likewise. */
    Issuable parchemin(ParcheminData d) {
        DocumentDataChecks.require(DocumentDataChecks.parchemin(d));
        SigningAuthority authority = authority(d.region());
        String series = parcheminSeries(d.candidateId(), d.title().code(), d.ccs() == null ? null : d.ccs().code());
        String titleName = d.ccs() == null ? d.title().name() : d.ccs().name() + " (CCS de " + d.title().name() + ")";
        return new Issuable(new DocumentDraft(DocumentKind.PARCHEMIN, series, d.candidateId(), d.holder().fullName(),
                d.title().code(), d.title().version(), titleName, d.outcomeLine(), d.deliberatedOn(), d.place(),
                new Snapshot(d, authority)), stamp -> ParcheminPdf.render(d, authority, stamp));
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

    /** The series of a candidate's livret of a title: each version issued to them. */
    public static String livretSeries(long candidateId, String titleCode) {
        return "LIVRET/" + candidateId + "/" + titleCode;
    }

    /** The series of a candidate's parchemin of a title ({@code ccsCode} null) or of one of its CCS. */
    public static String parcheminSeries(long candidateId, String titleCode, String ccsCode) {
        return "PARCHEMIN/" + candidateId + "/" + titleCode + (ccsCode == null ? "" : "/" + ccsCode);
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
        return issue(new Issuable(draft, render));
    }

    private IssuedDocument issue(Issuable issuable) {
        Prepared prepared = prepare(issuable.draft(), null);
        PendingDocument p = prepared.pending();
        return p == null ? prepared.unchanged() : storage.store(p, p.sign(signing.signer(), issuable.render()));
    }

    /**
     * Documents issued together in the caller's transaction, their PDFs rendered and signed on {@link DocumentWorkers}
     * (issue 16: the PV validation's 200 documents), stored when {@link DocumentBatch#store} is called.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentBatch batch() {
        return new DocumentBatch(this, storage, workers.executor(), signing.signer());
    }

    /**
     * Locks the series, then either the valid version already says this ({@code unchanged}) or a new version is
     * pending: its code drawn, its time fixed. Runs on the transaction's thread.
     */
    Prepared prepare(DocumentDraft draft, Long sessionId) {
        return prepare(draft, sessionId, documents.latestForUpdate(draft.seriesKey()));
    }

    /** The latest version of each series, the series locked (one statement for a batch, {@link DocumentBatch}). */
    Map<String, IssuedDocument> latestForUpdate(Collection<String> seriesKeys) {
        return documents.latestForUpdate(seriesKeys);
    }

    /** The same, the series locked beforehand ({@code latest}: its latest version, read with the lock). */
    Prepared prepare(DocumentDraft draft, Long sessionId, Optional<IssuedDocument> latest) {
        String snapshot = snapshot(draft.data());
        // only the latest version of a series can be valid: each new version supersedes the valid one
        Optional<IssuedDocument> valid = latest.filter(l -> l.status == DocumentStatus.VALID);
        if (valid.isPresent() && valid.get().snapshot.equals(snapshot)) {
            return new Prepared(null, valid.get());
        }
        String code = newCode();
        return new Prepared(new PendingDocument(draft, snapshot, latest.orElse(null),
                new VerificationStamp(code, verificationUrl(code)), Instant.now(), actor(), sessionId), null);
    }

    /** Every document of a candidate, newest first (what was issued to them). */
    public List<IssuedDocument> documentsOf(long candidateId) {
        return documents.ofCandidate(candidateId);
    }

    public String verificationUrl(String code) {
        return config.verificationUrl(code);
    }

    SigningAuthority authority() {
        return new SigningAuthority(config.authority().title(), config.authority().name());
    }

    /** Whether a signatory is configured for the DREETS of {@code region}. */
    public boolean signatoryConfigured(Region region) {
        return config.regions().containsKey(region.name());
    }

    /**
     * The representative of the DREETS of the region where the session took place (DOMAIN "Documents": one per
     * region, configured); a region without one is refused, naming it, before anything is issued.
     */
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

    /** The logged-in user, or "titrepro" when issued or revoked outside a request (start-up, batch). */
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
