package fr.titrepro.eligibility;

import java.time.LocalDate;

/** The recevabilité decision as the adviser records it. */
public record VaeDecisionDraft(VaeDecision decision, LocalDate date, String reasons) {
}
