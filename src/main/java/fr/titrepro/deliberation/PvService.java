package fr.titrepro.deliberation;

import fr.titrepro.document.DocumentService;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.IssuedDocumentRepository;
import fr.titrepro.document.PvData;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.Enrolment;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PV de session: its draft while the jury deliberates, each juror's signature (identity and time), the closing
 * of the session when every juror has signed the same content, the administration's validation that issues the
 * candidates' documents, and the centre's archive of a session's documents.
 */
@ApplicationScoped
public class PvService {

    /** Dates of the PV are those of mainland France, whatever the server's zone. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A recours gracieux is received within two months of the PV. */
    public static final int APPEAL_MONTHS = 2;

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
    IssuedDocumentRepository issued;

    @Inject
    CurrentUser user;

    /** Result of the validation: how many candidates and documents. */
    public record Validation(int candidates, int documents) {
    }

    @Transactional
    public PvStatus status(long sessionId) {
        return status(access.reader(sessionId));
    }

    PvStatus status(ExamSession s) {
        Optional<SessionPv> pv = repository.pvOf(s.id);
        String hash = pv.map(p -> p.contentHash).orElseGet(() -> builder.contentHash(s));
        Map<Long, PvSignature> signed = repository.signaturesOf(s.id, hash).stream()
                .collect(Collectors.toMap(g -> g.jurorId, g -> g, (a, b) -> a));
        List<PvStatus.Signer> jury = s.jury.stream().map(m -> new PvStatus.Signer(m.juror.id, m.juror.fullName(),
                m.juror.username, Optional.ofNullable(signed.get(m.juror.id)).map(g -> g.signedAt).orElse(null)))
                .toList();
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        List<String> undecided = s.activeEnrolments().stream().filter(e -> !current.containsKey(e.id))
                .map(e -> HolderIdentity.of(e.candidate).fullName()).toList();
        String code = pv.flatMap(p -> issued.current(DocumentService.pvSeries(s.id))).map(d -> d.code).orElse(null);
        return new PvStatus(s.id, s.status, hash, jury, undecided, pv.map(p -> p.pvDate).orElse(null),
                pv.map(p -> p.pvVersion).orElse(null), pv.map(p -> p.validatedAt).orElse(null),
                pv.map(p -> p.validatedBy).orElse(null), code,
                pv.map(p -> p.pvDate.plusMonths(APPEAL_MONTHS)).orElse(null));
    }

    /** The signed PV as issued (its latest version), or the draft of the current content while deliberating. */
    @Transactional
    public byte[] pdf(long sessionId) {
        ExamSession s = access.reader(sessionId);
        Optional<IssuedDocument> signed = issued.current(DocumentService.pvSeries(s.id));
        if (signed.isPresent()) {
            return documents.pdf(signed.get());
        }
        return documents.previewPv(builder.build(s, 1, List.of(), LocalDate.now(PARIS)));
    }

    /**
     * The current juror signs the PV as it stands. When every member of the jury has signed the same content, the
     * PV is issued (signed PDF, verification code) and the session is CLOSED: nothing in it changes any more.
     */
    @Transactional
    public PvStatus sign(long sessionId) {
        DeliberationAccess.JurorSeat seat = access.juror(sessionId);
        ExamSession s = seat.session();
        DeliberationAccess.requireDeliberation(s);
        PvStatus before = status(s);
        if (!before.undecided().isEmpty()) {
            throw ProblemException.rule("Le procès-verbal ne peut pas être signé : le jury n'a pas encore délibéré "
                    + "sur " + String.join(", ", before.undecided()) + ".",
                    before.undecided().stream().map(n -> new FieldError("deliberations", "Pas de décision pour " + n
                            + ".")).toList());
        }
        PvStatus.Signer me = before.jury().stream().filter(j -> j.jurorId() == seat.juror().id).findFirst()
                .orElseThrow();
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
        if (s.jury.stream().allMatch(m -> signers.contains(m.juror.id))) {
            close(s, before.contentHash(), signatures);
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

    void issuePv(ExamSession s, SessionPv pv, List<PvSignature> signatures) {
        PvData data = builder.build(s, pv.pvVersion, signatures, pv.pvDate);
        IssuedDocument document = documents.issuePv(data);
        document.sessionId = s.id;
    }

    /** Re-issues the PV as a rectification after an appeal (same signatures, one more version). */
    void rectify(ExamSession s) {
        SessionPv pv = repository.pvOf(s.id).orElseThrow();
        pv.pvVersion++;
        issuePv(s, pv, repository.signaturesOf(s.id, pv.contentHash));
    }

    /**
     * The administration (acting for the DREETS) validates the signed PV: the session becomes VALIDATED, the CCPs
     * acquired are recorded as held, and each candidate's livret and parchemin are issued.
     */
    @Transactional
    public Validation validate(long sessionId) {
        ExamSession s = access.administration(sessionId);
        if (s.status == SessionStatus.VALIDATED) {
            throw ProblemException.conflict("Ce procès-verbal est déjà validé.");
        }
        if (s.status != SessionStatus.CLOSED) {
            throw ProblemException.rule("Le procès-verbal doit d'abord être signé par tous les membres du jury "
                    + "(état actuel : " + s.status.label() + ").", List.of());
        }
        SessionPv pv = repository.pvOf(s.id).orElseThrow();
        pv.validatedAt = Instant.now();
        pv.validatedBy = user.username();
        sessions.moveByPv(s, SessionStatus.VALIDATED, user.username(), "Procès-verbal validé par l'administration.");
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        int candidates = 0;
        int count = 0;
        for (Enrolment e : s.activeEnrolments()) {
            CandidateDeliberation d = current.get(e.id);
            if (d != null) {
                candidates++;
                count += certification.apply(s, e, d, pv.pvDate).size();
            }
        }
        return new Validation(candidates, count);
    }

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
