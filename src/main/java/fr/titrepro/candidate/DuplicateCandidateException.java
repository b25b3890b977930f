package fr.titrepro.candidate;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;

import java.util.List;

/**
 * The person is already registered (same birth name, first first name, birth date and birth place): 409 with the
 * existing candidate's reference and id, given only to a caller who may read that record: a centre that does not
 * follow the person learns nothing of the record (it may ask to follow them, and the person answers).
 */
public class DuplicateCandidateException extends ProblemException {

    private final String existingReference;
    private final Long existingId;
    private final boolean followedByCaller;

    public DuplicateCandidateException(String existingReference, Long existingId, boolean followedByCaller) {
        super(ProblemType.DUPLICATE, message(existingReference, followedByCaller),
                List.of(new FieldError("birthName", existingReference == null ? "Personne déjà inscrite."
                        : "Personne déjà inscrite : candidat " + existingReference + ".")));
        this.existingReference = existingReference;
        this.existingId = existingId;
        this.followedByCaller = followedByCaller;
    }

    private static String message(String reference, boolean followed) {
        return followed
                ? "Cette personne est déjà inscrite et suivie par votre centre : candidat " + reference + "."
                : "Cette personne est déjà inscrite sur la plateforme" + (reference == null ? "" : " : candidat "
                + reference) + " (même nom de naissance, premier prénom, date et lieu de naissance). Pour la suivre "
                + "sans créer de doublon, renvoyez la demande avec link=true : une demande de rattachement sera "
                + "adressée à la personne (ou à l'administration si elle n'a pas de compte), et son dossier vous "
                + "sera ouvert quand elle l'aura acceptée.";
    }

    public String existingReference() {
        return existingReference;
    }

    public Long existingId() {
        return existingId;
    }

    public boolean followedByCaller() {
        return followedByCaller;
    }
}
