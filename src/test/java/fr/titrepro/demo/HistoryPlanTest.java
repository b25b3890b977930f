package fr.titrepro.demo;

import fr.titrepro.scoring.ScoreValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo history's plan (issue 19): what the quality dashboard needs to show figures, the same every run. */
class HistoryPlanTest {

    @Test
    void tenSessionsOfTwelveToTwentyCandidatesInThreeCentresOverTheLastTwoYears() {
        assertThat(HistoryPlan.SESSIONS).hasSizeBetween(8, 12);
        assertThat(HistoryPlan.SESSIONS).allSatisfy(s -> assertThat(s.candidates()).isBetween(12, 20));
        assertThat(HistoryPlan.SESSIONS).extracting(HistoryPlan.PastSession::site)
                .contains(HistoryPlan.Site.values());
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(HistoryPlan.SESSIONS).allSatisfy(s -> assertThat(s.endOn(today))
                .isAfter(today.minusYears(2)).isBefore(today.minusMonths(1)));
        // every centre has at least 10 candidates in the dashboard's default period (the last four quarters)
        for (HistoryPlan.Site site : HistoryPlan.Site.values()) {
            assertThat(HistoryPlan.SESSIONS.stream().filter(s -> s.site() == site && s.monthsAgo() <= 8)
                    .mapToInt(HistoryPlan.PastSession::candidates).sum()).as(site.name()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void theCandidatesAreTheSameEveryRunAndDistinctPeople() {
        Set<String> people = new HashSet<>();
        for (HistoryPlan.PastSession s : HistoryPlan.SESSIONS) {
            List<HistoryPlan.PastCandidate> candidates = HistoryPlan.candidates(s);
            assertThat(candidates).hasSize(s.candidates()).isEqualTo(HistoryPlan.candidates(s));
            candidates.forEach(c -> people.add(c.birthName() + c.firstName() + c.birthDate()));
        }
        assertThat(people).hasSize(HistoryPlan.SESSIONS.stream().mapToInt(HistoryPlan.PastSession::candidates).sum());
    }

    @Test
    void theHardCriteriaAreFailedMoreOftenAndWeakerCandidatesFailMore() {
        HistoryPlan.PastCandidate average = new HistoryPlan.PastCandidate("A", "B", LocalDate.of(2000, 1, 1), true,
                1.0, true);
        HistoryPlan.PastCandidate weak = new HistoryPlan.PastCandidate("A", "B", LocalDate.of(2000, 1, 1), true, 2.6,
                true);
        assertThat(notMet("C4.2", average)).isBetween(0.25, 0.35);
        assertThat(notMet("C4.1", average)).isBetween(0.02, 0.08);
        assertThat(notMet("C4.2", weak)).isGreaterThan(notMet("C4.2", average) + 0.3);
    }

    private static double notMet(String key, HistoryPlan.PastCandidate who) {
        Random random = new Random(7);
        int n = 20_000;
        int failed = 0;
        for (int i = 0; i < n; i++) {
            failed += HistoryPlan.reading(key, who, random) == ScoreValue.NOT_MET ? 1 : 0;
        }
        return failed / (double) n;
    }

    @ParameterizedTest
    @CsvSource({"4,0,true", "4,1,true", "5,1,true", "3,1,false", "4,2,false", "5,3,false"})
    void aCompetencyIsAcquiredWithNoCriterionFailedOrOneAmongFour(int criteria, int notMet, boolean acquired) {
        assertThat(HistoryPlan.competencyAcquired(criteria, notMet)).isEqualTo(acquired);
    }

    @ParameterizedTest
    @CsvSource({"0,true", "1,true", "2,false"})
    void aCcpIsAcquiredWithAtMostOneCompetencyNotAcquired(int notAcquired, boolean acquired) {
        assertThat(HistoryPlan.ccpAcquired(notAcquired)).isEqualTo(acquired);
    }
}
