package fr.titrepro.demo;

import fr.titrepro.candidate.acquired.HeldCcpService;
import fr.titrepro.candidate.acquired.ObtainedTitleService;
import fr.titrepro.deliberation.Attendance;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.DeliberationCase;
import fr.titrepro.deliberation.DeliberationPolicy;
import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.deliberation.DeliberationResult;
import fr.titrepro.deliberation.FinalInterview;
import fr.titrepro.deliberation.TitleRulesSource;
import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.deliberation.pv.PvDataBuilder;
import fr.titrepro.deliberation.pv.PvSignature;
import fr.titrepro.deliberation.pv.SessionPv;
import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.shared.audit.LinkHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The results of a past session of the demo history: each present candidate's grids and the jury's decisions
 * ({@link PastGrids}), each candidate's deliberation computed by {@link DeliberationPolicy} and chained by
 * {@link DeliberationChain}, the PV signed by both jurors (content hash of {@link PvDataBuilder}) and validated a week
 * later, and what the validation records: the enrolment's outcome, the CCPs held ({@link HeldCcpService}) and the
 * title obtained ({@link ObtainedTitleService}). Runs inside {@link PastSessionWriter}'s transaction.
 */
@ApplicationScoped
public class PastSessionResults {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PastGrids grids;

    @Inject
    TitleRulesSource rules;

    @Inject
    DeliberationRepository deliberations;

    @Inject
    PvDataBuilder pvs;

    @Inject
    HeldCcpService heldCcps;

    @Inject
    ObtainedTitleService obtainedTitles;

    void write(HistoryPlan.PastSession plan, ExamSession s, List<HistoryPlan.PastCandidate> people) {
        DeliberationCase.TitleRules title = rules.rulesOf(s.titleVersion);
        PastGrids.Chain decisions = new PastGrids.Chain();
        String head = LinkHash.GENESIS;
        String by = s.jury.getFirst().juror.username;
        Instant validatedAt = PastSessionWriter.validatedAt(s.endDate);
        List<Enrolment> enrolments = s.activeEnrolments();
        for (int i = 0; i < enrolments.size(); i++) {
            Enrolment e = enrolments.get(i);
            HistoryPlan.PastCandidate who = people.get(i);
            Instant scoredAt = PastSessionWriter.at(s.endDate, 9).plusSeconds(600L * i);
            Map<Integer, Verdict> ccps = new TreeMap<>();
            if (who.present()) {
                Random random = new Random(plan.index() * 1_000L + i);
                grids.score(s, e, who, plan.juryPair(), random, scoredAt, decisions)
                        .forEach((n, acquired) -> ccps.put(n, acquired ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED));
            }
            Attendance attendance = who.present() ? Attendance.PRESENT : Attendance.ABSENT;
            FinalInterview interview = who.present() ? FinalInterview.HELD_FAVOURABLY : null;
            DeliberationResult result = DeliberationPolicy.decide(new DeliberationCase(title, List.of(),
                    SessionType.TITLE, attendance, ccps, interview, null, null));
            CandidateDeliberation d = deliberation(s, e, attendance, interview, ccps, result, by,
                    PastSessionWriter.at(s.endDate, 16).plusSeconds(60L * i), head);
            head = d.hash;
            e.outcome = d.outcome;
            e.outcomeAt = validatedAt;
            record(s, e, result);
        }
        deliberations.flush();
        SessionPv pv = new SessionPv();
        pv.sessionId = s.id;
        pv.pvDate = s.endDate;
        pv.pvVersion = 1;
        pv.contentHash = pvs.contentHash(s);
        pv.signedAt = PastSessionWriter.at(s.endDate, 18);
        pv.validatedAt = validatedAt;
        pv.validatedBy = "admin";
        deliberations.persist(pv);
        for (JuryMember m : s.jury) {
            PvSignature signature = new PvSignature();
            signature.sessionId = s.id;
            signature.jurorId = m.juror.id;
            signature.username = m.juror.username;
            signature.jurorName = m.juror.fullName();
            signature.contentHash = pv.contentHash;
            signature.signedAt = pv.signedAt;
            deliberations.persist(signature);
        }
        deliberations.flush();
    }

    private CandidateDeliberation deliberation(ExamSession s, Enrolment e, Attendance attendance,
                                               FinalInterview interview, Map<Integer, Verdict> ccps,
                                               DeliberationResult result, String by, Instant at, String head) {
        CandidateDeliberation d = new CandidateDeliberation();
        d.sessionId = s.id;
        d.enrolmentId = e.id;
        d.candidateId = e.candidate.id;
        d.version = 1;
        d.current = true;
        d.attendance = attendance;
        d.finalInterview = interview;
        d.ccpDecisions = ccps.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue().name())
                .collect(Collectors.joining(";"));
        d.acquiredNow = numbers(result.acquiredNow());
        d.heldAfter = numbers(result.heldAfter());
        d.computedOutcome = result.outcome();
        d.outcome = result.outcome();
        d.notes = result.notes().isEmpty() ? null : String.join("\n", result.notes());
        d.decidedBy = by;
        d.decidedAt = LinkHash.truncate(at);
        d.previousHash = head;
        d.hash = DeliberationChain.hash(head, d);
        deliberations.persist(d);
        return d;
    }

    /** What the PV validation records for the candidate (no document: see {@link PastSessionWriter}). */
    private void record(ExamSession s, Enrolment e, DeliberationResult result) {
        String place = s.approval.siteCity;
        for (Integer n : result.acquiredNow()) {
            heldCcps.grant(e.candidate.id, s.ccp(n), s.endDate, place, s.id,
                    "PV de la session du " + s.startDate.format(DAY), InsightHistoryDemo.AUTHOR);
        }
        if (result.titleObtained()) {
            obtainedTitles.record(e.candidate.id, s.titleVersion, null, s.endDate, place, s.id, 1,
                    InsightHistoryDemo.AUTHOR);
        }
    }

    private static String numbers(SortedSet<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
