package fr.titrepro.centre;

import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.shared.error.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An agrément is given for a title on a site and a period that cannot outlast the title's validity
 * (DOMAIN: "a centre is approved for a title on a site, for a period not beyond the title's validity"), grace period
 * of a closed title included: the missing CCPs can be taken up to one year after the end of validity (fiche TP-00496
 * l. 98, {@link Regulation#graceEnd}), which needs sessions, hence an approval, in that year. Those sessions are only
 * CCP sessions for candidates completing the title (EnrolmentEligibilityPolicy.titleWindow).
 * The title's validity runs from the start of its first version to the end of its latest one; a latest version
 * without an end date leaves the title without an end.
 */
public final class ApprovalPeriodPolicy {

    /** Validity of a title across its versions; {@code until} null: no end. */
    public record TitleValidity(String code, LocalDate from, LocalDate until) {
    }

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ApprovalPeriodPolicy() {
    }

    /**
     * @param title      the title's validity, or null when the title is unknown (only the period itself is checked)
     * @param regulation the rule set giving the grace period of a closed title
     */
    public static List<FieldError> check(LocalDate validFrom, LocalDate validUntil, TitleValidity title,
                                         Regulation regulation) {
        List<FieldError> errors = new ArrayList<>();
        if (validFrom == null) {
            errors.add(new FieldError("validFrom", "Champ obligatoire."));
        }
        if (validUntil == null) {
            errors.add(new FieldError("validUntil", "Champ obligatoire : un agrément est donné pour une durée déterminée."));
        }
        if (validFrom == null || validUntil == null) {
            return errors;
        }
        if (validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "La fin de l'agrément précède son début."));
            return errors;
        }
        if (title == null) {
            return errors;
        }
        if (validFrom.isBefore(title.from())) {
            errors.add(new FieldError("validFrom", "L'agrément ne peut pas commencer avant le début de validité du titre "
                    + title.code() + " (" + title.from().format(FR) + ")."));
        }
        if (title.until() != null && validUntil.isAfter(regulation.graceEnd(title.until()))) {
            errors.add(new FieldError("validUntil", "L'agrément ne peut pas dépasser la fin de validité du titre "
                    + title.code() + " (" + title.until().format(FR) + ") augmentée du délai laissé pour compléter un "
                    + "titre clos, soit le " + regulation.graceEnd(title.until()).format(FR) + "."));
        }
        return errors;
    }
}
