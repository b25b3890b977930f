package fr.titrepro.demo;

import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.EvaluationGridRepository;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's scoring demo, on its own centre and jurors (the demo logins are shared by the tests). */
@QuarkusTest
class ScoringDemoTest {

    @Inject
    ScoringDemo demo;

    @Inject
    SessionFixtures sessions;

    @Inject
    ScoringFixtures scoring;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void aSessionRunsTodayWithOneJurorsGridsHandedIn_once() {
        String staff = "t5-demo-" + SessionFixtures.unique();
        long centre = sessions.centreOfStaff(staff);
        sessions.candidate().followedBy(centre).create();
        sessions.candidate().followedBy(centre).create();
        List<String> jury = List.of("t5-demo-a-" + SessionFixtures.unique(), "t5-demo-b-" + SessionFixtures.unique());
        jury.forEach(scoring::juror);

        Long id = demo.load(staff, jury, jury.get(1));
        assertThat(id).isNotNull();
        ExamSession s = em.find(ExamSession.class, id);
        assertThat(s.status).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(s.jury).hasSize(2);
        assertThat(s.activeEnrolments()).hasSize(2);
        long first = s.activeEnrolments().getFirst().id;
        List<EvaluationGrid> handedIn = grids.ofEnrolment(first).stream()
                .filter(g -> g.jurorId == s.jury.get(1).juror.id).toList();
        assertThat(handedIn).hasSize(2).allMatch(EvaluationGrid::isSubmitted);
        assertThat(handedIn.getFirst().criteria().filter(c -> c.score == ScoreValue.NOT_MET).map(c -> c.itemKey))
                .containsExactly("C1.2");

        assertThat(demo.load(staff, jury, jury.get(1))).isEqualTo(id);
        assertThat(grids.ofEnrolment(first)).hasSize(4);
        assertThat(demo.load("t5-nobody", jury, jury.get(1))).isNull();
    }
}
