package fr.titrepro.deliberation;

import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.referential.regulation.RegulationBook;

import java.time.LocalDate;

import static fr.titrepro.shared.text.FrenchDates.longDate;

/**
 * Until when a candidate may take the CCPs still missing for a title (capitalisation): while the title is in force
 * (fiche TP-00496 l. 94: « dans la limite de la durée de validité du titre »), and during the grace period after the
 * end of its validity when it is closed (fiche l. 98; the one figure of {@link Regulation#graceEnd}); a revised title
 * is completed in its new version, the CCPs held counting through the correspondence table (Arrêté du 22 décembre
 * 2015). Pure.
 */
public final class CompletionPeriodPolicy {

    private CompletionPeriodPolicy() {
    }

    /**
     * @param validUntil     end of validity of the title version, when it is fixed
     * @param lastDay        last day on which the missing CCPs can be taken, when it is known
     * @param lastDayIfClosed the last day if the title is closed at the end of its validity (not yet known to happen)
     * @param rule           the rule in a French sentence, with the dates when they are known
     */
    public record CompletionPeriod(LocalDate validUntil, LocalDate lastDay, LocalDate lastDayIfClosed, String rule) {
    }

    /** With the regulation in force on {@code today} (or now when it is not given). */
    public static CompletionPeriod of(TitleStatus status, LocalDate validUntil, LocalDate closedOn, LocalDate today) {
        return of(status, validUntil, closedOn, today, RegulationBook.on(today != null ? today : LocalDate.now()));
    }

    public static CompletionPeriod of(TitleStatus status, LocalDate validUntil, LocalDate closedOn, LocalDate today,
                                      Regulation regulation) {
        String grace = months(regulation.closedTitle().graceMonths());
        switch (status) {
            case REVISED -> {
                return new CompletionPeriod(validUntil, null, null, "Ce titre a été remplacé par une nouvelle "
                        + "version : les CCP obtenus valent pour elle selon la table de correspondance fixée par "
                        + "arrêté, et les CCP manquants se présentent dans la nouvelle version.");
            }
            case CLOSED -> {
                LocalDate end = validUntil != null ? validUntil : closedOn;
                if (end == null) {
                    return new CompletionPeriod(null, null, null, "Ce titre est clos : les CCP manquants peuvent "
                            + "être présentés jusqu'à " + grace + " après la fin de sa validité.");
                }
                LocalDate last = regulation.graceEnd(end);
                String rule = "Ce titre est clos depuis le " + longDate(end) + " : les CCP manquants peuvent être "
                        + "présentés jusqu'au " + longDate(last) + " (" + grace + " après la fin de sa validité)";
                rule += today != null && today.isAfter(last) ? " ; ce délai est expiré." : ".";
                return new CompletionPeriod(end, last, last, rule);
            }
            default -> {
                if (validUntil == null) {
                    return new CompletionPeriod(null, null, null, "Les CCP manquants peuvent être présentés tant "
                            + "que le titre est en vigueur (aucune fin de validité n'est fixée à ce jour), et jusqu'à "
                            + grace + " après la fin de sa validité s'il est clos.");
                }
                LocalDate ifClosed = regulation.graceEnd(validUntil);
                return new CompletionPeriod(validUntil, null, ifClosed, "Les CCP manquants peuvent être présentés "
                        + "tant que le titre est en vigueur, soit jusqu'au " + longDate(validUntil) + ", et jusqu'au "
                        + longDate(ifClosed) + " si le titre est clos à cette date.");
            }
        }
    }

    /** "un an", "deux ans", "18 mois". */
    static String months(int n) {
        return switch (n) {
            case 12 -> "un an";
            case 24 -> "deux ans";
            default -> n % 12 == 0 ? (n / 12) + " ans" : n + " mois";
        };
    }
}
