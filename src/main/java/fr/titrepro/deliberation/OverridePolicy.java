package fr.titrepro.deliberation;

import fr.titrepro.referential.Correspondences;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.error.FieldError;

import java.util.Optional;

import static fr.titrepro.deliberation.DeliberationPolicy.NO_FINAL_INTERVIEW;
import static fr.titrepro.deliberation.DeliberationPolicy.NO_PARENT_TITLE;

/**
 * When the jury may retain another outcome than the one {@link DeliberationPolicy} computes (DOMAIN "Sessions and
 * evaluation"). Pure: no CDI, no I/O; table-tested in {@code DeliberationPolicyTest.juryOverride}.
 */
public final class OverridePolicy {

    private OverridePolicy() {
    }

    /**
     * Why the jury may not retain {@code chosen} instead of the computed outcome, with the field it is about
     * ({@code outcome} or {@code overrideReason}), or empty when it may. An override is written with its reason in the
     * PV; facts (absence, fraud) are corrected as facts; an override never compensates a CCP not acquired, never gives
     * a title without an entretien final held, and an outcome always agrees with what it grants (DOMAIN "Sessions and
     * evaluation").
     *
     * @param minimumReasonLength the regulation's minimum length of a written reason ({@code override} rule set)
     */
    public static Optional<FieldError> overrideRefusal(DeliberationResult computed, Outcome chosen, String reason,
                                                       int minimumReasonLength) {
        if (chosen == null) {
            return outcome("Choisissez le résultat retenu par le jury.");
        }
        if (chosen == computed.outcome()) {
            return Optional.empty();
        }
        if (Outcome.FACTS.contains(computed.outcome()) || Outcome.FACTS.contains(chosen)) {
            return outcome("Absence, absence excusée et fraude sont des faits consignés au procès-verbal : "
                    + "corrigez la présence ou le rapport de fraude, pas le résultat.");
        }
        if (Outcome.CCS_RESULTS.contains(computed.outcome()) != Outcome.CCS_RESULTS.contains(chosen)) {
            return outcome(Outcome.CCS_RESULTS.contains(chosen)
                    ? "Le résultat « " + chosen.label() + " » est réservé aux sessions CCS."
                    : "Le résultat d'une session CCS est « CCS obtenu » ou « CCS non obtenu ».");
        }
        if (chosen == Outcome.FULL_SUCCESS && !computed.missing().isEmpty()) {
            return outcome("Pas de compensation entre CCP : le titre ne peut être délivré sans "
                    + Correspondences.ccpList(computed.missing()) + ". Modifiez, en la motivant, la décision du CCP "
                    + "plutôt que le résultat.");
        }
        if ((chosen == Outcome.FULL_SUCCESS || chosen == Outcome.CCS_OBTAINED) && !computed.finalInterviewHeld()) {
            return outcome(NO_FINAL_INTERVIEW);
        }
        if (chosen == Outcome.CCS_OBTAINED && computed.notes().contains(NO_PARENT_TITLE)) {
            return outcome(NO_PARENT_TITLE);
        }
        if (chosen == Outcome.PARTIAL_SUCCESS && computed.heldAfter().isEmpty()) {
            return outcome("Aucun CCP du titre n'est détenu, ni acquis à cette session ni auparavant : une "
                    + "réussite partielle ne peut être retenue.");
        }
        if (chosen == Outcome.FAILURE && !computed.acquiredNow().isEmpty()) {
            return outcome("Un échec n'attribue aucun CCP, or le jury a acquis " + Correspondences.ccpList(
                    computed.acquiredNow()) + " à cette session : le résultat doit concorder avec ce qu'il attribue. "
                    + "Revenez sur la décision du CCP (réconciliation des grilles) ou retenez « Réussite partielle ».");
        }
        if (reason == null || reason.strip().length() < minimumReasonLength) {
            String message = "Le jury ne peut retenir « " + chosen.label() + " » au lieu de « "
                    + computed.outcome().label() + " » qu'avec un motif écrit (au moins " + minimumReasonLength
                    + " caractères), porté au procès-verbal.";
            return Optional.of(new FieldError("overrideReason", message));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> outcome(String message) {
        return Optional.of(new FieldError("outcome", message));
    }
}
