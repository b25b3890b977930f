package fr.titrepro.session;

import fr.titrepro.session.TimetablePlanner.CandidatePlan;
import fr.titrepro.session.TimetablePlanner.Epreuve;
import fr.titrepro.session.TimetablePlanner.Frame;
import fr.titrepro.session.TimetablePlanner.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** TRI épreuves (MSP 180, entretien technique 30, questionnaire 30 per CCP, entretien final 20), 08:30–17:30. */
class TimetablePlannerTest {

    static final LocalDate DAY1 = LocalDate.of(2026, 6, 15);
    static final Frame FRAME = new Frame(DAY1, DAY1.plusDays(1), LocalTime.of(8, 30), LocalTime.of(17, 30));

    static List<Epreuve> tri() {
        return List.of(
                new Epreuve("Mise en situation professionnelle", 1, 180, false),
                new Epreuve("Entretien technique", 1, 30, true),
                new Epreuve("Questionnaire professionnel", 1, 30, false),
                new Epreuve("Mise en situation professionnelle", 2, 180, false),
                new Epreuve("Entretien technique", 2, 30, true),
                new Epreuve("Questionnaire professionnel", 2, 30, false),
                new Epreuve("Entretien final", null, 20, true));
    }

    static String times(Slot s) {
        return s.day().getDayOfMonth() + " " + s.start() + "-" + s.end();
    }

    @Test
    void oneCandidateFollowsTheReferentialInOneDay() {
        List<Slot> slots = TimetablePlanner.plan(FRAME, List.of(new CandidatePlan(1, 0, tri()))).get(1L);
        assertThat(slots).extracting(TimetablePlannerTest::times).containsExactly(
                "15 08:30-11:30", "15 11:30-12:00", "15 12:00-12:30", "15 12:30-15:30", "15 15:30-16:00",
                "15 16:00-16:30", "15 16:30-16:50");
        assertThat(slots).noneMatch(Slot::outsideSession);
    }

    @Test
    void theJurySeesOneCandidateAtATime() {
        Map<Long, List<Slot>> plan = TimetablePlanner.plan(FRAME, List.of(new CandidatePlan(1, 0, tri()),
                new CandidatePlan(2, 0, tri())));
        List<Slot> second = plan.get(2L);
        assertThat(second.get(0)).extracting(TimetablePlannerTest::times).isEqualTo("15 08:30-11:30");
        assertThat(second.get(1)).extracting(TimetablePlannerTest::times).isEqualTo("15 12:00-12:30");
        List<Slot> individual = plan.values().stream().flatMap(List::stream).filter(Slot::individual).toList();
        for (Slot a : individual) {
            for (Slot b : individual) {
                if (a != b && a.day().equals(b.day())) {
                    assertThat(a.start().isBefore(b.end()) && b.start().isBefore(a.end())).as(times(a) + " / "
                            + times(b)).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} % de temps majoré : {1} min → {2} min")
    @CsvSource({"0, 180, 180", "33, 180, 240", "25, 30, 38", "50, 20, 30", "100, 180, 360"})
    void extraTimeLengthensEachEpreuveRoundedUp(int percent, int minutes, int expected) {
        assertThat(TimetablePlanner.withExtraTime(minutes, percent)).isEqualTo(expected);
    }

    @Test
    void extraTimeMovesAnEpreuveThatNoLongerFitsToTheNextMorning() {
        List<Slot> slots = TimetablePlanner.plan(FRAME, List.of(new CandidatePlan(1, 33, tri()))).get(1L);
        assertThat(slots.get(0)).extracting(TimetablePlannerTest::times).isEqualTo("15 08:30-12:30");
        assertThat(slots.get(2)).extracting(TimetablePlannerTest::times).isEqualTo("15 13:10-13:50");
        // 240 minutes from 13:50 would end at 17:50, after the end of the day
        assertThat(slots.get(3)).extracting(TimetablePlannerTest::times).isEqualTo("16 08:30-12:30");
        assertThat(slots.get(4)).extracting(TimetablePlannerTest::times).isEqualTo("16 12:30-13:10");
        assertThat(slots.get(4).minutes()).isEqualTo(40);
    }

    @Test
    void anEpreuveAfterTheLastDayIsFlagged() {
        Frame oneDay = new Frame(DAY1, DAY1, LocalTime.of(8, 30), LocalTime.of(17, 30));
        List<Slot> slots = TimetablePlanner.plan(oneDay, List.of(new CandidatePlan(1, 50, tri()))).get(1L);
        assertThat(slots.getLast().outsideSession()).isTrue();
        assertThat(slots.getFirst().outsideSession()).isFalse();
    }

    @Test
    void aFullSessionGetsTheEarliestSlotsOfAPlainSearch() {
        // 200 candidates, a third with extra time: the planner (which merges the jury's back-to-back periods) gives
        // every épreuve the earliest start a plain search over every booked period finds
        Frame fortnight = new Frame(DAY1, DAY1.plusDays(13), LocalTime.of(8, 30), LocalTime.of(17, 30));
        Random random = new Random(14);
        List<CandidatePlan> candidates = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            candidates.add(new CandidatePlan(id, random.nextInt(3) == 0 ? List.of(25, 33, 50).get(random.nextInt(3)) : 0,
                    tri()));
        }
        Map<Long, List<Slot>> plan = TimetablePlanner.plan(fortnight, candidates);
        Map<Long, List<LocalDateTime>> expected = plainSearch(fortnight, candidates);
        for (CandidatePlan c : candidates) {
            assertThat(plan.get(c.enrolmentId())).extracting(slot -> slot.day().atTime(slot.start()))
                    .as("candidat " + c.enrolmentId()).containsExactlyElementsOf(expected.get(c.enrolmentId()));
        }
        assertThat(plan.get(200L).getLast().day()).isAfter(DAY1.plusDays(4));
    }

    /** The reference: each épreuve at the earliest of « ready », a morning, or the end of a booked period that fits. */
    private static Map<Long, List<LocalDateTime>> plainSearch(Frame frame, List<CandidatePlan> candidates) {
        List<LocalDateTime[]> jury = new ArrayList<>();
        Map<Long, List<LocalDateTime>> starts = new java.util.HashMap<>();
        for (CandidatePlan c : candidates) {
            LocalDateTime ready = frame.firstDay().atTime(frame.dayStart());
            List<LocalDateTime> mine = new ArrayList<>();
            for (Epreuve e : c.epreuves()) {
                int minutes = TimetablePlanner.withExtraTime(e.minutes(), c.extraTimePercent());
                TreeSet<LocalDateTime> options = new TreeSet<>();
                options.add(ready);
                for (int d = 0; d <= 60; d++) {
                    options.add(ready.toLocalDate().plusDays(d).atTime(frame.dayStart()));
                }
                if (e.individual()) {
                    jury.forEach(b -> options.add(b[1]));
                }
                LocalDateTime from = ready;
                LocalDateTime start = options.stream().filter(t -> !t.isBefore(from))
                        .filter(t -> !t.isBefore(t.toLocalDate().atTime(frame.dayStart())))
                        .filter(t -> !t.plusMinutes(minutes).isAfter(t.toLocalDate().atTime(frame.dayEnd())))
                        .filter(t -> !e.individual() || jury.stream()
                                .noneMatch(b -> t.isBefore(b[1]) && b[0].isBefore(t.plusMinutes(minutes))))
                        .findFirst().orElseThrow();
                if (e.individual()) {
                    jury.add(new LocalDateTime[]{start, start.plusMinutes(minutes)});
                }
                mine.add(start);
                ready = start.plusMinutes(minutes);
            }
            starts.put(c.enrolmentId(), mine);
        }
        return starts;
    }
}
