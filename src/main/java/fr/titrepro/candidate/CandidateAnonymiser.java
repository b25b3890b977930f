package fr.titrepro.candidate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Erasure by anonymisation: every personal field is cleared or replaced by a placeholder, the centres stop following
 * the record, the reference stays so that sessions referring to it still hold together.
 */
final class CandidateAnonymiser {

    static final String NAME = "ANONYME";
    static final LocalDate NO_DATE = LocalDate.of(1900, 1, 1);

    private CandidateAnonymiser() {
    }

    static void anonymise(Candidate c) {
        c.identity.birthName = NAME;
        c.identity.usageName = null;
        c.identity.firstNames = "Anonyme";
        c.identity.birthDate = NO_DATE;
        c.identity.birthCommune = null;
        c.identity.birthDepartment = null;
        c.identity.birthCountry = null;
        c.identity.nationality = null;
        c.email = null;
        c.phone = null;
        c.addressLine = null;
        c.postalCode = null;
        c.city = null;
        c.country = null;
        c.trainingTitleCode = null;
        c.trainingStart = null;
        c.trainingEnd = null;
        c.trainedCcpNumbers.clear();
        c.vaeDecisionReference = null;
        c.vaeDecisionDate = null;
        c.extraTimePercent = null;
        c.assistance = null;
        c.adaptedEquipment = null;
        c.accommodationNotes = null;
        c.username = null;
        c.identityKey = IdentityKey.erased(c.reference);
        c.follows.clear();
        c.erasedAt = Instant.now();
        c.updatedAt = c.erasedAt;
    }
}
