package fr.titrepro.eligibility;

import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Which version of the title a VAE application targets, every error of the choice with its field. Pure. */
final class VaeTitleChoice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VaeTitleChoice() {
    }

    /**
     * The title version the draft targets: the one given, or the one in force on the application date. A recorded
     * application cannot be dated in the future; a stateless check may (to simulate).
     *
     * @param versionsOf the versions of a title code, latest first (refused with a {@link ProblemException} when the
     *                   code is unknown)
     */
    static TitleVersion resolve(VaeApplicationDraft d, boolean recorded, LocalDate today,
                                Function<String, List<TitleVersion>> versionsOf) {
        List<FieldError> errors = new ArrayList<>();
        if (d.applicationDate() == null) {
            errors.add(new FieldError("applicationDate", "La date de la demande est obligatoire."));
        } else if (recorded && d.applicationDate().isAfter(today)) {
            errors.add(new FieldError("applicationDate", "La date de la demande ne peut pas être dans le futur."));
        }
        if (d.titleCode() == null || d.titleCode().isBlank()) {
            errors.add(new FieldError("titleCode", "Le titre visé est obligatoire."));
            throw VaeApplicationService.invalid(errors);
        }
        String code = d.titleCode().strip();
        List<TitleVersion> versions;
        try {
            versions = versionsOf.apply(code);
        } catch (ProblemException e) {
            errors.add(new FieldError("titleCode", "Aucun titre n'a le code « " + code + " »."));
            throw VaeApplicationService.invalid(errors);
        }
        TitleVersion chosen = choose(d, code, versions, errors);
        if (!errors.isEmpty()) {
            throw VaeApplicationService.invalid(errors);
        }
        return chosen;
    }

    /** The version given (which must be in force on the application date), or the one in force, or the latest. */
    private static TitleVersion choose(VaeApplicationDraft d, String code, List<TitleVersion> versions,
                                       List<FieldError> errors) {
        TitleVersion chosen;
        if (d.titleVersion() != null && !d.titleVersion().isBlank()) {
            chosen = versions.stream().filter(v -> v.version.equals(d.titleVersion().strip())).findFirst().orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("titleVersion", "Le titre " + code + " n'a pas de version « "
                        + d.titleVersion().strip() + " »."));
                throw VaeApplicationService.invalid(errors);
            }
            if (d.applicationDate() != null && !chosen.isValidOn(d.applicationDate())) {
                Optional<TitleVersion> inForce = versions.stream().filter(v -> v.isValidOn(d.applicationDate())).findFirst();
                errors.add(new FieldError("applicationDate", "La version " + chosen.version + " du titre " + code
                        + " n'est pas en vigueur le " + DAY.format(d.applicationDate())
                        + inForce.map(v -> " (version en vigueur : " + v.version + ")").orElse("") + "."));
            }
        } else if (d.applicationDate() != null) {
            chosen = versions.stream().filter(v -> v.isValidOn(d.applicationDate())).findFirst().orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("applicationDate", "Le titre " + code + " n'était pas en vigueur le "
                        + DAY.format(d.applicationDate()) + "."));
                throw VaeApplicationService.invalid(errors);
            }
        } else {
            chosen = versions.getFirst();
        }
        return chosen;
    }
}
