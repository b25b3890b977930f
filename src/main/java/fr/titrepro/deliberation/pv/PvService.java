package fr.titrepro.deliberation.pv;

import fr.titrepro.deliberation.Appeal;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.DeliberationAccess;
import fr.titrepro.deliberation.DeliberationNotices;
import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.deliberation.SessionCertification;
import fr.titrepro.shared.audit.AuditCheckpointService;

import fr.titrepro.document.DocumentService;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.IssuedDocumentRepository;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.document.Region;
import fr.titrepro.document.render.PvData;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * The PV de session: its draft while the jury deliberates, each juror's signature (identity and time), the closing
 * of the session when every juror has signed the same content, and the centre's archive of a session's documents.
 * The administration's validation, which issues the candidates' documents, is {@link PvValidation}.
 */
@ApplicationScoped
public class PvService {

    /** Dates of the PV are those of mainland France, whatever the server's zone. */

    @Inject
    DeliberationAccess access;

    @Inject
    DeliberationRepository repository;

    @Inject
    PvDataBuilder builder;

    @Inject
    SessionService sessions;

    @Inject
    SessionCertification certification;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issuedDocuments;

    @Inject
    IssuedDocumentRepository issued;

    @Inject
    CurrentUser user;

    @Inject
    DeliberationNotices notices;

    @Transactional
    public PvStatus status(long sessionId) {
        return status(access.reader(sessionId));
    }

    public PvStatus status(ExamSession s) {
        Optional<SessionPv> pv = repository.pvOf(s.id);
        String hash = pv.map(p -> p.pendingHash != null ? p.pendingHash : p.contentHash)
                .orElseGet(() -> builder.contentHash(s));
        Map<Long, PvSignature> signed = repository.signaturesOf(s.id, hash).stream()
                .collect(Collectors.toMap(g -> g.jurorId, g -> g, (a, b) -> a));
        Set<Long> signers = requiredSigners(s, pv.orElse(null));
        List<PvStatus.Signer> jury = s.jury.stream().filter(m -> signers.contains(m.juror.id))
                .map(m -> new PvStatus.Signer(m.juror.id, m.juror.fullName(), m.juror.username,
                        Optional.ofNullable(signed.get(m.juror.id)).map(g -> g.signedAt).orElse(null)))
                .toList();
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        List<String> undecided = s.activeEnrolments().stream().filter(e -> !current.containsKey(e.id))
                .map(e -> HolderIdentity.of(e.candidate).fullName()).toList();
        String code = pv.flatMap(p -> issued.current(DocumentService.pvSeries(s.id))).map(d -> d.code).orElse(null);
        LocalDate deadline = pv.filter(p -> p.validatedAt != null)
                .map(p -> appealDeadline(s, p)).orElse(null);
        return new PvStatus(s.id, s.status, hash, jury, undecided, pv.map(p -> p.pvDate).orElse(null),
                pv.map(p -> p.pvVersion).orElse(null), pv.map(p -> p.validatedAt).orElse(null),
                pv.map(p -> p.validatedBy).orElse(null), code, deadline, rectification(s));
    }

    /** The day the result was published to the candidates (validation) plus the regulation's appeal delay. */
    public static LocalDate appealDeadline(ExamSession s, SessionPv pv) {
        return RegulationBook.on(s.startDate).appealDeadline(published(pv));
    }

    /** The day the candidates could see their results: the validation of the PV. */
    public static LocalDate published(SessionPv pv) {
        return pv.validatedAt.atZone(PARIS).toLocalDate();
    }

    /** Where a rectified PV stands, from the appeals of the session. */
    PvStatus.Rectification rectification(ExamSession s) {
        List<Appeal> appeals = repository.appealsOf(s.id);
        if (appeals.stream().anyMatch(a -> a.status == Appeal.Status.DECIDED)) {
            return PvStatus.Rectification.AWAITING_SIGNATURES;
        }
        if (appeals.stream().anyMatch(a -> a.status == Appeal.Status.SIGNED)) {
            return PvStatus.Rectification.AWAITING_VALIDATION;
        }
        return PvStatus.Rectification.NONE;
    }

    /**
     * Who signs: every member of the jury; for a rectified PV, every member without a declared link with a candidate
     * whose appeal it answers (they take no part in that decision; the quorum was checked at the re-deliberation).
     */
    Set<Long> requiredSigners(ExamSession s, SessionPv pv) {
        Set<Long> all = s.jury.stream().map(m -> m.juror.id).collect(Collectors.toSet());
        if (pv == null || pv.pendingHash == null) {
            return all;
        }
        Set<Long> appellants = repository.appealsOf(s.id).stream().filter(a -> a.status == Appeal.Status.DECIDED)
                .map(a -> a.candidateId).collect(Collectors.toSet());
        appellants.forEach(candidate -> all.removeAll(s.jurorsLinkedTo(candidate)));
        return all;
    }

    /** The signed PV as issued (its latest version), or the draft of the current content while deliberating. */
    @Transactional
    public byte[] pdf(long sessionId) {
        ExamSession s = access.reader(sessionId);
        Optional<IssuedDocument> signed = issued.current(DocumentService.pvSeries(s.id));
        if (signed.isPresent()) {
            return issuedDocuments.pdf(signed.get());
        }
        return documents.previewPv(builder.build(s, 1, List.of(), LocalDate.now(PARIS)), pvRegion(s));
    }

    /**
     * The current juror signs the PV as it stands. When every member of the jury has signed the same content, the
     * PV is issued (signed PDF, verification code) and the session is CLOSED: nothing in it changes any more.
     */
    @Transactional
    public PvStatus sign(long sessionId) {
        DeliberationAccess.JurorSeat seat = access.juror(sessionId);
        ExamSession s = seat.session();
        Optional<SessionPv> rectified = repository.pvOf(s.id).filter(p -> p.pendingHash != null);
        if (rectified.isEmpty()) {
            DeliberationAccess.requireDeliberation(s);
        }
        PvStatus before = status(s);
        if (!before.undecided().isEmpty()) {
            throw ProblemException.rule("Le procès-verbal ne peut pas être signé : le jury n'a pas encore délibéré "
                    + "sur " + String.join(", ", before.undecided()) + ".",
                    before.undecided().stream().map(n -> new FieldError("deliberations", "Pas de décision pour " + n
                            + ".")).toList());
        }
        PvStatus.Signer me = before.jury().stream().filter(j -> j.jurorId() == seat.juror().id).findFirst()
                .orElseThrow(() -> ProblemException.forbidden("Vous avez déclaré un lien avec un candidat dont le "
                        + "recours est réexaminé : vous ne signez pas le procès-verbal rectificatif."));
        if (me.signedAt() != null) {
            throw ProblemException.conflict("Vous avez déjà signé ce procès-verbal.");
        }
        PvSignature signature = new PvSignature();
        signature.sessionId = s.id;
        signature.jurorId = seat.juror().id;
        signature.username = user.username();
        signature.jurorName = seat.juror().fullName();
        signature.contentHash = before.contentHash();
        signature.signedAt = Instant.now();
        repository.persist(signature);
        repository.flush();
        List<PvSignature> signatures = repository.signaturesOf(s.id, before.contentHash());
        Set<Long> signers = signatures.stream().map(g -> g.jurorId).collect(Collectors.toSet());
        boolean complete = before.jury().stream().allMatch(j -> signers.contains(j.jurorId()));
        if (complete && rectified.isPresent()) {
            repository.appealsOf(s.id).stream().filter(a -> a.status == Appeal.Status.DECIDED)
                    .forEach(a -> a.status = Appeal.Status.SIGNED);
            repository.flush();
        } else if (complete) {
            close(s, before.contentHash(), signatures);
        }
        if (complete) {
            // a rectified PV is validated as the next version
            int version = rectified.map(p -> p.pvVersion + 1).orElse(1);
            notices.pvSigned(s, signatures.size(), version);
        }
        if (complete) {
            repository.flush();
            checkpoints.checkpoint(s.id, AuditCheckpointService.PV_SIGNED);
        }
        return status(s);
    }

    private void close(ExamSession s, String hash, List<PvSignature> signatures) {
        LocalDate today = LocalDate.now(PARIS);
        SessionPv pv = new SessionPv();
        pv.sessionId = s.id;
        pv.pvDate = today;
        pv.pvVersion = 1;
        pv.contentHash = hash;
        pv.signedAt = Instant.now();
        repository.persist(pv);
        sessions.moveByPv(s, SessionStatus.CLOSED, user.username(), "Procès-verbal signé par les "
                + signatures.size() + " membres du jury.");
        issuePv(s, pv, signatures);
    }

    /**
     * The region whose DREETS validates the PV, when the site's postal code names one with a configured signatory;
     * otherwise the platform's authority (the jury's signature of the PV never fails on the configuration; the livret
     * and parchemin do, at validation, since they must name the regional signatory).
     */
    Region pvRegion(ExamSession s) {
        try {
            Region region = SessionCertification.region(s);
            return documents.signatoryConfigured(region) ? region : null;
        } catch (ProblemException e) {
            return null;
        }
    }

    void issuePv(ExamSession s, SessionPv pv, List<PvSignature> signatures) {
        PvData data = builder.build(s, pv.pvVersion, signatures, pv.pvDate);
        IssuedDocument document = documents.issuePv(data, pvRegion(s));
        document.sessionId = s.id;
    }

    /**
     * After the jury re-deliberated on an appeal: the rectified content awaits the jury's signatures again (earlier
     * signatures were of another content); nothing issued changes before the administration validates it.
     */
    public void rectify(ExamSession s) {
        SessionPv pv = repository.pvOf(s.id).orElseThrow();
        pv.pendingHash = builder.contentHash(s);
        repository.appealsOf(s.id).stream().filter(a -> a.status == Appeal.Status.SIGNED)
                .forEach(a -> a.status = Appeal.Status.DECIDED);
        // issue 15: the rectified PV (the next version) awaits the signatures of the jurors called to sign it
        notices.pvToSign(s, signers(s, requiredSigners(s, pv)), pv.pvVersion + 1);
    }

    /**
     * Issue 15: once every candidate of a session not yet signed has a decision, the PV can be signed: every member
     * of the jury is asked to, once (the message key holds the version, so a decision changed later asks nothing).
     */
    public void announceIfReady(ExamSession s) {
        if (repository.pvOf(s.id).isPresent()) {
            return;
        }
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        if (s.activeEnrolments().stream().allMatch(e -> current.containsKey(e.id))) {
            notices.pvToSign(s, signers(s, requiredSigners(s, null)), 1);
        }
    }

    private static List<Juror> signers(ExamSession s, Set<Long> ids) {
        return s.jury.stream().map(m -> m.juror).filter(j -> ids.contains(j.id)).toList();
    }

    @Inject
    AuditCheckpointService checkpoints;

    /** The valid documents of a validated session, for its managers; checked before the archive is streamed. */
    @Transactional
    public List<IssuedDocument> documentsOf(long sessionId) {
        ExamSession s = access.manager(sessionId);
        if (s.status != SessionStatus.VALIDATED) {
            throw ProblemException.rule("Les documents sont délivrés à la validation du procès-verbal (état actuel : "
                    + s.status.label() + ").", List.of());
        }
        return new ArrayList<>(issued.validOfSession(s.id));
    }
}
