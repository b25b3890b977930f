package fr.titrepro.document.render;

import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * What a livret de certification states (fiche TP-00496, « PARCHEMIN ET LIVRET » : « remis au candidat en réussite
 * partielle »): the holder, the title, every CCP held with the date and place of the session that granted it, the
 * CCPs still missing and the rule for completing the title; for a candidate who holds every CCP but was not given
 * the title, that fact and how the title can still be obtained.
 *
 * @param completionRule  « Le candidat peut se présenter aux CCP manquants dans la limite de la durée de validité du
 *                        titre… » with the dates of this title when they are known
 * @param titleNotAwarded when every CCP is held: why the title was not awarded and how it can be (entretien final at a
 *                        later session); null while CCPs are missing
 * @param issuedOn        date of the PV that triggers this issue
 * @param issuedAt        place of that session (town)
 * @param region          the region of that session, whose DREETS issues the livret
 */
public record LivretData(Long candidateId, HolderIdentity holder, CertifiedTitle title, List<CcpLine> ccpsHeld,
                         List<MissingCcp> ccpsMissing, String completionRule, LocalDate completionDeadline,
                         String titleNotAwarded, LocalDate issuedOn, String issuedAt, Region region) {

    public LivretData {
        ccpsHeld = ccpsHeld == null ? List.of() : List.copyOf(ccpsHeld);
        ccpsMissing = ccpsMissing == null ? List.of() : List.copyOf(ccpsMissing);
    }

    /**
     * One CCP held, numbered in the title's version.
     *
     * @param note how it is held when not directly (through the official correspondence table of a revision), or null
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
                + (ccpsMissing.isEmpty() ? " (titre non attribué)" : " (titre non complet)");
    }
}
