package fr.titrepro.referential.regulation;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated set of the figures that the regulation of the titres professionnels fixes, as listed in
 * {@code regulation/certification-rules.yaml}: jury size and juror experience, the appeal delay, the grace period of a
 * closed title, the resit limits, the validity of a VAE recevabilité, the CCS direct route, where a candidate who
 * holds every CCP retakes the entretien final, and the minimum length of a written override reason. Each figure
 * carries the text it comes from.
 */
public record Regulation(String id, String label, LocalDate validFrom, LocalDate validUntil, Jury jury,
                         Appeal appeal, ClosedTitle closedTitle, Resit resit, Recevabilite recevabilite, Ccs ccs,
                         FinalInterview finalInterview, Override override) {

    /** A legal text; {@code verified} is false when it must still be checked against the official text. */
    public record LegalReference(String text, boolean verified) {
        public String cite() {
            return verified ? text : text + " (référence à vérifier)";
        }
    }

    /** At least {@code minimumMembers} jurors without conflict at every decision about a candidate. */
    public record Jury(int minimumMembers, int jurorMinimumExperienceYears, List<LegalReference> legal) {
    }

    /** A recours gracieux is received within {@code months} of the day the candidate can see the result. */
    public record Appeal(int months, List<LegalReference> legal) {
    }

    /** The missing CCPs of a closed title can be taken {@code graceMonths} after its end of validity. */
    public record ClosedTitle(int graceMonths, List<LegalReference> legal) {
    }

    /** A training candidate resits without new training within {@code windowMonths}, at most that many sessions titre. */
    public record Resit(int windowMonths, int maxTitleSessions, List<LegalReference> legal) {
    }

    public record Recevabilite(int validityMonths, List<LegalReference> legal) {
    }

    /** A holder of the parent title presents a CCS after training, or directly with this much experience. */
    public record Ccs(int directExperienceMonths, List<LegalReference> legal) {
    }

    /** Where a candidate who holds every CCP but not the title is enrolled to take the entretien final. */
    public record FinalInterview(boolean retakeAtTitleSession, boolean retakeAtCcpSession,
                                 List<LegalReference> legal) {
    }

    /** A jury decision that departs from the computed outcome carries a written reason of at least this length. */
    public record Override(int minimumReasonLength, List<LegalReference> legal) {
    }

    public boolean appliesOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * The last day a recours gracieux may be received: the delay runs from the day the candidate could see the result
     * (DOMAIN « Sessions »). A month-based delay ends on the same day number, or on the last day of a shorter month
     * (31/12 → 28 or 29/02).
     */
    public LocalDate appealDeadline(LocalDate published) {
        return published.plusMonths(appeal.months());
    }

    /** The last day a closed title can still be completed. */
    public LocalDate graceEnd(LocalDate endOfValidity) {
        return endOfValidity.plusMonths(closedTitle.graceMonths());
    }
}
