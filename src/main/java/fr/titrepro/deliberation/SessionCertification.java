package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.candidate.acquired.HeldCcpService;
import fr.titrepro.document.CcpCredentialData;
import fr.titrepro.document.CcpCredentials;
import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.DocumentBatch;
import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.Region;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Ccs;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * What a validated decision gives a candidate, and nothing else ({@link Grants}): the outcome on the enrolment; for a
 * full success the CCPs acquired at the session recorded as held, the title recorded as obtained and the parchemin;
 * for a partial success exactly the CCPs acquired at the session and the livret; for a CCS obtained the CCS recorded
 * and its parchemin; for a failure, an absence, an excuse, a fraud or a CCS not obtained, nothing. Run at the PV
 * validation and again after an appeal re-validated: facts are never recorded twice, a document with other content
 * supersedes the valid one.
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
    DeliberationRepository deliberations;

    @Inject
    CurrentUser user;

    @Inject
    CcpCredentials ccpCredentials;

    /**
     * @param gathered       where the CCPs recorded as held now, the title obtained and the CCPs' credentials are
     *                       gathered, to be written together ({@link #store}) once every candidate is applied
     * @param batch          where the candidate's livret or parchemin is added, rendered and signed while the next
     *                       candidates are applied, stored by {@link DocumentBatch#store} in the same transaction
     * @return how many documents were added (to be issued, or already valid with the same content)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(ExamSession s, Enrolment e, CandidateDeliberation d, LocalDate pvDate,
                     CertificationBatch gathered, DocumentBatch batch) {
        e.outcome = d.outcome;
        e.outcomeAt = Instant.now();
        Grants grants = Grants.of(d.outcome, d.acquired());
        if (grants.title()) {
            Grants.titleWithheld(s.titleVersion.ccps.stream().map(c -> c.number).collect(Collectors.toSet()),
                    d.held(), d.finalInterview).ifPresent(reason -> {
                        throw ProblemException.rule(reason + " (" + e.candidate.fullName() + ")",
                                List.of(new FieldError("outcome", reason)));
                    });
        }
        Candidate candidate = e.candidate;
        String place = place(s);
        Set<Long> grantedNow = new HashSet<>();
        LocalDate deliberatedOn = deliberationDay(d, pvDate);
        List<HeldCcp> held = gathered.acquired.held(candidate);
        for (Integer n : grants.ccps()) {
            Ccp ccp = s.ccp(n);
            if (held.stream().noneMatch(h -> h.ccp.id.equals(ccp.id))) {
                held.add(gathered.acquired.grant(candidate, ccp, s.endDate, place, s.id, user.username()));
                grantedNow.add(ccp.id);
            }
        }
        issueCcpCredentials(s, candidate, held, grants, grantedNow, gathered);
        Ccs ccs = grants.ccs() ? s.titleVersion.ccsBlocks.stream().filter(b -> b.code.equals(s.ccsCode)).findFirst()
                .orElseThrow() : null;
        if (grants.title() || grants.ccs()) {
            recordObtained(gathered, candidate, s, ccs == null ? null : ccs.code, deliberatedOn, place);
        }
        if (grants.documents().isEmpty()) {
            return 0;
        }
        CertificationRecords.Issue issue = new CertificationRecords.Issue(pvDate, place, region(s));
        if (grants.documents().contains(DocumentKind.LIVRET)) {
            batch.livret(records.livret(candidate, held, s.titleVersion, d.finalInterview, issue), s.id);
        }
        if (grants.documents().contains(DocumentKind.PARCHEMIN)) {
            batch.parchemin(records.parchemin(candidate, s.titleVersion, ccs, deliberatedOn, issue), s.id);
        }
        return grants.documents().size();
    }

    /** Where one validation gathers the facts it records ({@link #apply}), written by {@link #store}. */
    public CertificationBatch records() {
        return new CertificationBatch(heldCcps.batch());
    }

    /**
     * The batch the documents of one validation are added to ({@link #apply}), in the caller's transaction; the
     * series of the livret and parchemin each of {@code enrolments} may receive are locked at once (one statement).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentBatch documentBatch(ExamSession s, Collection<Enrolment> enrolments) {
        DocumentBatch batch = documents.batch();
        List<String> series = new ArrayList<>();
        for (Enrolment e : enrolments) {
            series.add(DocumentService.livretSeries(e.candidate.id, s.titleVersion.code));
            series.add(DocumentService.parcheminSeries(e.candidate.id, s.titleVersion.code, null));
            if (s.ccsCode != null) {
                series.add(DocumentService.parcheminSeries(e.candidate.id, s.titleVersion.code, s.ccsCode));
            }
        }
        batch.lockSeries(series);
        return batch;
    }

    /**
     * The verifiable credential of each CCP the session granted (issue 16), at the moment it is recorded as held
     * ({@code granted}: the CCP ids recorded just now, whose series are new: one insert each, no lookup); at a
     * re-validation, the credentials of the CCPs this session had granted are issued again only if their data changed.
     */
    private void issueCcpCredentials(ExamSession s, Candidate candidate, List<HeldCcp> heldNow, Grants grants,
                                     Set<Long> granted, CertificationBatch gathered) {
        CertifiedTitle title = null;
        for (HeldCcp held : heldNow) {
            if (!grants.ccps().contains(held.ccp.number) || !held.ccp.titleVersion.id.equals(s.titleVersion.id)
                    || !s.id.equals(held.sessionId)) {
                continue;
            }
            title = title == null ? CertifiedTitle.of(s.titleVersion) : title;
            CcpCredentialData data = records.ccp(candidate, held, title, region(s));
            if (granted.contains(held.ccp.id)) {
                gathered.credential(held, data, s.id);
            } else {
                ccpCredentials.reissue(held.id, data, s.id);
            }
        }
    }

    /**
     * Writes what {@link #apply} gathered: the CCPs held and titles obtained, one batch per table, then the CCPs'
     * credentials in one batch (issue 16: 300 CCPs, 100 titles and 300 credentials for a session of 200).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(CertificationBatch gathered) {
        ccpCredentials.issueNew(gathered.store());
    }

    /** The title (or CCS) obtained, a fact of its own (DOMAIN); kept as first recorded when the PV is re-validated. */
    private void recordObtained(CertificationBatch gathered, Candidate candidate, ExamSession s, String ccsCode,
                                LocalDate on, String place) {
        gathered.acquired.obtained(candidate, s.titleVersion, ccsCode, on, place, s.id,
                deliberations.pvOf(s.id).map(pv -> pv.pvVersion).orElse(null),
                user.username() == null ? "titrepro" : user.username());
    }

    /** The day the jury deliberated on the candidate (the decision in force), in France. */
    static LocalDate deliberationDay(CandidateDeliberation d, LocalDate pvDate) {
        return d.decidedAt == null ? pvDate : d.decidedAt.atZone(PARIS).toLocalDate();
    }

    /** The town of the session's site, as the documents print it. */
    public static String place(ExamSession s) {
        return s.approval.siteCity;
    }

    /**
     * The region of the session's site, whose DREETS issues the documents (and validates the PV:
     * {@code DocumentService.issuePv(data, region)}); refused when the postal code names none.
     */
    public static Region region(ExamSession s) {
        return Region.ofPostalCode(s.approval.sitePostalCode).orElseThrow(() -> {
            String message = "Le code postal du site de la session (« " + s.approval.sitePostalCode + " ») ne "
                    + "désigne aucune région : la DREETS qui délivre le livret ou le parchemin ne peut être déterminée.";
            return ProblemException.rule(message, List.of(new FieldError("sitePostalCode", message)));
        });
    }
}
