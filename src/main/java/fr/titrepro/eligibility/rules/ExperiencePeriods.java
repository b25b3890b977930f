package fr.titrepro.eligibility.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Measures experiences without counting overlaps twice. Each period is spread evenly over its days (hours per
 * week / 7, or total hours / days); on any day the hours of overlapping periods add up but never beyond a full-time
 * week; calendar time is the union of the periods.
 */
public final class ExperiencePeriods {

    /** A dated period [start, end] (inclusive) worked at {@code hoursPerDay}. */
    public record Span(LocalDate start, LocalDate end, double hoursPerDay) {

        long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        LocalDate endExclusive() {
            return end.plusDays(1);
        }
    }

    private ExperiencePeriods() {
    }

    /** Hours per day of a period given its weekly hours or its total hours over [start, declaredEnd]. */
    public static double hoursPerDay(Double hoursPerWeek, Double totalHours, LocalDate start, LocalDate declaredEnd) {
        if (hoursPerWeek != null) {
            return hoursPerWeek / 7.0;
        }
        return totalHours / (ChronoUnit.DAYS.between(start, declaredEnd) + 1);
    }

    /** Hours of the periods, overlaps capped at {@code fullTimeHoursPerWeek}, rounded to the hundredth. */
    public static double hours(List<Span> spans, double fullTimeHoursPerWeek) {
        if (spans.isEmpty()) {
            return 0;
        }
        double capPerDay = fullTimeHoursPerWeek / 7.0;
        TreeSet<LocalDate> bounds = new TreeSet<>();
        spans.forEach(s -> {
            bounds.add(s.start());
            bounds.add(s.endExclusive());
        });
        double total = 0;
        LocalDate from = null;
        for (LocalDate bound : bounds) {
            if (from != null) {
                LocalDate day = from;
                double rate = spans.stream()
                        .filter(s -> !s.start().isAfter(day) && s.endExclusive().isAfter(day))
                        .mapToDouble(Span::hoursPerDay).sum();
                total += Math.min(rate, capPerDay) * ChronoUnit.DAYS.between(from, bound);
            }
            from = bound;
        }
        return round(total);
    }

    /** Calendar days covered by at least one period. */
    public static long days(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        long days = 0;
        LocalDate coveredUntil = null; // exclusive
        for (Span s : sorted) {
            LocalDate from = coveredUntil == null || s.start().isAfter(coveredUntil) ? s.start() : coveredUntil;
            if (s.endExclusive().isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, s.endExclusive());
                coveredUntil = s.endExclusive();
            }
        }
        return days;
    }

    public static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
