package fr.titrepro.support;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.centre.ApprovalData;
import fr.titrepro.centre.CentreData;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.centre.CentreService;
import fr.titrepro.centre.SiretPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Random;

/**
 * Centres for tests. {@link #centreOf(String)} gives the centre a staff login works for, creating it (approved for
 * TRI, TP-00496, from 2024 to 2028) the first time: any test class may use the same login, e.g. "centre" for the
 * browser tests, and get the same centre.
 */
@ApplicationScoped
public class CentreFixtures {

    private static final Random RANDOM = new Random();

    @Inject
    CentreService centres;

    @Inject
    CentreRepository centreRepository;

    @Inject
    CandidateService candidateService;

    @Inject
    CandidateRepository candidates;

    /** Id of the centre the login works for, created on first use. */
    @Transactional
    public long centreOf(String staffUsername) {
        return centres.centreOf(staffUsername).map(c -> c.id).orElseGet(() -> {
            long id = centres.create(new CentreData("Centre de test " + staffUsername, randomSiret(),
                    "1 place de la Gare", "69001", "Lyon", "Contact " + staffUsername, null, null));
            centres.addApproval(id, new ApprovalData("TP-00496", "Plateau de test", "1 place de la Gare", "69001", "Lyon",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
            centres.addStaff(id, staffUsername, null);
            return id;
        });
    }

    /**
     * Id of the candidate record linked to a candidate login (e.g. "candidat"), registered the first time for the
     * centre of the staff login.
     */
    @Transactional
    public long candidateOf(String candidateLogin, String staffUsername) {
        return candidates.findByUsername(candidateLogin).map(c -> c.id).orElseGet(() -> {
            long centre = centreOf(staffUsername);
            return candidateService.registerFor(centreRepository.findById(centre), CandidateFixtures.person().data(), false,
                    candidateLogin).id();
        });
    }

    /** A valid SIRET (Luhn) no other test is likely to use. */
    public static String randomSiret() {
        StringBuilder sb = new StringBuilder("9");
        for (int i = 0; i < 12; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        return SiretPolicy.withCheckDigit(sb.toString());
    }
}
