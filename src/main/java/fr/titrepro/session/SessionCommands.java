package fr.titrepro.session;

import fr.titrepro.referential.SessionType;
import fr.titrepro.session.jury.ConflictKind;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the API and the pages ask the session services to do. Validated by the services (the same French messages
 * for both), before anything is written.
 */
public final class SessionCommands {

    private SessionCommands() {
    }

    public record NewJuror(
            @NotBlank(message = "L'identifiant de connexion est obligatoire.")
            @Pattern(regexp = "[A-Za-z0-9._@-]{2,100}", message = "Identifiant de connexion : lettres, chiffres, "
                    + "point, tiret, @ (2 à 100 caractères).") String username,
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "100 caractères au plus.")
            String lastName,
            @NotBlank(message = "Le prénom est obligatoire.") @Size(max = 100, message = "100 caractères au plus.")
            String firstName,
            @Email(message = "Adresse électronique invalide.") @Size(max = 255, message = "255 caractères au plus.")
            String email,
            @Pattern(regexp = "[0-9 +().-]{6,30}", message = "Numéro de téléphone invalide.") String phone,
            @NotBlank(message = "Le métier exercé est obligatoire.") @Size(max = 255, message = "255 caractères au plus.")
            String profession,
            @NotBlank(message = "L'employeur est obligatoire.") @Size(max = 255, message = "255 caractères au plus.")
            String employer,
            @NotNull(message = "Le nombre d'années d'expérience est obligatoire.")
            @Min(value = 0, message = "Nombre d'années invalide.") @Max(value = 60, message = "Nombre d'années invalide.")
            Integer yearsOfExperience) {
    }

    public record NewHabilitation(
            @NotBlank(message = "Le code du titre est obligatoire.") String titleCode,
            @NotNull(message = "La date de début est obligatoire.") LocalDate validFrom,
            @NotNull(message = "La date de fin est obligatoire.") LocalDate validUntil) {
    }

    /**
     * @param version    the title version; its latest version when absent
     * @param centreId   the organising centre: required from the administration, the staff's own centre otherwise
     * @param approvalId the approval (site) to use when the centre has several covering the dates
     */
    public record NewSession(
            @NotBlank(message = "Le titre est obligatoire.") String titleCode,
            String version,
            @NotNull(message = "Le type de session est obligatoire.") SessionType type,
            Set<Integer> ccpNumbers,
            String ccsCode,
            @NotNull(message = "La date de début est obligatoire.") LocalDate startDate,
            @NotNull(message = "La date de fin est obligatoire.") LocalDate endDate,
            @Capacity Integer capacity,
            @ManagerName String managerName,
            @ManagerEmail String managerEmail,
            Long centreId,
            Long approvalId) {
    }

    /** The title, type and CCPs of a session do not change: plan another session instead. */
    public record SessionChanges(
            @NotNull(message = "La date de début est obligatoire.") LocalDate startDate,
            @NotNull(message = "La date de fin est obligatoire.") LocalDate endDate,
            @Capacity Integer capacity,
            @ManagerName String managerName,
            @ManagerEmail String managerEmail,
            Long approvalId) {
    }

    public record Transition(
            @NotNull(message = "L'état visé est obligatoire.") SessionStatus to,
            @Size(max = 1000, message = "1000 caractères au plus.") String reason) {
    }

    /**
     * @param ccpNumbers          for a session CCP, the CCPs taken; all those the candidate does not hold when absent
     * @param ccsExperienceMonths at a session CCS, the months of experience in the trade the candidate justifies
     *                            (direct route, fiche: « 1 an d'expérience dans le métier visé »); absent when they
     *                            come from training
     */
    public record NewEnrolment(
            @NotNull(message = "Le candidat est obligatoire.") Long candidateId,
            Set<Integer> ccpNumbers,
            @Min(value = 0, message = "Nombre de mois invalide.") @Max(value = 720, message = "Nombre de mois invalide.")
            Integer ccsExperienceMonths) {

        public NewEnrolment(Long candidateId, Set<Integer> ccpNumbers) {
            this(candidateId, ccpNumbers, null);
        }
    }

    /**
     * Several enrolments in one request, all or nothing (at most {@code BulkEnrolmentService.MAX_LINES}).
     *
     * @param ccpNumbers          the CCPs of every line that names none (absent: the rule of one enrolment)
     * @param ccsExperienceMonths the experience of every line that declares none
     */
    public record BulkEnrolment(List<NewEnrolment> enrolments, Set<Integer> ccpNumbers,
                                @Min(value = 0, message = "Nombre de mois invalide.")
                                @Max(value = 720, message = "Nombre de mois invalide.") Integer ccsExperienceMonths) {

        /** Each line with the common choice where it makes none. */
        public List<NewEnrolment> lines() {
            return enrolments.stream().map(l -> l == null ? null : new NewEnrolment(l.candidateId(),
                    l.ccpNumbers() != null ? l.ccpNumbers() : ccpNumbers,
                    l.ccsExperienceMonths() != null ? l.ccsExperienceMonths() : ccsExperienceMonths)).toList();
        }
    }

    public record NewConflict(
            @NotNull(message = "Le membre du jury est obligatoire.") Long jurorId,
            @NotNull(message = "Le candidat est obligatoire.") Long candidateId,
            @NotNull(message = "La nature du lien est obligatoire.") ConflictKind kind,
            @Size(max = 1000, message = "1000 caractères au plus.") String note) {
    }

    /** The places of a session, when it is planned and when it is changed: 1 to 500. */
    @NotNull(message = "La capacité est obligatoire.")
    @Min(value = 1, message = "Au moins une place.")
    @Max(value = 500, message = "500 places au plus.")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Capacity {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The session's manager, named on the convocations. */
    @NotBlank(message = "Le responsable de session est obligatoire.")
    @Size(max = 255, message = "255 caractères au plus.")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ManagerName {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The manager's address, optional. */
    @Email(message = "Adresse électronique invalide.")
    @Size(max = 255, message = "255 caractères au plus.")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ManagerEmail {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Bean Validation of a command, as a 400 problem listing every invalid field. */
    public static void validate(Validator validator, Object command) {
        if (command == null) {
            throw ProblemException.invalid("Le corps de la requête est vide.", List.of());
        }
        List<FieldError> errors = validator.validate(command).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La requête contient " + errors.size() + " champ(s) invalide(s).", errors);
        }
    }
}
