package fr.titrepro.candidate.link;

import java.util.Optional;

/**
 * Who answers a centre's request to follow a person already registered. The person's record (identity, contact
 * data, accommodations: data concerning health, RGPD art. 9) is shared with a new centre only with their consent
 * (RGPD art. 6(1)(a), 7): the person answers when they have a login; the administration answers for a person
 * without a login, who cannot. A request is answered once.
 */
public final class LinkConsentPolicy {

    /** Who answers. */
    public enum Answerer { THE_PERSON, ADMINISTRATION, OTHER }

    private LinkConsentPolicy() {
    }

    /**
     * @param status        where the request stands
     * @param personHasLogin the person can log in and answer themselves
     * @param answerer      who answers
     * @return the French reason of the refusal, or empty when the answer is taken
     */
    public static Optional<String> refusal(LinkRequestStatus status, boolean personHasLogin, Answerer answerer) {
        if (answerer == Answerer.OTHER) {
            return Optional.of("Seule la personne concernée, ou l'administration pour une personne sans compte, "
                    + "répond à une demande de rattachement.");
        }
        if (status != LinkRequestStatus.PENDING) {
            return Optional.of("Cette demande de rattachement a déjà reçu une réponse ("
                    + status.label().toLowerCase() + ").");
        }
        if (answerer == Answerer.ADMINISTRATION && personHasLogin) {
            return Optional.of("Cette personne a un compte : c'est à elle d'accepter ou de refuser la demande, "
                    + "dans « Mon dossier ».");
        }
        return Optional.empty();
    }
}
