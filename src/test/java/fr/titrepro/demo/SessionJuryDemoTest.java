package fr.titrepro.demo;

import fr.titrepro.centre.CentreRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data of the run command, loaded on purpose here (the test profile has it off). */
@QuarkusTest
class SessionJuryDemoTest {

    @Inject
    SessionJuryDemo demo;

    @Inject
    SessionFixtures fixtures;

    @Inject
    JurorRepository jurors;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    CentreRepository centres;

    @Test
    void jurorsAndAScheduledSessionOfTheCentreOnceOnly() {
        long centre = fixtures.centreOfStaff("centre");
        fixtures.candidate().named("Demo" + SessionFixtures.unique(), "Jules").followedBy(centre).create();

        demo.load();
        long jurorCount = jurors.count();
        long sessionCount = sessions.count();
        demo.load();
        assertThat(jurors.count()).isEqualTo(jurorCount);
        assertThat(sessions.count()).isEqualTo(sessionCount);

        check(centre);
    }

    void check(long centreId) {
        for (String username : new String[]{"jury", "jury2", "jury3"}) {
            Juror juror = jurors.findByUsername(username).orElseThrow();
            assertThat(juror.yearsOfExperience).isGreaterThanOrEqualTo(3);
            assertThat(juror.habilitations).anySatisfy(h -> {
                assertThat(h.titleCode).isEqualTo("TP-00496");
                assertThat(h.validUntil).isAfter(LocalDate.now().plusMonths(2));
            });
        }
        ExamSession session = sessions.find("centre.id = ?1 and createdBy = ?2", centreId, SessionJuryDemo.AUTHOR)
                .singleResult();
        assertThat(session.status).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.type).isEqualTo(SessionType.TITLE);
        assertThat(session.titleVersion.acronym).isEqualTo("TRI");
        assertThat(session.jury).extracting(m -> m.juror.username).containsExactly("jury", "jury2");
        assertThat(session.activeEnrolments()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    }
}
