package fr.titrepro.deliberation.pv;

/**
 * Fired synchronously, inside the validation's transaction, once the administration has validated a session's PV
 * (first validation or rectification): the quality dashboard's aggregates follow it (issue 19, {@code insights}).
 */
public record PvValidated(long sessionId) {
}
