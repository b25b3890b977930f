package fr.titrepro.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a livret de certification states: the holder, the title, every CCP held with the date and place of the
 * session that granted it, the CCPs still missing and the rule (with its date when known) for completing the title.
 *
 * @param issuedOn date of the PV that triggers this issue
 * @param issuedAt place of that session (town)
 */
public record LivretData(Long candidateId, HolderIdentity holder, CertifiedTitle title, List<CcpLine> ccpsHeld,
                         List<MissingCcp> ccpsMissing, String completionRule, LocalDate completionDeadline,
                         LocalDate issuedOn, String issuedAt) {

    public LivretData {
        ccpsHeld = ccpsHeld == null ? List.of() : List.copyOf(ccpsHeld);
        ccpsMissing = ccpsMissing == null ? List.of() : List.copyOf(ccpsMissing);
    }

    /**
     * One CCP held, numbered in the title's version.
     *
     * @param note how it is held when not directly (e.g. through the correspondence table of a revision), or null
     */
    public record CcpLine(int number, String name, LocalDate obtainedOn, String place, String note) {
    }

    public record MissingCcp(int number, String name) {
    }

    /** What the verification page says of this document. */
    public String outcomeLine() {
        String held = String.join(", ", ccpsHeld.stream().map(c -> "CCP " + c.number()).toList());
        return (ccpsHeld.size() > 1 ? "Certificats de compétences professionnelles obtenus : "
                : "Certificat de compétences professionnelles obtenu : ") + held
                + (ccpsMissing.isEmpty() ? "" : " (titre non complet)");
    }
}
