package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.HeldCcpService;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.LivretData;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Ccs;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.Enrolment;
import fr.titrepro.session.EnrolmentOutcome;
import fr.titrepro.session.ExamSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a validated decision gives a candidate: the outcome on the enrolment, the CCPs acquired recorded as held
 * (date and place of the session), the livret de certification when at least one CCP of the title is held, the
 * parchemin when the title (or the CCS) is obtained. Documents are issued once; a re-issue supersedes the previous.
 */
@ApplicationScoped
public class SessionCertification {

    @Inject
    HeldCcpService heldCcps;

    @Inject
    CertificationRecords records;

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser user;

    /** @return the documents issued (or already valid with the same content) */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IssuedDocument> apply(ExamSession s, Enrolment e, CandidateDeliberation d, LocalDate pvDate) {
        e.outcome = enrolmentOutcome(d.outcome);
        e.outcomeAt = Instant.now();
        Candidate candidate = e.candidate;
        String place = place(s);
        for (Integer n : d.acquired()) {
            Ccp ccp = s.ccp(n);
            if (candidate.heldCcps.stream().noneMatch(h -> h.ccp.id.equals(ccp.id))) {
                heldCcps.grant(candidate.id, ccp, s.endDate, place, s.id, null, user.username());
            }
        }
        List<IssuedDocument> issued = new ArrayList<>();
        if (s.type != fr.titrepro.session.SessionType.CCS) {
            LivretData livret = records.livret(candidate, s.titleVersion, pvDate, place);
            if (!livret.ccpsHeld().isEmpty()) {
                issued.add(documents.issueLivret(livret));
            }
        }
        if (d.outcome == Outcome.FULL_SUCCESS) {
            issued.add(documents.issueParchemin(records.parchemin(candidate, s.titleVersion, null, pvDate, place)));
        } else if (d.outcome == Outcome.CCS_OBTAINED) {
            Ccs ccs = s.titleVersion.ccsBlocks.stream().filter(b -> b.code.equals(s.ccsCode)).findFirst()
                    .orElseThrow();
            issued.add(documents.issueParchemin(records.parchemin(candidate, s.titleVersion, ccs, pvDate, place)));
        }
        issued.forEach(doc -> doc.sessionId = s.id);
        return issued;
    }

    /** The town of the session's site, as the documents print it. */
    public static String place(ExamSession s) {
        return s.approval.siteCity;
    }

    static EnrolmentOutcome enrolmentOutcome(Outcome o) {
        return switch (o) {
            case FULL_SUCCESS -> EnrolmentOutcome.SUCCESS;
            case PARTIAL_SUCCESS -> EnrolmentOutcome.PARTIAL_SUCCESS;
            case FAILURE -> EnrolmentOutcome.FAILURE;
            case ABSENT -> EnrolmentOutcome.ABSENT;
            case EXCUSED -> EnrolmentOutcome.EXCUSED;
            case FRAUD -> EnrolmentOutcome.FRAUD;
            case CCS_OBTAINED -> EnrolmentOutcome.CCS_OBTAINED;
            case CCS_NOT_OBTAINED -> EnrolmentOutcome.CCS_NOT_OBTAINED;
        };
    }
}
