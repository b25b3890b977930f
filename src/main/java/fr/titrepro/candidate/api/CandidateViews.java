package fr.titrepro.candidate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.CandidateFollow;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.candidate.acquired.HeldCcpData;
import fr.titrepro.candidate.acquired.ObtainedTitle;
import fr.titrepro.candidate.acquired.ObtainedTitleData;
import fr.titrepro.shared.error.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Candidates as the API shows and receives them: records only, never entities. */
public final class CandidateViews {

    private CandidateViews() {
    }

    /**
     * A candidate to register or modify. {@code username} (login of the candidate) and {@code centreId} (the centre
     * that will follow the candidate) are for the administration; {@code version} guards against concurrent edits.
     */
    public record CandidateRequest(String birthName, String usageName, String firstNames, Sex sex, LocalDate birthDate,
                                   String birthCommune, String birthDepartment, String birthCountry,
                                   String nationality, String email, String phone, String addressLine,
                                   String postalCode, String city, String country, Pathway pathway,
                                   String trainingTitleCode, LocalDate trainingStart, LocalDate trainingEnd,
                                   Set<Integer> trainedCcpNumbers, String vaeDecisionReference,
                                   LocalDate vaeDecisionDate, Integer extraTimePercent, String assistance,
                                   String adaptedEquipment, String accommodationNotes, String username,
                                   Long centreId, Integer version) {
        CandidateData data() {
            return new CandidateData(birthName, usageName, firstNames, sex, birthDate, birthCommune, birthDepartment,
                    birthCountry, nationality, email, phone, addressLine, postalCode, city, country, pathway,
                    trainingTitleCode, trainingStart, trainingEnd, trainedCcpNumbers, vaeDecisionReference,
                    vaeDecisionDate, extraTimePercent, assistance, adaptedEquipment, accommodationNotes);
        }
    }

    public record HeldCcpRequest(String titleCode, String titleVersion, Integer ccpNumber, LocalDate obtainedOn,
                                 String place, String proofReference) {
        HeldCcpData data() {
            return new HeldCcpData(titleCode, titleVersion, ccpNumber, obtainedOn, place, proofReference);
        }
    }

    public record CandidateSummary(long id, String reference, String fullName, LocalDate birthDate, String birthPlace,
                                   Pathway pathway, String pathwayLabel, String trainingTitleCode, String email,
                                   boolean accommodations, int heldCcps) {
        static CandidateSummary of(Candidate c) {
            return new CandidateSummary(c.id, c.reference, c.fullName(), c.identity.birthDate, c.birthPlace(),
                    c.pathway,
                    c.pathway.label(), c.trainingTitleCode, c.email, c.hasAccommodations(), c.heldCcps.size());
        }
    }

    public record ObtainedTitleRequest(String titleCode, String titleVersion, LocalDate obtainedOn, String place,
                                       String proofReference) {
        ObtainedTitleData data() {
            return new ObtainedTitleData(titleCode, titleVersion, obtainedOn, place, proofReference);
        }
    }

    /** A title (ccsCode null) or CCS obtained: a recorded fact with its date, place, session and PV version. */
    public record ObtainedTitleView(long id, String titleCode, String titleVersion, String titleName, String ccsCode,
                                    LocalDate obtainedOn, String place, Long sessionId, Integer pvVersion) {
        static ObtainedTitleView of(ObtainedTitle t) {
            return new ObtainedTitleView(t.id, t.titleVersion.code, t.titleVersion.version, t.titleVersion.name,
                    t.ccsCode, t.obtainedOn, t.place, t.sessionId, t.pvVersion);
        }
    }

    public record HeldCcpView(long id, String titleCode, String titleVersion, int ccpNumber, String ccpName,
                              LocalDate obtainedOn, String place, Long sessionId, String proofReference) {
        static HeldCcpView of(HeldCcp h) {
            return new HeldCcpView(h.id, h.ccp.titleVersion.code, h.ccp.titleVersion.version, h.ccp.number, h.ccp.name,
                    h.obtainedOn, h.place, h.sessionId, h.proofReference);
        }
    }

    public record CentreRef(long id, String name) {
    }

    public record Accommodations(Integer extraTimePercent, String assistance, String adaptedEquipment, String notes) {
    }

    /** {@code followedBy}: every following centre for the administration and the candidate, the caller's for a centre. */
    public record CandidateView(long id, String reference, String civility, String fullName, String birthName,
                                String usageName, String firstNames, Sex sex, LocalDate birthDate, String birthCommune,
                                String birthDepartment, String birthCountry, String birthPlace, String nationality,
                                String email, String phone, String addressLine, String postalCode, String city,
                                String country, Pathway pathway, String pathwayLabel, String trainingTitleCode,
                                LocalDate trainingStart, LocalDate trainingEnd, Set<Integer> trainedCcpNumbers,
                                String vaeDecisionReference, LocalDate vaeDecisionDate, Accommodations accommodations,
                                String username, List<CentreRef> followedBy, List<HeldCcpView> heldCcps,
                                List<ObtainedTitleView> obtainedTitles, Instant createdAt, Instant updatedAt,
                                int version) {
        static CandidateView of(Candidate c, List<CandidateFollow> follows) {
            return new CandidateView(c.id, c.reference, c.identity.sex.civility(), c.fullName(), c.identity.birthName,
                    c.identity.usageName,
                    c.identity.firstNames, c.identity.sex, c.identity.birthDate, c.identity.birthCommune,
                            c.identity.birthDepartment, c.identity.birthCountry, c.birthPlace(),
                    c.identity.nationality, c.email, c.phone, c.addressLine, c.postalCode, c.city, c.country, c.pathway,
                    c.pathway.label(), c.trainingTitleCode, c.trainingStart, c.trainingEnd, Set.copyOf(c.trainedCcpNumbers),
                    c.vaeDecisionReference, c.vaeDecisionDate,
                    new Accommodations(c.extraTimePercent, c.assistance, c.adaptedEquipment, c.accommodationNotes),
                    c.username,
                    follows.stream().map(f -> new CentreRef(f.centre.id, f.centre.name)).toList(),
                    c.heldCcps.stream().map(HeldCcpView::of).toList(),
                    c.obtainedTitles.stream().map(ObtainedTitleView::of).toList(), c.createdAt, c.updatedAt,
                    c.version);
        }
    }

    /**
     * The answer to a registration: created (201), already followed by the caller's centre (200), or a link request
     * pending (202: {@code candidate} is null, {@code linkRequest} says what the centre typed and where it stands).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationView(CandidateService.Outcome outcome, String message, CandidateView candidate,
                                   LinkRequestViews.LinkRequestView linkRequest) {
    }

    /** RFC 9457 problem for a duplicate person, with the existing candidate's reference as an extension member. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DuplicateProblem(String type, String title, int status, String detail, String instance,
                                   List<FieldError> errors, String existingReference, Long existingId,
                                   boolean followedByYourCentre) {
    }

    /** The answer to an erasure: anonymised, or the centre only stopped following; each capability's statement. */
    public record ErasureView(fr.titrepro.candidate.privacy.ErasurePolicy.Action action, String message,
                              java.util.List<fr.titrepro.candidate.privacy.ErasureStatement> statements) {
    }
}
