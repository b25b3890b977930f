package fr.titrepro.document;

import java.time.LocalDate;

/**
 * What a parchemin states: the holder, the title (or the CCS and its parent title), the date and place of issue,
 * which are those of the jury's PV.
 *
 * @param ccs the CCS obtained, or null for the title itself
 */
public record ParcheminData(Long candidateId, HolderIdentity holder, CertifiedTitle title, Specialisation ccs,
                            LocalDate juryDate, String juryPlace) {

    /** A certificat complémentaire de spécialisation of the title. */
    public record Specialisation(String code, String name) {
    }

    public String outcomeLine() {
        return ccs == null ? "Titre professionnel obtenu"
                : "Certificat complémentaire de spécialisation obtenu : " + ccs.name();
    }
}
