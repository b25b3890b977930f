package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.Viewer;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrols a list of candidates in a session in one transaction, all or nothing, under exactly the rules of
 * {@link EnrolmentService} (its {@code admit} and {@code write}); the facts of every line are read in a few queries
 * whatever the number of lines, so that 200 candidates go in well under two seconds (docs/performance.md).
 */
@ApplicationScoped
public class BulkEnrolmentService {

    /** A centre's largest session: 500 places (SessionCommands.NewSession's capacity). */
    public static final int MAX_LINES = 500;

    @Inject
    SessionAccess access;


    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CandidateRepository candidates;

    @Inject
    EnrolmentService enrolment;

    @Inject
    RuleFacts facts;

    @Inject
    BusinessMetrics metrics;

    @Inject
    Validator validator;

    private record Admitted(Candidate candidate, Enrolment existing, EnrolmentEligibilityPolicy.Decision decision,
                            SessionCommands.NewEnrolment line) {
    }

    /**
     * How a refusal names a line: {@link #LIST} as the JSON list sent ({@code enrolments[0].candidateId}, « Ligne
     * 1 »), or as the line and column of a CSV file (BulkEnrolmentCsvService).
     */
    public interface LineNames {

        LineNames LIST = new LineNames() {
            @Override
            public String field(int index, String field) {
                return "enrolments[" + index + "]." + field;
            }

            @Override
            public String label(int index, String field) {
                return "Ligne " + (index + 1);
            }
        };

        /** The error's field: the line in brackets, then the field or column (the count of refused lines reads it). */
        String field(int index, String field);

        /** The start of the error's message: « Ligne 3 » or « Ligne 3, colonne « ccp » ». */
        String label(int index, String field);
    }

    /** The ids of the enrolments written, in the order of the lines; a 4xx naming every refused line otherwise. */
    @Transactional
    public List<Long> enrolAll(long sessionId, SessionCommands.BulkEnrolment bulk, Viewer viewer) {
        return enrolAll(sessionId, bulk, viewer, LineNames.LIST);
    }

    /** The same, the refusals naming the lines with {@code names}. */
    @Transactional
    public List<Long> enrolAll(long sessionId, SessionCommands.BulkEnrolment bulk, Viewer viewer, LineNames names) {
        // the same lock as one enrolment, taken before the session is read: the capacity holds against concurrent
        // requests
        ExamSession s = access.managedForUpdate(sessionId, viewer);
        SessionService.requirePlanning(s, "les inscriptions");
        List<SessionCommands.NewEnrolment> lines = validLines(bulk, names);
        List<Long> ids = lines.stream().map(SessionCommands.NewEnrolment::candidateId).distinct().toList();
        Map<Long, Candidate> found = candidates.withEnrolmentFacts(ids).stream()
                .filter(c -> SessionAccess.mayEnrol(c, viewer))
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<Long, Enrolment> existing = enrolments.ofCandidatesIn(s, found.keySet());
        Map<Long, EnrolmentEligibilityPolicy.Candidate> lineFacts = facts.candidates(
                found.values().stream().filter(c -> !c.isErased()).toList(), s);
        int enrolled = enrolments.enrolledIn(s);
        List<Admitted> admitted = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            SessionCommands.NewEnrolment line = lines.get(i);
            Candidate c = found.get(line.candidateId());
            if (c == null) {
                errors.add(new FieldError(names.field(i, "candidateId"), names.label(i, "candidateId") + " : "
                        + SessionAccess.notFollowed(line.candidateId())));
                continue;
            }
            if (!seen.add(c.id)) {
                errors.add(new FieldError(names.field(i, "candidateId"), label(names, i, "candidateId", c)
                        + "figure déjà plus haut dans la liste."));
                continue;
            }
            try {
                Enrolment previous = existing.get(c.id);
                admitted.add(new Admitted(c, previous, enrolment.admit(s, c, previous, enrolled + admitted.size(),
                        lineFacts.get(c.id), line), line));
            } catch (ProblemException refusal) {
                for (FieldError e : refusal.errors().isEmpty() ? List.of(new FieldError("candidateId",
                        refusal.getMessage())) : refusal.errors()) {
                    errors.add(new FieldError(names.field(i, e.field()), label(names, i, e.field(), c) + e.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.rule("Aucune inscription enregistrée : " + lines.size() + " ligne(s) envoyée(s), "
                    + errors.stream().map(e -> e.field().substring(0, e.field().indexOf(']'))).distinct().count()
                    + " refusée(s). Corrigez-les puis renvoyez la liste.", errors);
        }
        List<Enrolment> written = admitted.stream().map(a -> enrolment.write(s, a.candidate(), a.existing(),
                a.decision(), a.line(), viewer)).toList();
        s.updatedAt = Instant.now();
        enrolments.flush();
        metrics.bulkEnrolled(written.size());
        return written.stream().map(e -> e.id).toList();
    }

    /** The lines with the common choice applied, each valid; a 400 naming every invalid line otherwise. */
    private List<SessionCommands.NewEnrolment> validLines(SessionCommands.BulkEnrolment bulk, LineNames names) {
        if (bulk == null || bulk.enrolments() == null || bulk.enrolments().isEmpty()) {
            throw ProblemException.invalidField("enrolments", "La liste des candidats à inscrire est vide.");
        }
        if (bulk.enrolments().size() > MAX_LINES) {
            throw ProblemException.invalidField("enrolments", MAX_LINES + " candidats au plus par envoi ("
                    + bulk.enrolments().size() + " reçus) : envoyez la liste en plusieurs fois.");
        }
        List<SessionCommands.NewEnrolment> lines = bulk.lines();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i;
            if (lines.get(i) == null) {
                errors.add(new FieldError(names.field(i, "candidateId"), names.label(i, "candidateId")
                        + " : le candidat est obligatoire."));
                continue;
            }
            validator.validate(lines.get(i)).forEach(v -> errors.add(new FieldError(
                    names.field(line, v.getPropertyPath().toString()),
                    names.label(line, v.getPropertyPath().toString()) + " : " + v.getMessage())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La liste contient " + errors.size() + " champ(s) invalide(s) ; rien "
                    + "n'a été enregistré.", errors);
        }
        return lines;
    }

    private static String label(LineNames names, int line, String field, Candidate c) {
        return names.label(line, field) + ", " + c.fullName() + " (" + c.reference + ") : ";
    }
}
