package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import fr.titrepro.candidate.acquired.HeldCcpService;
import fr.titrepro.centre.ApprovalData;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreData;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.centre.CentreService;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo builder of the centres and candidates ({@link DemoLoader}, step 1): two centres approved for TRI, in Lyon
 * (login "centre") and Nantes ("centre2"), and ten candidates, among them the records of the logins "candidat"
 * (Lucas Martin) and "candidat2" (Emma Petit). Through the centre and candidate services; a second run creates
 * nothing new (centres found by SIRET, candidates by identity key).
 */
@ApplicationScoped
public class CentreCandidateDemo {

    private static final Logger LOG = Logger.getLogger(CentreCandidateDemo.class);
    static final String TRI = "TP-00496";

    @Inject
    CentreService centreService;

    @Inject
    CentreRepository centres;

    @Inject
    CandidateService candidateService;

    @Inject
    CandidateRepository candidates;

    @Inject
    HeldCcpService heldCcps;

    @Inject
    TitleCatalog titles;

    @Transactional
    public void load() {
        Centre lyon = centre(new CentreData("Rhône Formation Numérique", "81234567800013", "12 rue de la République",
                        "69002", "Lyon", "Marc Lefebvre", "contact@rhone-formation-numerique.test", "04 72 00 12 34"),
                new ApprovalData(TRI, "Plateau technique réseaux", "45 avenue Tony Garnier", "69007", "Lyon",
                        LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)), "centre", "Marc Lefebvre");
        Centre nantes = centre(new CentreData("Atlantique Compétences Réseaux", "44102030400016", "8 quai de la Fosse",
                        "44000", "Nantes", "Sonia Girard", "accueil@atlantique-competences.test", "02 40 00 56 78"),
                new ApprovalData(TRI, "Campus de l'Île de Nantes", "5 boulevard de la Prairie au Duc", "44200", "Nantes",
                        LocalDate.of(2024, 3, 1), LocalDate.of(2028, 12, 31)), "centre2", "Sonia Girard");

        Candidate lucas = candidate(lyon, "candidat", training("Martin", "Lucas Pierre", Sex.M, "1998-04-12", "Villeurbanne",
                "69", "lucas.martin@titrepro.test", "06 12 34 56 78", "14 rue Francis de Pressensé", "69100", "Villeurbanne"));
        candidate(lyon, null, accommodated(training("Bernard", "Chloé Marie", Sex.F, "2001-11-03", "Lyon", "69",
                "chloe.bernard@exemple.test", "06 22 33 44 55", "3 place Bellecour", "69002", "Lyon")));
        Candidate karim = candidate(lyon, null, new CandidateData("Haddad", null, "Karim", Sex.M, LocalDate.of(1985, 7, 22),
                "Oran", null, "Algérie", "française", "karim.haddad@exemple.test", "06 45 67 89 01",
                "27 cours Émile Zola", "69100", "Villeurbanne", null, Pathway.PARTIAL, TRI, null, null, Set.of(), null,
                null, null, null, null, null));
        Candidate julie = candidate(lyon, null, new CandidateData("Moreau", "Roux", "Julie Anne", Sex.F,
                LocalDate.of(1995, 2, 14), "Saint-Étienne", "42", null, "française", "julie.roux@exemple.test", null,
                "9 rue des Docks", "44200", "Nantes", null, Pathway.TRAINING, TRI, LocalDate.of(2025, 9, 15),
                LocalDate.of(2026, 3, 31), Set.of(2), null, null, null, null, null, null));
        candidate(lyon, null, vae("Dubois", "Thomas", Sex.M, "1990-09-30", "Grenoble", "38", "DREETS-ARA-VAE-2025-0112",
                "2025-03-10"));
        candidate(lyon, null, training("Lambert", "Inès", Sex.F, "2000-05-05", "Bourg-en-Bresse", "01",
                "ines.lambert@exemple.test", null, "5 rue Mercière", "69002", "Lyon"));
        candidate(nantes, "candidat2", training("Petit", "Emma Louise", Sex.F, "1999-08-21", "Nantes", "44",
                "emma.petit@titrepro.test", "06 98 76 54 32", "21 rue Crébillon", "44000", "Nantes"));
        candidate(nantes, null, vae("Leroy", "Hugo", Sex.M, "1993-12-01", "Angers", "49", "DREETS-PDL-VAE-2025-0047",
                "2025-05-20"));
        candidate(nantes, null, training("Garnier", "Léa", Sex.F, "2002-03-17", "Saint-Nazaire", "44",
                "lea.garnier@exemple.test", null, "2 avenue de la République", "44600", "Saint-Nazaire"));
        candidate(nantes, null, new CandidateData("Diallo", null, "Mamadou", Sex.M, LocalDate.of(1988, 1, 9), "Dakar",
                null, "Sénégal", "sénégalaise", "mamadou.diallo@exemple.test", "07 11 22 33 44", "40 rue de Strasbourg",
                "44000", "Nantes", null, Pathway.TRAINING, TRI, LocalDate.of(2025, 10, 6), LocalDate.of(2026, 6, 26),
                Set.of(), null, null, null, null, null, null));
        if (!julie.isFollowedBy(nantes.id)) {
            candidateService.registerFor(nantes, CandidateData.of(julie), true, null);
        }
        if (karim.heldCcps.isEmpty()) {
            Ccp ccp1 = titles.get(TRI, "05").ccps.stream().filter(c -> c.number == 1).findFirst().orElseThrow();
            heldCcps.grant(karim.id, ccp1, LocalDate.of(2023, 6, 15), "Lyon", null,
                    "Livret de certification n° LC-2023-06-0417", "démo");
        }
        LOG.infof("Données de démonstration : %s (%d candidats suivis), %s (%d) ; le dossier de « candidat » est %s",
                lyon.name, candidates.countFollowedBy(lyon.id), nantes.name, candidates.countFollowedBy(nantes.id),
                lucas.reference);
    }

    /** The centre of this SIRET, created if missing, with this approval and (when not null) this staff login. */
    @Transactional
    public Centre centre(CentreData data, ApprovalData approval, String staff, String fullName) {
        Centre centre = centres.findBySiret(data.siret())
                .orElseGet(() -> centres.findById(centreService.create(data)));
        if (centre.approvals.stream().noneMatch(a -> a.titleCode.equals(approval.titleCode()))) {
            centreService.addApproval(centre.id, approval);
        }
        if (staff != null && centreService.centreOf(staff).isEmpty()) {
            centreService.addStaff(centre.id, staff, fullName);
        }
        return centre;
    }

    /**
     * The candidate of this identity, registered for the centre if missing. A login already linked to another
     * record (by an administrator) is left alone.
     */
    @Transactional
    public Candidate candidate(Centre centre, String username, CandidateData data) {
        CandidateData normalised = data.normalised();
        String login = username == null || candidates.findByUsername(username).isPresent() ? null : username;
        return candidates.findByIdentityKey(normalised.identityKey()).orElseGet(() -> candidates.findById(
                candidateService.registerFor(centre, normalised, false, login).id()));
    }

    /** The TRI trainees the centre follows (records not erased), oldest record first. */
    public List<Candidate> trainees(Centre centre) {
        return candidates.traineesOf(centre, TRI);
    }

    private static CandidateData training(String name, String firstNames, Sex sex, String birth, String commune,
                                          String dept, String email, String phone, String address, String cp,
                                          String city) {
        return new CandidateData(name, null, firstNames, sex, LocalDate.parse(birth), commune, dept, null, "française",
                email, phone, address, cp, city, null, Pathway.TRAINING, TRI, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), Set.of(), null, null, null, null, null, null);
    }

    private static CandidateData accommodated(CandidateData d) {
        return new CandidateData(d.birthName(), d.usageName(), d.firstNames(), d.sex(), d.birthDate(), d.birthCommune(),
                d.birthDepartment(), d.birthCountry(), d.nationality(), d.email(), d.phone(), d.addressLine(),
                d.postalCode(), d.city(), d.country(), d.pathway(), d.trainingTitleCode(), d.trainingStart(),
                d.trainingEnd(), d.trainedCcpNumbers(), null, null, 33, "Secrétaire lecteur-scripteur",
                "Écran 27 pouces et logiciel d'agrandissement", "Pause de 10 minutes par heure d'épreuve");
    }

    private static CandidateData vae(String name, String firstNames, Sex sex, String birth, String commune, String dept,
                                     String decision, String decisionDate) {
        return new CandidateData(name, null, firstNames, sex, LocalDate.parse(birth), commune, dept, null, "française",
                null, null, null, null, null, null, Pathway.VAE, TRI, null, null, Set.of(),
                decision, LocalDate.parse(decisionDate), null, null, null, null);
    }
}
