package fr.titrepro.document;

import java.time.LocalDate;

/**
 * What the verifiable credential of a CCP held states (issue 16): the holder, the title and its référentiel, the CCP
 * and the date and place of the session that granted it. No PDF: the livret or the parchemin is the paper form.
 *
 * @param ccpNumber  the CCP's number in the title version
 * @param obtainedOn the date the CCP was obtained (the session's), as recorded on the CCP held
 * @param place      the town of that session
 * @param region     the region of that session, whose DREETS issues the credential
 */
public record CcpCredentialData(Long candidateId, HolderIdentity holder, CertifiedTitle title, int ccpNumber,
                                String ccpName, LocalDate obtainedOn, String place, Region region) {

    /** What the verification page and « Mes documents » say of it. */
    public String outcomeLine() {
        return "Certificat de compétences professionnelles obtenu : CCP " + ccpNumber + " – " + ccpName;
    }

    /** One series per CCP held: a new CCP held always starts a new series. */
    public static String series(long heldCcpId) {
        return "CCP/" + heldCcpId;
    }
}
