package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.Viewer;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Bulk enrolment from a CSV file (issue 14): the file read ({@link EnrolmentCsv}), each line's candidate found
 * among those the session's centre follows ({@link EnrolmentCsvMatch}), then the all-or-nothing enrolment of
 * {@link BulkEnrolmentService} with its rules, every refusal naming the line and the column of the file. One
 * transaction: nothing is written when any line is refused.
 */
@ApplicationScoped
public class BulkEnrolmentCsvService {

    @Inject
    SessionAccess access;

    @Inject
    CandidateRepository candidates;

    @Inject
    BulkEnrolmentService bulk;

    /** The ids of the enrolments written, in the order of the file; a 4xx naming every refused line otherwise. */
    @Transactional
    public List<Long> enrolFile(long sessionId, byte[] content, Viewer viewer) {
        // who may act on the session first: another centre learns nothing, not even how its file would be read
        ExamSession s = access.managed(sessionId, viewer);
        if (content != null && content.length > EnrolmentCsv.MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Fichier trop volumineux : "
                    + EnrolmentCsv.MAX_BYTES / 1024 + " Ko au plus (" + BulkEnrolmentService.MAX_LINES
                    + " candidats).", List.of(new FieldError("file", "Fichier de plus de "
                    + EnrolmentCsv.MAX_BYTES / 1024 + " Ko.")));
        }
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.read(content);
        if (!parsed.errors().isEmpty()) {
            throw ProblemException.invalid(refusal(parsed.errors().size(), "invalide(s)"), fieldErrors(parsed.errors()));
        }
        List<EnrolmentCsv.Line> lines = parsed.lines();
        List<EnrolmentCsvMatch.Known> followed = candidates.followedByReferenceOrBirthDate(s.centre.id,
                        references(lines), lines.stream().map(EnrolmentCsv.Line::birthDate).filter(Objects::nonNull)
                                .distinct().toList())
                .stream().map(BulkEnrolmentCsvService::known).toList();
        EnrolmentCsvMatch.Resolved resolved = EnrolmentCsvMatch.resolve(lines, followed);
        if (!resolved.errors().isEmpty()) {
            throw ProblemException.rule(refusal(resolved.errors().size(), "refusée(s)"),
                    fieldErrors(resolved.errors()));
        }
        return bulk.enrolAll(sessionId, new SessionCommands.BulkEnrolment(resolved.enrolments(), null, null), viewer,
                new FileLines(lines));
    }

    /** The refusals of the bulk enrolment, named by the file's line and column. */
    record FileLines(List<EnrolmentCsv.Line> lines) implements BulkEnrolmentService.LineNames {

        @Override
        public String field(int index, String field) {
            return "lines[" + lines.get(index).number() + "]." + column(index, field);
        }

        @Override
        public String label(int index, String field) {
            return "Ligne " + lines.get(index).number() + ", colonne « " + column(index, field) + " »";
        }

        /** The column a refusal points to: the choice the line made when the rule is about it, else the candidate. */
        private String column(int index, String field) {
            EnrolmentCsv.Line line = lines.get(index);
            return switch (field) {
                case "ccpNumbers", EnrolmentEligibilityPolicy.CCP_OF_SESSION, EnrolmentEligibilityPolicy.CCP_HELD ->
                        line.ccpNumbers() != null ? EnrolmentCsv.Column.CCP.header() : line.candidateColumn();
                case "ccsExperienceMonths", EnrolmentEligibilityPolicy.CCS_ROUTE -> line.experienceMonths() != null
                        ? EnrolmentCsv.Column.EXPERIENCE.header() : line.candidateColumn();
                default -> line.candidateColumn();
            };
        }
    }

    static List<FieldError> fieldErrors(List<EnrolmentCsv.LineError> errors) {
        return errors.stream().map(e -> e.line() == 0 ? new FieldError("file", e.message())
                : new FieldError("lines[" + e.line() + "]." + e.column(), "Ligne " + e.line() + ", colonne « "
                + e.column() + " » : " + e.message())).toList();
    }

    private static String refusal(int count, String what) {
        return "Aucune inscription enregistrée : " + count + " erreur(s) dans le fichier, ligne(s) " + what
                + ". Corrigez le fichier puis renvoyez-le.";
    }

    private static List<String> references(List<EnrolmentCsv.Line> lines) {
        // MariaDB compares the references without case; the upper-case form covers a case-sensitive collation too
        return lines.stream().map(EnrolmentCsv.Line::reference).filter(Objects::nonNull)
                .flatMap(r -> Stream.of(r.strip(), r.strip().toUpperCase(Locale.ROOT))).distinct().toList();
    }

    private static EnrolmentCsvMatch.Known known(CandidateRepository.Identity c) {
        return new EnrolmentCsvMatch.Known(c.id(), c.reference(), c.birthName(), c.usageName(), c.firstNames(),
                c.birthDate());
    }
}
