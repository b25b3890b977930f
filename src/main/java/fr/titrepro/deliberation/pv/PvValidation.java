package fr.titrepro.deliberation.pv;

import fr.titrepro.deliberation.Appeal;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.CertificationBatch;
import fr.titrepro.deliberation.DeliberationAccess;
import fr.titrepro.deliberation.DeliberationNotices;
import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.deliberation.SessionCertification;
import fr.titrepro.document.DocumentBatch;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.audit.AdminAction;
import fr.titrepro.shared.audit.AdministrationLog;
import fr.titrepro.shared.audit.AuditCheckpointService;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The administration's validation of the signed PV (acting for the DREETS): the session becomes VALIDATED, the
 * candidates' results are published and their documents issued; for a rectified PV, the new version and the
 * appellants' documents. The PV itself (draft, signatures) is {@link PvService}.
 */
@ApplicationScoped
public class PvValidation {

    /** Result of the validation: how many candidates and documents. */
    public record Validation(int candidates, int documents) {
    }

    @Inject
    DeliberationAccess access;

    @Inject
    DeliberationRepository repository;

    @Inject
    PvService pvs;

    @Inject
    SessionService sessions;

    @Inject
    CurrentUser user;

    @Inject
    SessionCertification certification;

    @Inject
    DeliberationNotices notices;

    @Inject
    AuditCheckpointService checkpoints;

    @Inject
    AdministrationLog log;

    @Inject
    Event<PvValidated> pvValidated;

    /**
     * The administration (acting for the DREETS) validates the signed PV: the session becomes VALIDATED, the CCPs
     * acquired are recorded as held, and each candidate's livret and parchemin are issued.
     */
    @Transactional
    public Validation validate(long sessionId) {
        ExamSession s = access.administration(sessionId);
        if (s.status == SessionStatus.VALIDATED) {
            return validateRectification(s);
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
        int count = 0;
        CertificationBatch records = certification.records();
        List<Enrolment> deliberated = s.activeEnrolments().stream().filter(e -> current.containsKey(e.id)).toList();
        try (DocumentBatch documents = certification.documentBatch(s, deliberated)) {
            for (Enrolment e : deliberated) {
                count += certification.apply(s, e, current.get(e.id), pv.pvDate, records, documents);
            }
            // queued with the documents, in the same transaction: a validation refused later sends nothing
            notices.resultsAvailable(s, deliberated);
            certification.store(records);
            validated(s, documents);
        }
        return new Validation(deliberated.size(), count);
    }

    /**
     * The administration validates the rectified PV signed again by the jury: the PV is re-issued (one more version,
     * the new signatures) and only then the appellants' results and documents change.
     */
    private Validation validateRectification(ExamSession s) {
        PvStatus.Rectification state = pvs.rectification(s);
        if (state == PvStatus.Rectification.NONE) {
            throw ProblemException.conflict("Ce procès-verbal est déjà validé.");
        }
        if (state == PvStatus.Rectification.AWAITING_SIGNATURES) {
            throw ProblemException.rule("Le procès-verbal rectificatif doit d'abord être signé à nouveau par le jury.",
                    List.of(new FieldError("signatures", "Signatures du jury manquantes sur le PV rectificatif.")));
        }
        SessionPv pv = repository.pvOf(s.id).orElseThrow();
        List<PvSignature> signatures = repository.signaturesOf(s.id, pv.pendingHash);
        pv.pvVersion++;
        pv.contentHash = pv.pendingHash;
        pv.pendingHash = null;
        pvs.issuePv(s, pv, signatures);
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        int candidates = 0;
        int count = 0;
        CertificationBatch records = certification.records();
        // the appellants' series are locked one by one as their documents are added (a few, not a session's)
        try (DocumentBatch documents = certification.documentBatch(s, List.of())) {
            for (Appeal a : repository.appealsOf(s.id)) {
                if (a.status != Appeal.Status.SIGNED) {
                    continue;
                }
                a.status = Appeal.Status.VALIDATED;
                a.validatedAt = Instant.now();
                a.validatedBy = user.username();
                Enrolment e = DeliberationAccess.enrolment(s, a.enrolmentId);
                candidates++;
                count += certification.apply(s, e, current.get(e.id), pv.pvDate, records, documents);
                notices.appealDecided(s, a, e);
            }
            certification.store(records);
            validated(s, documents);
        }
        return new Validation(candidates, count);
    }

    /**
     * Anchors the chains as validated, logs the validation, refreshes the dashboard, then stores the documents (in
     * the validation's transaction): last, so that their PDFs are signed on the document workers meanwhile.
     */
    private void validated(ExamSession s, DocumentBatch documents) {
        repository.flush();
        checkpoints.checkpoint(s.id, AuditCheckpointService.PV_VALIDATED);
        log.record(AdminAction.PV_VALIDATED, "SESSION", s.id, "PV version "
                + repository.pvOf(s.id).map(p -> p.pvVersion).orElse(1));
        pvValidated.fire(new PvValidated(s.id)); // issue 19: the dashboard's aggregates, same transaction
        documents.store();
    }
}
