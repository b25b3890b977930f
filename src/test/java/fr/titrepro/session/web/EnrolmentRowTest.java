package fr.titrepro.session.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session page's enrolment cells, worked out in Java since issue 14 (they were template expressions): the same
 * words as before — the CCP enrolled in, the entretien final alone for a holder of every CCP (DOMAIN.md, « entretien
 * final »), the CCS direct route's experience, the accommodations.
 */
class EnrolmentRowTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            CCP enrolled in               | CCP   | 1,2 | true  | -  | -  | -                  | CCP 1, CCP 2         | -  | Oui                       | —
            no entretien final            | CCP   | 2   | false | -  | 25 | -                  | CCP 2                | -  | Non                       | Temps majoré de 25 %
            every CCP held: entretien alone | TITLE | -   | true  | -  | -  | Secrétaire lecteur | Aucun (tous détenus) | -  | Oui, entretien final seul | Secrétaire lecteur
            CCS by the direct route       | CCS   | -   | false | 14 | 10 | Tiers temps        | CCS CCS1             | 14 | Non                       | Temps majoré de 10 % Tiers temps
            CCS, no experience stated     | CCS   | -   | false | -  | 0  | -                  | CCS CCS1             | -  | Non                       | —
            """)
    void theCellsOfALine(String title, SessionType type, String ccps, boolean finalInterview, Integer months,
                         Integer extraTime, String assistance, String shownCcps, Integer shownMonths,
                         String shownFinalInterview, String shownAccommodations) {
        ExamSession session = new ExamSession();
        session.type = type;
        session.ccsCode = type == SessionType.CCS ? "CCS1" : null;
        Candidate candidate = new Candidate();
        candidate.id = 7L;
        candidate.reference = "C-0007";
        candidate.pathway = Pathway.TRAINING;
        candidate.identity.birthName = "MARTIN";
        candidate.identity.firstNames = "Léa";
        candidate.extraTimePercent = extraTime;
        candidate.assistance = assistance;
        Enrolment e = new Enrolment();
        e.id = 3L;
        e.session = session;
        e.candidate = candidate;
        e.finalInterview = finalInterview;
        e.ccsExperienceMonths = months;
        if (ccps != null) {
            Arrays.stream(ccps.split(",")).map(Integer::valueOf).forEach(e.ccpNumbers::add);
        }

        EnrolmentRow row = EnrolmentRow.of(e);

        assertThat(row.ccps()).isEqualTo(shownCcps);
        assertThat(row.ccsExperienceMonths()).isEqualTo(shownMonths);
        assertThat(row.finalInterview()).isEqualTo(shownFinalInterview);
        assertThat(row.accommodations()).isEqualTo(shownAccommodations);
        assertThat(row.candidateName()).isEqualTo(candidate.fullName());
        assertThat(row.reference()).isEqualTo("C-0007");
        assertThat(row.pathway()).isEqualTo(Pathway.TRAINING.label());
        assertThat(row.id()).isEqualTo(3L);
        assertThat(row.candidateId()).isEqualTo(7L);
    }
}
