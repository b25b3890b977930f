package fr.titrepro.candidate;

import java.util.Optional;

/**
 * RGPD right to erasure (art. 17) against the duty to keep certification results: a person who holds a CCP (or the
 * title) must stay identifiable, since the livret, the parchemin and their public verification depend on it.
 * A person with no certification yet can be erased, which the platform does by anonymising the record (the
 * sessions that refer to it keep a reference without a person behind it).
 */
public final class ErasurePolicy {

    private ErasurePolicy() {
    }

    /**
     * @param heldCcps            CCPs the person holds
     * @param byAdmin             the administration asks (a centre otherwise)
     * @param otherCentres        centres other than the asking one that follow the person
     * @return the French reason of the refusal, or empty when the person may be erased
     */
    public static Optional<String> refusal(int heldCcps, boolean byAdmin, int otherCentres) {
        if (heldCcps > 0) {
            return Optional.of("Effacement refusé : cette personne détient " + (heldCcps == 1 ? "un CCP" : heldCcps + " CCP")
                    + ". Ses résultats de certification doivent être conservés (livret, parchemin, vérification des "
                    + "documents délivrés) ; vous pouvez en revanche exporter ses données.");
        }
        if (!byAdmin && otherCentres > 0) {
            return Optional.of("Effacement refusé : cette personne est aussi suivie par un autre centre. "
                    + "Adressez la demande d'effacement à l'administration.");
        }
        return Optional.empty();
    }
}
