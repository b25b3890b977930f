package fr.titrepro.session;

import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.referential.SessionType;
import fr.titrepro.shared.error.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a session must be to be planned: dates in order and not past, a capacity that holds the enrolled
 * candidates, the CCPs (session CCP) or the CCS (session CCS) of its title, a title open on those days, and an
 * approval of the organising centre for that title covering every day (the agrément, Arrêté du 21 juillet 2016).
 * Each error names the form field it belongs to. Pure.
 */
public final class SessionPlanningPolicy {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Plan(SessionType type, LocalDate start, LocalDate end, int capacity, Set<Integer> ccpNumbers,
                       String ccsCode) {
    }

    public record Approval(LocalDate validFrom, LocalDate validUntil) {
        boolean covers(LocalDate first, LocalDate last) {
            return !first.isBefore(validFrom) && !last.isAfter(validUntil);
        }
    }

    /**
     * @param datesChanged    creating, or moving the dates: they must not be in the past
     * @param approvals       the centre's approvals for the session's title code
     * @param ccsCodes        the CCS codes of the title version
     * @param enrolled        candidates already enrolled
     */
    public record Context(LocalDate today, boolean datesChanged, String centreName, List<Approval> approvals,
                          Set<String> ccsCodes, int enrolled) {
    }

    private SessionPlanningPolicy() {
    }

    public static List<FieldError> check(Plan p, EnrolmentEligibilityPolicy.Title title, Context ctx,
                                         EnrolmentEligibilityPolicy.Limits limits) {
        List<FieldError> errors = new ArrayList<>();
        boolean datesInOrder = !p.end().isBefore(p.start());
        if (!datesInOrder) {
            errors.add(new FieldError("endDate", "La date de fin doit être le jour de début ou après."));
        }
        if (ctx.datesChanged() && p.start().isBefore(ctx.today())) {
            errors.add(new FieldError("startDate", "La date de début (" + DAY.format(p.start()) + ") est passée."));
        }
        if (p.capacity() < ctx.enrolled()) {
            errors.add(new FieldError("capacity", ctx.enrolled() + " candidats sont déjà inscrits : la capacité ne "
                    + "peut pas être inférieure."));
        }
        Set<Integer> ccps = p.ccpNumbers() == null ? Set.of() : p.ccpNumbers();
        if (p.type() == SessionType.CCP) {
            if (ccps.isEmpty()) {
                errors.add(new FieldError("ccpNumbers", "Choisissez au moins un CCP pour une session CCP."));
            }
            Set<Integer> unknown = new TreeSet<>(ccps);
            unknown.removeAll(title.ccpNumbers());
            if (!unknown.isEmpty()) {
                errors.add(new FieldError("ccpNumbers", "Le titre " + title.label() + " n'a pas de CCP n° "
                        + join(unknown) + " (ses CCP : " + join(title.ccpNumbers()) + ")."));
            }
        } else if (!ccps.isEmpty()) {
            errors.add(new FieldError("ccpNumbers", "Les CCP ne se choisissent que pour une session CCP."));
        }
        boolean hasCcs = p.ccsCode() != null && !p.ccsCode().isBlank();
        if (p.type() == SessionType.CCS) {
            if (ctx.ccsCodes().isEmpty()) {
                errors.add(new FieldError("ccsCode", "Le titre " + title.label() + " n'a pas de CCS."));
            } else if (!hasCcs) {
                errors.add(new FieldError("ccsCode", "Indiquez le CCS évalué (" + String.join(", ", ctx.ccsCodes())
                        + ")."));
            } else if (!ctx.ccsCodes().contains(p.ccsCode())) {
                errors.add(new FieldError("ccsCode", "Le titre " + title.label() + " n'a pas de CCS « " + p.ccsCode()
                        + " » (ses CCS : " + String.join(", ", ctx.ccsCodes()) + ")."));
            }
        } else if (hasCcs) {
            errors.add(new FieldError("ccsCode", "Un CCS ne se choisit que pour une session CCS."));
        }
        if (!datesInOrder) {
            return errors;
        }
        EnrolmentEligibilityPolicy.TitleWindow window = EnrolmentEligibilityPolicy.titleWindow(p.type(), title,
                p.start(), p.end(), limits);
        if (!window.open()) {
            errors.add(new FieldError("titleCode", window.reason()));
        }
        if (ctx.approvals().stream().noneMatch(a -> a.covers(p.start(), p.end()))) {
            errors.add(new FieldError("startDate", "Le centre " + ctx.centreName() + " n'a pas d'agrément pour le "
                    + "titre " + title.code() + " couvrant chaque jour de la session"
                    + (ctx.approvals().isEmpty() ? " (aucun agrément pour ce titre)." : " (agrément(s) : "
                    + ctx.approvals().stream().map(a -> "du " + DAY.format(a.validFrom()) + " au "
                    + DAY.format(a.validUntil())).collect(Collectors.joining(", ")) + ").")));
        }
        return errors;
    }

    private static String join(Set<Integer> numbers) {
        return new TreeSet<>(numbers).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
