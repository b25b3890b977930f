package fr.titrepro.deliberation.results;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.DeliberationAccess;
import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.IssuedDocumentRepository;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The results of a session as its centre and the administration file them: one row per candidate enrolled with the
 * jury's CCP decisions, the outcome and the documents issued. Once the PV is signed (closed or validated session):
 * before, there are no results to file.
 */
@ApplicationScoped
public class SessionResults {

    @Inject
    DeliberationAccess access;

    @Inject
    DeliberationRepository repository;

    @Inject
    IssuedDocumentRepository documents;

    /** A session's results; {@code ccps} are the CCP columns (number → name), {@code ccs} the CCS code or null. */
    public record Table(long sessionId, String session, Map<Integer, String> ccps, String ccs, List<Row> rows) {
    }

    /**
     * @param ccps      decision by CCP number (« Acquis », « Non acquis »); absent while not deliberated
     * @param documents « Parchemin (code ABCD-1234) », one per document valid
     */
    public record Row(String reference, String birthName, String usageName, String firstNames, LocalDate birthDate,
                      String attendance, Map<Integer, String> ccps, String ccs, String finalInterview, String outcome,
                      List<String> documents, LocalDate pvDate) {
    }

    @Transactional
    public Table of(long sessionId) {
        ExamSession s = access.manager(sessionId);
        if (s.status != SessionStatus.CLOSED && s.status != SessionStatus.VALIDATED) {
            throw ProblemException.rule("Les résultats s'exportent une fois le procès-verbal signé par le jury (état "
                    + "actuel de la session : " + s.status.label() + ").", List.of());
        }
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        Map<Long, List<IssuedDocument>> issued = documents.validOfSession(s.id).stream()
                .filter(d -> d.candidateId != null)
                .collect(Collectors.groupingBy(d -> d.candidateId, LinkedHashMap::new, Collectors.toList()));
        LocalDate pvDate = repository.pvOf(s.id).map(p -> p.pvDate).orElse(null);
        SortedSet<Integer> assessed = s.assessedCcpNumbers();
        Map<Integer, String> ccps = new LinkedHashMap<>();
        assessed.forEach(n -> ccps.put(n, s.ccp(n).name));
        List<Row> rows = new ArrayList<>();
        for (Enrolment e : s.activeEnrolments()) {
            rows.add(row(e, current.get(e.id), issued.getOrDefault(e.candidate.id, List.of()), pvDate));
        }
        return new Table(s.id, s.label(), ccps, s.ccsCode, rows);
    }

    private static Row row(Enrolment e, CandidateDeliberation d, List<IssuedDocument> issued, LocalDate pvDate) {
        Candidate c = e.candidate;
        Map<Integer, String> ccps = new LinkedHashMap<>();
        if (d != null) {
            d.decisions().forEach((n, decision) -> ccps.put(n, decision.label()));
        }
        return new Row(c.reference, c.identity.birthName, c.identity.usageName, c.identity.firstNames,
                c.identity.birthDate,
                d == null ? null : d.attendance.label(), ccps,
                d == null || d.ccsDecision() == null ? null : d.ccsDecision().label(),
                d == null || d.finalInterview == null ? null : d.finalInterview.label(),
                d == null ? "Non délibéré" : d.outcome.label(),
                issued.stream().map(x -> x.kind.label() + " (code " + x.code + ")").toList(), pvDate);
    }
}
