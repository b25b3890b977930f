package fr.titrepro.document.render;

import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.Region;
import java.time.LocalDate;

/**
 * What a parchemin states: the holder, the title (or the CCS and its parent title), the title's arrêté de spécialité
 * (visa), the date of the jury's deliberation of this candidate, the date and place of issue (those of the PV) and
 * the region whose DREETS issues it.
 *
 * @param ccs              the CCS obtained, or null for the title itself
 * @param specialityDecree the title's arrêté de spécialité from the référentiel, or null when it does not give it
 * @param deliberatedOn    the day the jury deliberated on this candidate (the decision in force), Europe/Paris
 * @param issuedOn         the date of the PV (date of issue)
 * @param place            the town of the session (place of the jury and of issue)
 */
public record ParcheminData(Long candidateId, HolderIdentity holder, CertifiedTitle title, Specialisation ccs,
                            String specialityDecree, LocalDate deliberatedOn, LocalDate issuedOn, String place,
                            Region region) {

    /** A certificat complémentaire de spécialisation of the title, with its competencies (issue 16). */
    public record Specialisation(String code, String name, java.util.List<CertifiedTitle.Skill> competencies) {

        @com.fasterxml.jackson.annotation.JsonCreator
        public Specialisation {
            competencies = competencies == null ? java.util.List.of() : java.util.List.copyOf(competencies);
        }

        public Specialisation(String code, String name) {
            this(code, name, java.util.List.of());
        }
    }

    public String outcomeLine() {
        return ccs == null ? "Titre professionnel obtenu"
                : "Certificat complémentaire de spécialisation obtenu : " + ccs.name();
    }
}
