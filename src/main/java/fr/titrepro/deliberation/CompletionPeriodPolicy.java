package fr.titrepro.deliberation;

import fr.titrepro.referential.TitleStatus;

import java.time.LocalDate;

import static fr.titrepro.shared.text.FrenchDates.longDate;

/**
 * Until when a candidate may take the CCPs still missing for a title (capitalisation): while the title is in force,
 * and up to one year after the end of its validity when it is closed; a revised title is completed in its new
 * version, the CCPs held counting through the correspondence table (Arrêté du 22 décembre 2015). Pure.
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

    public static CompletionPeriod of(TitleStatus status, LocalDate validUntil, LocalDate closedOn, LocalDate today) {
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
                            + "être présentés jusqu'à un an après la fin de sa validité.");
                }
                LocalDate last = end.plusYears(1);
                String rule = "Ce titre est clos depuis le " + longDate(end) + " : les CCP manquants peuvent être "
                        + "présentés jusqu'au " + longDate(last) + " (un an après la fin de sa validité)";
                rule += today != null && today.isAfter(last) ? " ; ce délai est expiré." : ".";
                return new CompletionPeriod(end, last, last, rule);
            }
            default -> {
                if (validUntil == null) {
                    return new CompletionPeriod(null, null, null, "Les CCP manquants peuvent être présentés tant "
                            + "que le titre est en vigueur (aucune fin de validité n'est fixée à ce jour), et jusqu'à "
                            + "un an après la fin de sa validité s'il est clos.");
                }
                LocalDate ifClosed = validUntil.plusYears(1);
                return new CompletionPeriod(validUntil, null, ifClosed, "Les CCP manquants peuvent être présentés "
                        + "tant que le titre est en vigueur, soit jusqu'au " + longDate(validUntil) + ", et jusqu'au "
                        + longDate(ifClosed) + " si le titre est clos à cette date.");
            }
        }
    }
}
