package fr.titrepro.eligibility.privacy;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.candidate.privacy.CandidatePersonalData;
import fr.titrepro.candidate.privacy.ErasureStatement;
import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeApplicationRepository;
import fr.titrepro.eligibility.VaeLinkStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * RGPD section « vae »: the person's VAE applications, found by their link to the record (linked or proposed) or by
 * the same identity key (an application an adviser filed before the person was registered).
 */
@ApplicationScoped
public class VaePersonalData implements CandidatePersonalData {

    static final String NAME = "ANONYME";
    static final LocalDate NO_DATE = LocalDate.of(1900, 1, 1);

    public record VaeData(long id, String adviser, String birthName, String usageName, String firstNames,
                          LocalDate birthDate, String birthPlace, String nationality, String email, String phone,
                          String titleCode, String titleVersion, Set<Integer> ccpNumbers, LocalDate applicationDate,
                          List<ExperienceData> experiences, String eligibility, String decision,
                          LocalDate decisionDate, String decisionReasons, String decisionReference,
                          String linkToRecord) {
    }

    public record ExperienceData(String organisation, String role, String kind, LocalDate start, LocalDate end,
                                 boolean ongoing) {
    }

    @Inject
    VaeApplicationRepository repository;

    @Override
    public String section() {
        return "vae";
    }

    @Override
    public Object export(Candidate c) {
        List<VaeData> applications = repository.about(c.id, c.identityKey).stream().map(VaePersonalData::data).toList();
        return applications.isEmpty() ? null : applications;
    }

    /**
     * Identity and contact cleared (the recevabilité rests on the experiences, not on who the person is); the
     * application, its experiences and its decision stay as the administrative decision the Ministry took
     * (RGPD art. 17(3)(b) ; code de l'éducation art. R. 335-5 et s. ; code du patrimoine art. L. 211-4).
     */
    @Override
    public ErasureStatement erase(Candidate c) {
        List<VaeApplication> applications = repository.about(c.id, c.identityKey);
        if (applications.isEmpty()) {
            return ErasureStatement.nothing(section());
        }
        applications.forEach(a -> anonymise(a, c));
        return new ErasureStatement(section(), ErasureStatement.Handling.KEPT_ANONYMISED, applications.size()
                + " demande(s) de VAE : identité, lieu de naissance, nationalité et contact effacés ; un rattachement "
                + "au dossier encore à confirmer est refusé. La demande, ses "
                + "expériences et la décision de recevabilité sont conservées sans nom : décision administrative du "
                + "ministère (RGPD art. 17(3)(b) ; code de l'éducation art. R. 335-5 et s. ; archives publiques, code du "
                + "patrimoine art. L. 211-4).");
    }

    /** The identity key becomes the erased record's: the application stays attached to it, and to no one else. */
    private static void anonymise(VaeApplication a, Candidate c) {
        a.identity.birthName = NAME;
        a.identity.usageName = null;
        a.identity.firstNames = "Anonyme";
        a.identity.birthDate = NO_DATE;
        a.identity.birthCommune = null;
        a.identity.birthDepartment = null;
        a.identity.birthCountry = null;
        a.identity.nationality = null;
        a.email = null;
        a.phone = null;
        a.identityKey = IdentityKey.erased(c.reference);
        if (a.linkPending()) {
            // nobody may confirm linking a recevabilité to a record without identity
            a.linkStatus = VaeLinkStatus.REFUSED;
            a.linkDecidedBy = "effacement RGPD";
            a.linkDecidedAt = Instant.now();
        }
        a.updatedAt = Instant.now();
    }

    private static VaeData data(VaeApplication a) {
        return new VaeData(a.id, a.adviserUsername, a.identity.birthName, a.identity.usageName, a.identity.firstNames,
                a.identity.birthDate,
                a.birthPlace(), a.identity.nationality, a.email, a.phone, a.titleCode, a.titleVersion,
                        Set.copyOf(a.ccpNumbers),
                a.applicationDate, a.experiences.stream().map(x -> new ExperienceData(x.organisation, x.role,
                x.kind == null ? null : x.kind.name(), x.startDate, x.endDate, x.ongoing)).toList(),
                a.eligibility == null ? null : a.eligibility.name(), a.decision == null ? null : a.decision.name(),
                a.decisionDate, a.decisionReasons, a.decisionReference,
                a.linkStatus == null ? null : a.linkStatus.label());
    }
}
