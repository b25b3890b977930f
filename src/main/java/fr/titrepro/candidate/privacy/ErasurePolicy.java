package fr.titrepro.candidate.privacy;

import java.util.List;

/**
 * RGPD right to erasure (art. 17) against the duty to keep certification records (art. 17(3)(b): a legal obligation
 * of the controller; the Ministry keeps the results of the titres professionnels, on which the livret, the parchemin
 * and their public verification depend).
 * <ul>
 *   <li>A centre's « effacer » stops its own follow when the person is not its alone: followed by other centres, with
 *   a login (their own account), or holding a certification. Anonymising such a person is for the administration.</li>
 *   <li>A person who holds a certification (CCP or title) stays identifiable: refused.</li>
 *   <li>A person enrolled in a session that is not over (neither closed, validated nor cancelled) is refused: the
 *   jury has to score and deliberate on them and the PV has to name them (art. 17(3)(b)).</li>
 *   <li>Otherwise the record is anonymised (the sessions that refer to it keep a reference without a person).</li>
 * </ul>
 */
public final class ErasurePolicy {

    public enum Action { ANONYMISE, STOP_FOLLOWING, REFUSED }

    /** What the erasure does; {@code reason} is the French refusal, or null. */
    public record Decision(Action action, String reason) {
    }

    /**
     * @param certifications CCPs held and titles obtained by the person
     * @param hasLogin       the person has their own account
     * @param byAdmin        the administration asks (a centre that follows the person otherwise)
     * @param otherCentres   centres other than the asking one that follow the person
     * @param openSessions   labels of the sessions not over the person is enrolled in
     */
    public static Decision decide(int certifications, boolean hasLogin, boolean byAdmin, int otherCentres,
                                  List<String> openSessions) {
        if (!byAdmin && (otherCentres > 0 || hasLogin || certifications > 0)) {
            return new Decision(Action.STOP_FOLLOWING, null);
        }
        if (!openSessions.isEmpty()) {
            return new Decision(Action.REFUSED, "Effacement refusé : cette personne est inscrite à une session "
                    + "qui n'est pas terminée (" + String.join(", ", openSessions) + "). Ses résultats doivent être "
                    + "délibérés et consignés au procès-verbal (RGPD art. 17(3)(b), obligation légale de conservation "
                    + "des résultats de certification) : désinscrivez-la, ou attendez la clôture de la session.");
        }
        if (certifications > 0) {
            return new Decision(Action.REFUSED, "Effacement refusé : cette personne détient "
                    + (certifications == 1 ? "une certification" : certifications + " certifications")
                    + " (CCP ou titre). Ses résultats de certification doivent être conservés (livret, parchemin, "
                    + "vérification des documents délivrés ; RGPD art. 17(3)(b)) ; vous pouvez en revanche exporter "
                    + "ses données.");
        }
        return new Decision(Action.ANONYMISE, null);
    }

    private ErasurePolicy() {
    }
}
