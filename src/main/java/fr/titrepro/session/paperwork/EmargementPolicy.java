package fr.titrepro.session.paperwork;

import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.error.FieldError;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * When and how a candidate's émargement is recorded (arrêté du 21 juillet 2016 portant règlement général des
 * sessions d'examen du titre professionnel: the candidate's presence at each épreuve is established by the
 * émargement, the record of the session kept with the PV):
 * <ul>
 *   <li>it is ticked while the session takes place: in progress or in deliberation (a late correction before the PV
 *       is signed); not before the session starts, and never once the PV is signed (closed, validated) or the
 *       session cancelled;</li>
 *   <li>a present candidate signs (a PNG image captured on the tablet, at most {@value #MAX_SIGNATURE_CHARS}
 *       characters as a data URL); an absent one does not.</li>
 * </ul>
 * Pure.
 */
public final class EmargementPolicy {

    static final String PNG_DATA_URL = "data:image/png;base64,";
    static final int MAX_SIGNATURE_CHARS = 400_000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private EmargementPolicy() {
    }

    /** Why the émargement of a session in this state cannot change, or empty when it can. */
    public static Optional<String> closedBecause(SessionStatus status) {
        return switch (status) {
            case IN_PROGRESS, DELIBERATION -> Optional.empty();
            case DRAFT, SCHEDULED -> Optional.of("La session n'a pas commencé : l'émargement s'ouvre quand elle passe "
                    + "« En cours ».");
            case CLOSED, VALIDATED -> Optional.of("Le procès-verbal est signé : l'émargement de la session est en "
                    + "lecture seule.");
            case CANCELLED -> Optional.of("La session est annulée : il n'y a pas d'émargement.");
        };
    }

    /** The refusals of one tick, by field (empty: it is valid). */
    public static List<FieldError> refusals(Boolean present, String signature) {
        List<FieldError> errors = new ArrayList<>();
        boolean signed = signature != null && !signature.isBlank();
        if (present == null) {
            errors.add(new FieldError("present", "Indiquez si le candidat est présent ou absent."));
        } else if (present && !signed) {
            errors.add(new FieldError("signature", "Le candidat présent signe la feuille d'émargement."));
        } else if (!present && signed) {
            errors.add(new FieldError("signature", "Un candidat absent ne signe pas : effacez la signature."));
        }
        if (signed) {
            signatureProblem(signature).ifPresent(m -> errors.add(new FieldError("signature", m)));
        }
        return errors;
    }

    /** The PNG image of a valid signature data URL. */
    public static byte[] png(String dataUrl) {
        return Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
    }

    private static Optional<String> signatureProblem(String signature) {
        if (signature.length() > MAX_SIGNATURE_CHARS) {
            return Optional.of("La signature est trop volumineuse (" + MAX_SIGNATURE_CHARS / 1000
                    + " Ko au plus) : effacez-la et signez de nouveau.");
        }
        if (!signature.startsWith(PNG_DATA_URL)) {
            return Optional.of("La signature doit être une image PNG capturée sur la tablette.");
        }
        try {
            byte[] png = png(signature);
            for (int i = 0; i < PNG_MAGIC.length; i++) {
                if (png.length <= i || png[i] != PNG_MAGIC[i]) {
                    return Optional.of("La signature doit être une image PNG capturée sur la tablette.");
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("La signature doit être une image PNG capturée sur la tablette.");
        }
    }
}
