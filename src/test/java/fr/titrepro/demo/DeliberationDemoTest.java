package fr.titrepro.demo;

import fr.titrepro.deliberation.DeliberationCases;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionChain;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's deliberation demo, on its own centre and jurors (the demo logins are shared by the tests). */
@QuarkusTest
class DeliberationDemoTest {

    @Inject
    DeliberationDemo demo;

    @Inject
    SessionFixtures sessions;

    @Inject
    ScoringFixtures scoring;

    @Inject
    AgreedDecisionRepository decisions;

    @Inject
    DeliberationCases cases;

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void aPastSessionAwaitsTheJurysDeliberationWithItsDecisionsAgreed_once() {
        String staff = "t6-demo-" + SessionFixtures.unique();
        long centre = sessions.centreOfStaff(staff);
        sessions.candidate().followedBy(centre).training(SessionFixtures.TRI).create();
        sessions.candidate().followedBy(centre).training(SessionFixtures.TRI).create();
        List<String> jury = List.of("t6-demo-a-" + SessionFixtures.unique(), "t6-demo-b-" + SessionFixtures.unique());
        jury.forEach(scoring::juror);

        Long id = demo.load(staff, jury);
        assertThat(id).isNotNull();
        ExamSession s = em.find(ExamSession.class, id);
        assertThat(s.status).isEqualTo(SessionStatus.DELIBERATION);
        assertThat(s.endDate).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(s.jury).hasSize(2);
        assertThat(s.activeEnrolments()).hasSize(2);
        assertThat(cases.agreed(s.activeEnrolments().get(0)).ccps()).containsEntry(1, Verdict.ACQUIRED)
                .containsEntry(2, Verdict.ACQUIRED);
        assertThat(cases.agreed(s.activeEnrolments().get(1)).ccps()).containsEntry(1, Verdict.ACQUIRED)
                .containsEntry(2, Verdict.NOT_ACQUIRED);
        assertThat(DecisionChain.verify(decisions.chainOf(id).stream()
                .map(d -> new DecisionChain.Link(d.id, d.content(), d.previousHash, d.hash)).toList()).intact())
                .isTrue();

        assertThat(demo.load(staff, jury)).isEqualTo(id);
        assertThat(demo.load("t6-nobody", jury)).isNull();
    }
}
