package fr.titrepro.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What the generator will write, decided before writing (seeded, so the same scale gives the same data): the centres
 * with Zipf-like weights (a few big centres, many small ones), the sessions over five years with their centre, size
 * (8–200, most of them small), type, jury size and status, and which sessions keep their evaluation grids (the most
 * recent validated ones, until the target number of criterion lines is reached).
 */
final class NationalPlan {

    /** The national volume of issue 14, multiplied by the scale. */
    record Targets(int centres, int sessions, int candidates, long gridLines, int jurors, int documents) {
        static Targets of(double scale) {
            return new Targets(Math.max(3, (int) Math.round(3_000 * scale)), Math.max(6, (int) Math.round(60_000 * scale)),
                    (int) Math.round(1_000_000 * scale), Math.round(10_000_000 * scale),
                    Math.max(6, (int) Math.round(15_000 * scale)), (int) Math.round(2_000_000 * scale));
        }
    }

    enum Status { DRAFT, SCHEDULED, DELIBERATION, VALIDATED, CANCELLED }

    record Session(int centre, int title, LocalDate start, LocalDate end, int size, Integer ccpNumber, int jurors,
                   Status status, boolean withGrids) {
        boolean titleSession() {
            return ccpNumber == null;
        }
    }

    /** The day the generated history stops: sessions before are held, after are planned. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate FIRST_DAY = TODAY.minusYears(5);

    final Targets targets;
    final double[] centreWeights;
    final List<Session> sessions;

    NationalPlan(double scale, NationalReferential referential, long seed) {
        this.targets = Targets.of(scale);
        Random random = new Random(seed);
        this.centreWeights = centreWeights(targets.centres());
        double[] cumulative = cumulative(centreWeights);
        List<Session> planned = new ArrayList<>();
        int days = (int) (TODAY.plusDays(60).toEpochDay() - FIRST_DAY.toEpochDay());
        for (int i = 0; i < targets.sessions(); i++) {
            int centre = i < targets.centres() ? i : draw(random, cumulative);
            int title = random.nextInt(referential.titles().size());
            LocalDate start = FIRST_DAY.plusDays(random.nextInt(days));
            // sizes 8–200, mean ≈ 21: many small sessions, a few large ones
            int size = 8 + (int) (192 * Math.pow(random.nextDouble(), 14));
            List<Integer> ccps = referential.titles().get(title).ccpNumbers();
            Integer ccp = random.nextDouble() < 0.2 ? ccps.get(random.nextInt(ccps.size())) : null;
            LocalDate end = start.plusDays(ccp == null ? 2 : 0);
            int jurors = random.nextDouble() < 0.7 ? 2 : 3;
            planned.add(new Session(centre, title, start, end, size, ccp, jurors, status(random, start), false));
        }
        planned.sort(Comparator.comparing(Session::start));
        this.sessions = markGrids(planned, referential, targets.gridLines());
    }

    private static Status status(Random random, LocalDate start) {
        if (random.nextDouble() < 0.02) {
            return Status.CANCELLED;
        }
        if (start.isAfter(TODAY)) {
            return random.nextDouble() < 0.1 ? Status.DRAFT : Status.SCHEDULED;
        }
        return start.isAfter(TODAY.minusDays(10)) ? Status.DELIBERATION : Status.VALIDATED;
    }

    /** The most recent held sessions keep their grids, until the target number of criterion lines is reached. */
    private static List<Session> markGrids(List<Session> sessions, NationalReferential referential, long target) {
        List<Session> marked = new ArrayList<>(sessions);
        long lines = 0;
        for (int i = marked.size() - 1; i >= 0 && lines < target; i--) {
            Session s = marked.get(i);
            if (s.status() != Status.VALIDATED && s.status() != Status.DELIBERATION) {
                continue;
            }
            NationalReferential.Title t = referential.titles().get(s.title());
            long perEnrolment = s.titleSession() ? t.linesPerEnrolment(true)
                    : t.trainingParts().get(s.ccpNumber()).criterionCount();
            lines += perEnrolment * s.jurors() * s.size();
            marked.set(i, new Session(s.centre(), s.title(), s.start(), s.end(), s.size(), s.ccpNumber(), s.jurors(),
                    s.status(), true));
        }
        return List.copyOf(marked);
    }

    static double[] centreWeights(int centres) {
        double[] w = new double[centres];
        for (int i = 0; i < centres; i++) {
            w[i] = 1.0 / Math.pow(i + 1, 0.9);
        }
        return w;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int draw(Random random, double[] cumulative) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
}
