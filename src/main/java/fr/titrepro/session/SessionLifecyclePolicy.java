package fr.titrepro.session;

import fr.titrepro.session.jury.JuryCompositionPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves of a session's life: DRAFT → SCHEDULED → IN_PROGRESS → DELIBERATION → CLOSED → VALIDATED, and CANCELLED
 * before the deliberation. Each move says why it is refused, in French. Closing and validating go through the PV
 * (capability deliberation): the last juror's signature closes the session, the administration's validation of the
 * signed PV (acting for the DREETS) validates it; no one makes these two moves by hand.
 */
public final class SessionLifecyclePolicy {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Who asks: the administration, the staff of the organising centre, or the PV workflow (signature, validation). */
    public enum Actor { ADMIN, CENTRE, PV }

    /**
     * @param compositionProblems what {@link JuryCompositionPolicy#check} says about the current jury
     * @param reasonGiven         a cancellation reason was given
     */
    public record Facts(SessionStatus status, LocalDate today, LocalDate start, LocalDate end, int enrolled,
                        List<String> compositionProblems, boolean reasonGiven) {
    }

    private static final Map<SessionStatus, Set<SessionStatus>> NEXT = Map.of(
            SessionStatus.DRAFT, EnumSet.of(SessionStatus.SCHEDULED, SessionStatus.CANCELLED),
            SessionStatus.SCHEDULED, EnumSet.of(SessionStatus.IN_PROGRESS, SessionStatus.CANCELLED),
            SessionStatus.IN_PROGRESS, EnumSet.of(SessionStatus.DELIBERATION, SessionStatus.CANCELLED),
            SessionStatus.DELIBERATION, EnumSet.of(SessionStatus.CLOSED),
            SessionStatus.CLOSED, EnumSet.of(SessionStatus.VALIDATED),
            SessionStatus.VALIDATED, EnumSet.noneOf(SessionStatus.class),
            SessionStatus.CANCELLED, EnumSet.noneOf(SessionStatus.class));

    private SessionLifecyclePolicy() {
    }

    /** Why the move is refused; empty when it is allowed. */
    public static List<String> refusals(SessionStatus to, Actor actor, Facts f) {
        List<String> reasons = new ArrayList<>();
        if (!NEXT.get(f.status()).contains(to)) {
            reasons.add("Une session « " + f.status().label() + " » ne peut pas passer à l'état « " + to.label()
                    + " »" + (NEXT.get(f.status()).isEmpty() ? " : elle est définitivement "
                    + f.status().label().toLowerCase() + "." : "."));
            return reasons;
        }
        switch (to) {
            case SCHEDULED -> {
                if (f.start().isBefore(f.today())) {
                    reasons.add("La session devait commencer le " + DAY.format(f.start())
                            + " : cette date est passée, modifiez les dates avant de la programmer.");
                }
            }
            case IN_PROGRESS -> {
                if (f.today().isBefore(f.start())) {
                    reasons.add("La session ne peut pas commencer avant son premier jour, le " + DAY.format(f.start())
                            + ".");
                } else if (f.today().isAfter(f.end())) {
                    reasons.add("Le dernier jour de la session (" + DAY.format(f.end()) + ") est passé.");
                }
                if (f.enrolled() == 0) {
                    reasons.add("Aucun candidat n'est inscrit.");
                }
                reasons.addAll(f.compositionProblems());
            }
            case DELIBERATION -> {
                // the scoring (issue 5) will require every grid to be complete
            }
            case CLOSED, VALIDATED -> {
                if (actor != Actor.PV) {
                    reasons.add(to == SessionStatus.CLOSED
                            ? "La session est close par la signature du procès-verbal par tous les membres du jury "
                            + "(page « Délibération »)."
                            : "La session est validée par l'administration (DREETS) au vu du procès-verbal signé, "
                            + "depuis la page « Délibération ».");
                }
            }
            case CANCELLED -> {
                if (f.status() == SessionStatus.IN_PROGRESS && actor != Actor.ADMIN) {
                    reasons.add("Une session en cours ne peut être annulée que par l'administration.");
                }
                if (!f.reasonGiven()) {
                    reasons.add("Indiquez le motif de l'annulation.");
                }
            }
            case DRAFT -> {
                // never a target: excluded by NEXT
            }
        }
        return reasons;
    }

    /** Every move out of the current state, with its refusals (empty: allowed now), in lifecycle order. */
    public static Map<SessionStatus, List<String>> options(Actor actor, Facts f) {
        Map<SessionStatus, List<String>> options = new LinkedHashMap<>();
        for (SessionStatus to : SessionStatus.values()) {
            if (NEXT.get(f.status()).contains(to)) {
                options.put(to, refusals(to, actor, f));
            }
        }
        return options;
    }
}
