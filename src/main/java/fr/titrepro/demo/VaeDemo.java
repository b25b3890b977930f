package fr.titrepro.demo;

import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.candidate.Sex;
import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeApplicationDraft;
import fr.titrepro.eligibility.VaeApplicationRepository;
import fr.titrepro.eligibility.VaeApplicationService;
import fr.titrepro.eligibility.VaeDecision;
import fr.titrepro.eligibility.VaeDecisionDraft;
import fr.titrepro.eligibility.rules.ExperienceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo builder of the VAE ({@link DemoLoader}, step 6): three applications followed by the adviser "conseiller"
 * for TRI (TP-00496): one eligible awaiting the decision, one not eligible, one recorded RECEVABLE (whose person
 * became a VAE candidate), through the application service. A second run creates nothing new.
 */
@ApplicationScoped
public class VaeDemo {

    private static final Logger LOG = Logger.getLogger(VaeDemo.class);
    static final String ADVISER = "conseiller";
    static final String TRI = "TP-00496";

    @Inject
    VaeApplicationService service;

    @Inject
    VaeApplicationRepository applications;

    /** Creates whichever of the three demo applications is missing. */
    public void load() {
        LocalDate today = service.today();
        VaeApplicationDraft.Person sophie = person("DURAND", "Sophie, Marie", Sex.F, LocalDate.of(1988, 4, 12), "Lyon", "69");
        VaeApplicationDraft.Person julien = person("MOREL", "Julien", Sex.M, LocalDate.of(1979, 11, 3), "Rennes", "35");
        VaeApplicationDraft.Person amina = person("HADDAD", "Amina", Sex.F, LocalDate.of(1992, 6, 27), "Marseille", "13");

        // eligible, awaiting the decision: six years of network maintenance and a PMSMP
        create(sophie, today.minusDays(6), List.of(
                experience("Réseaux Services Lyon", "Technicienne de maintenance réseaux", ExperienceKind.EMPLOYMENT,
                        LocalDate.of(2019, 3, 1), null, true, "35", "Raccordement des postes, brassage des baies, "
                                + "configuration des VLAN, dépannage des liaisons.", 1, 2, 3, 4),
                experience("Mairie de Villeurbanne", "Stagiaire (PMSMP)", ExperienceKind.TRAINING_PLACEMENT,
                        LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 28), false, "35",
                        "Déploiement de téléphones IP et d'un serveur de fichiers.", 5, 8)), List.of());

        // not eligible: sales experience unrelated to the title, and TRI already applied for earlier this year
        LocalDate julienDate = today.minusDays(2);
        create(julien, julienDate, List.of(
                experience("ElectroMag Rennes", "Vendeur en électroménager", ExperienceKind.EMPLOYMENT,
                        LocalDate.of(2012, 1, 9), LocalDate.of(2023, 6, 30), false, "35",
                        "Conseil à la clientèle, encaissement, mise en rayon.")),
                List.of(new VaeApplicationDraft.PreviousApplication(TRI, "Technicien réseaux IP",
                        julienDate.withDayOfYear(1), false)));

        // recevable: recorded a month ago, the person is a VAE candidate for a year
        VaeApplication recevable = create(amina, today.minusDays(45), List.of(
                experience("TélécomPro Marseille", "Technicienne télécoms", ExperienceKind.EMPLOYMENT,
                        LocalDate.of(2016, 1, 4), LocalDate.of(2023, 12, 22), false, "35",
                        "Installation d'IPBX, câblage, vidéo-surveillance IP, Active Directory.", 1, 2, 3, 4, 5, 6, 7, 8)),
                List.of());
        if (recevable != null) {
            service.decideAs(recevable.id, new VaeDecisionDraft(VaeDecision.RECEVABLE, today.minusDays(30),
                    "Expérience de huit ans couvrant les deux CCP."), ADVISER);
        }
    }

    private VaeApplication create(VaeApplicationDraft.Person p, LocalDate date,
                                  List<VaeApplicationDraft.Experience> experiences,
                                  List<VaeApplicationDraft.PreviousApplication> previous) {
        String key = IdentityKey.of(p.birthName(), p.firstNames(), p.birthDate(), p.birthCommune(), p.birthDepartment(),
                p.birthCountry());
        if (applications.existsFor(ADVISER, key, TRI)) {
            return null;
        }
        VaeApplication app = service.create(new VaeApplicationDraft(p, TRI, null, List.of(), date, experiences, previous),
                ADVISER);
        LOG.infof("Démo VAE : demande de %s (%s)", app.fullName(), app.eligibility.label());
        return app;
    }

    private static VaeApplicationDraft.Person person(String birthName, String firstNames, Sex sex, LocalDate birthDate,
                                                     String commune, String department) {
        return new VaeApplicationDraft.Person(birthName, null, firstNames, sex, birthDate, commune, department, null,
                "Française", null, null);
    }

    private static VaeApplicationDraft.Experience experience(String organisation, String role, ExperienceKind kind,
                                                             LocalDate start, LocalDate end, boolean ongoing,
                                                             String hoursPerWeek, String activities,
                                                             Integer... competencies) {
        return new VaeApplicationDraft.Experience(organisation, role, kind, start, end, ongoing,
                new BigDecimal(hoursPerWeek), null, activities, List.of(competencies));
    }
}
