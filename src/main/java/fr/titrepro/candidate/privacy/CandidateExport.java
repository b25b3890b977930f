package fr.titrepro.candidate.privacy;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RGPD right of access (art. 15) and portability (art. 20): everything the platform holds on one person. */
public record CandidateExport(Instant exportedAt, String controller, String reference, Identity identity,
                              Contact contact, PathwayData pathway, Accommodations accommodations, String login,
                              List<Follow> followedBy, List<Held> heldCcps, Instant createdAt, Instant updatedAt,
                              Map<String, Object> otherData) {

    public record Identity(String birthName, String usageName, String firstNames, Sex sex, LocalDate birthDate,
                           String birthCommune, String birthDepartment, String birthCountry, String nationality) {
    }

    public record Contact(String email, String phone, String addressLine, String postalCode, String city,
                          String country) {
    }

    public record PathwayData(Pathway pathway, String titleCode, LocalDate trainingStart, LocalDate trainingEnd,
                              Set<Integer> trainedCcpNumbers, String vaeDecisionReference, LocalDate vaeDecisionDate) {
    }

    public record Accommodations(Integer extraTimePercent, String assistance, String adaptedEquipment, String notes) {
    }

    public record Follow(String centre, String centreSiret, Instant since) {
    }

    public record Held(String titleCode, String titleVersion, int ccpNumber, String ccpName, LocalDate obtainedOn,
                       String place, Long sessionId, String proofReference, String recordedBy, Instant recordedAt) {
    }

    public static CandidateExport of(Candidate c, Map<String, Object> otherData) {
        return new CandidateExport(Instant.now(), "titrepro — ministère chargé de l'emploi", c.reference,
                new Identity(c.identity.birthName, c.identity.usageName, c.identity.firstNames, c.identity.sex,
                        c.identity.birthDate, c.identity.birthCommune,
                        c.identity.birthDepartment, c.identity.birthCountry, c.identity.nationality),
                new Contact(c.email, c.phone, c.addressLine, c.postalCode, c.city, c.country),
                new PathwayData(c.pathway, c.trainingTitleCode, c.trainingStart, c.trainingEnd,
                        Set.copyOf(c.trainedCcpNumbers), c.vaeDecisionReference, c.vaeDecisionDate),
                new Accommodations(c.extraTimePercent, c.assistance, c.adaptedEquipment, c.accommodationNotes),
                c.username,
                c.follows.stream().map(f -> new Follow(f.centre.name, f.centre.siret, f.since)).toList(),
                c.heldCcps.stream().map(h -> new Held(h.ccp.titleVersion.code, h.ccp.titleVersion.version, h.ccp.number,
                        h.ccp.name, h.obtainedOn, h.place, h.sessionId, h.proofReference, h.recordedBy, h.recordedAt))
                        .toList(),
                c.createdAt, c.updatedAt, otherData);
    }
}
