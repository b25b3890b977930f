package fr.titrepro.candidate;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;

import java.util.List;

/**
 * The person is already registered (same birth name, first first name, birth date and birth place): 409 with the
 * existing candidate's reference. {@code existingId} is given only to a caller who may read that record.
 */
public class DuplicateCandidateException extends ProblemException {

    private final String existingReference;
    private final Long existingId;
    private final boolean followedByCaller;

    public DuplicateCandidateException(String existingReference, Long existingId, boolean followedByCaller) {
        super(ProblemType.DUPLICATE, message(existingReference, followedByCaller),
                List.of(new FieldError("birthName", "Personne déjà inscrite : candidat " + existingReference + ".")));
        this.existingReference = existingReference;
        this.existingId = existingId;
        this.followedByCaller = followedByCaller;
    }

    private static String message(String reference, boolean followed) {
        return followed
                ? "Cette personne est déjà inscrite et suivie par votre centre : candidat " + reference + "."
                : "Cette personne est déjà inscrite sur la plateforme : candidat " + reference + " (même nom de "
                + "naissance, premier prénom, date et lieu de naissance). Pour la suivre sans créer de doublon, "
                + "renvoyez la demande avec link=true.";
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
