package fr.titrepro.demo;

import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeApplicationRepository;
import fr.titrepro.eligibility.VaeDecision;
import fr.titrepro.candidate.Pathway;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's demo data (off in tests): three applications of "conseiller", created once. */
@QuarkusTest
class VaeDemoTest {

    @Inject
    VaeDemo demo;

    @Inject
    VaeApplicationRepository applications;

    @Test
    void theDemoAdviserHasAnEligibleANotEligibleAndARecevableApplicationAndARestartAddsNothing() {
        demo.load();
        long count = applications.count();
        demo.load();
        assertThat(applications.count()).isEqualTo(count);

        List<VaeApplication> mine = applications.list("adviserUsername = ?1 and identity.birthName in ?2", "conseiller",
                List.of("DURAND", "MOREL", "HADDAD"));
        assertThat(mine).extracting(VaeApplication::stateCode)
                .containsExactlyInAnyOrder("ELIGIBLE", "NOT_ELIGIBLE", "RECEVABLE");
        VaeApplication recevable = mine.stream().filter(a -> a.decision == VaeDecision.RECEVABLE).findFirst().orElseThrow();
        assertThat(recevable.candidate.pathway).isEqualTo(Pathway.VAE);
        assertThat(recevable.candidate.vaeDecisionReference).isEqualTo(recevable.decisionReference);
        assertThat(recevable.recevableUntil()).isAfter(java.time.LocalDate.now());
    }
}
