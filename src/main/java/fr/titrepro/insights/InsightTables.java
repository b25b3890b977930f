package fr.titrepro.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the aggregate rows of each population into the dashboard's tables (docs/insights.md gives each indicator's
 * numerator and denominator) with their text summaries. Pure: rows in, tables out.
 */
public final class InsightTables {

    /** The outcomes shown, in order; ABSENT counts the excused too. Other outcomes count in the denominator. */
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("FULL_SUCCESS", "Titre obtenu");
        OUTCOMES.put("PARTIAL_SUCCESS", "Réussite partielle");
        OUTCOMES.put("FAILURE", "Échec");
        OUTCOMES.put("ABSENT", "Absent");
    }

    private InsightTables() {
    }

    /** @param rows per population: outcome, candidates */
    public static InsightTable outcomes(List<String> populations, List<List<Object[]>> rows) {
        List<Map<String, Long>> counts = rows.stream().map(InsightTables::byOutcome).toList();
        List<InsightTable.Row> out = new ArrayList<>();
        OUTCOMES.forEach((key, label) -> out.add(new InsightTable.Row(key, label, counts.stream()
                .map(c -> SmallCellPolicy.figure(c.getOrDefault(key, 0L), total(c))).toList(), null)));
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < populations.size(); i++) {
            Figure f = out.getFirst().cells().get(i);
            summary.append(populations.get(i)).append(" : ").append(f.suppressed() ? "moins de 10 candidats"
                    : f.display() + " de titres obtenus sur " + f.candidates() + " candidats").append(". ");
        }
        return new InsightTable("outcomes", "Résultats des candidats", summary.toString().strip(), "Résultat",
                populations, out);
    }

    /** @param rows per population: quarter start, outcome, candidates */
    public static InsightTable trend(List<String> populations, List<List<Object[]>> rows, Quarter from, Quarter to) {
        List<String> columns = new ArrayList<>();
        populations.forEach(p -> {
            columns.add(p + " — titre obtenu");
            columns.add(p + " — réussite partielle");
        });
        List<InsightTable.Row> out = new ArrayList<>();
        for (Quarter quarter = from; quarter.compareTo(to) <= 0; quarter = quarter.next()) {
            Quarter q = quarter;
            List<Figure> cells = new ArrayList<>();
            for (List<Object[]> population : rows) {
                Map<String, Long> c = byOutcome(population.stream()
                        .filter(r -> toDate(r[0]).equals(q.start())).map(r -> new Object[]{r[1], r[2]}).toList());
                cells.add(SmallCellPolicy.figure(c.getOrDefault("FULL_SUCCESS", 0L), total(c)));
                cells.add(SmallCellPolicy.figure(c.getOrDefault("PARTIAL_SUCCESS", 0L), total(c)));
            }
            out.add(new InsightTable.Row(q.toString(), q.toString(), cells, null));
        }
        return new InsightTable("trend", "Évolution par trimestre de validation", "Taux de titres obtenus et de "
                + "réussites partielles par trimestre de validation du PV, de " + from + " à " + to + ".",
                "Trimestre", columns, out);
    }

    /** @param rows per population: key, label, assessed, acquired */
    public static InsightTable acquired(String id, String caption, String heading, List<String> populations,
                                        List<List<Object[]>> rows, boolean drill) {
        Map<String, String> labels = labels(rows, r -> (String) r[1]);
        List<InsightTable.Row> out = new ArrayList<>();
        labels.forEach((key, label) -> out.add(new InsightTable.Row(key, label, rows.stream().map(p -> p.stream()
                .filter(r -> key.equals(r[0])).findFirst().map(r -> SmallCellPolicy.figure(num(r[3]), num(r[2])))
                .orElseGet(() -> SmallCellPolicy.figure(0, 0))).toList(), drill ? key : null)));
        return new InsightTable(id, caption, lowest(out, 0, populations.getFirst(), "le taux d'acquisition le plus "
                + "faible"), heading, populations, out);
    }

    /** @param rows per population: key, competency, label, assessed, not met, not observed, divergent */
    public static InsightTable criteria(List<String> populations, List<List<Object[]>> rows) {
        List<String> columns = new ArrayList<>();
        populations.forEach(p -> {
            columns.add(p + " — non atteint");
            columns.add(p + " — non observé");
            columns.add(p + " — verdicts divergents");
        });
        Map<String, String> labels = labels(rows, r -> r[0] + " " + r[2]);
        List<InsightTable.Row> out = new ArrayList<>();
        labels.forEach((key, label) -> {
            List<Figure> cells = new ArrayList<>();
            for (List<Object[]> p : rows) {
                Object[] r = p.stream().filter(x -> key.equals(x[0])).findFirst().orElse(null);
                long assessed = r == null ? 0 : num(r[3]);
                cells.add(SmallCellPolicy.figure(r == null ? 0 : num(r[4]), assessed));
                cells.add(SmallCellPolicy.figure(r == null ? 0 : num(r[5]), assessed));
                cells.add(SmallCellPolicy.figure(r == null ? 0 : num(r[6]), assessed));
            }
            out.add(new InsightTable.Row(key, label, cells, null));
        });
        String summary = highest(out, 0, populations.getFirst(), "le critère le plus souvent « non atteint »");
        return new InsightTable("criteria", "Critères de performance : non atteint, non observé, divergences",
                summary, "Critère", columns, out);
    }

    /**
     * @param rows       session id, label, jury, present, criterion lines, divergent lines (one page of them)
     * @param anonymised a centre sees « Jury 1 », « Jury 2 »… and no juror's name
     * @param first      how many juries the earlier pages listed (a centre's numbering goes on from page to page)
     * @param next       where the next page starts, null on the last page
     */
    public static InsightTable juries(List<Object[]> rows, boolean anonymised, int first, String next) {
        List<InsightTable.Row> out = new ArrayList<>();
        int n = first;
        for (Object[] r : rows) {
            n++;
            String label = anonymised ? "Jury " + n : r[1] + " (" + r[2] + ")";
            out.add(new InsightTable.Row(anonymised ? String.valueOf(n) : String.valueOf(r[0]), label,
                    List.of(SmallCellPolicy.figure(num(r[5]), num(r[4]), num(r[3]))), null));
        }
        return new InsightTable("juries", "Accord des jurés par jury (session ; les plus récentes d'abord)",
                out.isEmpty() ? "Aucune session validée sur la période." : highest(out, 0, "Jurys",
                "la part de critères aux verdicts divergents la plus élevée"), "Jury",
                List.of("Critères aux verdicts divergents"), out, next);
    }

    private static String lowest(List<InsightTable.Row> rows, int column, String population, String what) {
        return extreme(rows, column, population, what, -1);
    }

    private static String highest(List<InsightTable.Row> rows, int column, String population, String what) {
        return extreme(rows, column, population, what, 1);
    }

    private static String extreme(List<InsightTable.Row> rows, int column, String population, String what, int sign) {
        InsightTable.Row best = null;
        for (InsightTable.Row r : rows) {
            Figure f = r.cells().get(column);
            if (!f.suppressed() && (best == null || sign * Double.compare(f.rate(), best.cells().get(column).rate()) > 0)) {
                best = r;
            }
        }
        if (best == null) {
            return population + " : aucun chiffre de 10 candidats ou plus sur la période.";
        }
        Figure f = best.cells().get(column);
        return population + " : " + what + " est « " + best.label() + " » (" + f.display() + ", " + f.candidates()
                + " candidats).";
    }

    private static Map<String, String> labels(List<List<Object[]>> rows, Function<Object[], String> label) {
        // the widest population (national, last) gives the order: it has every row the others have
        Map<String, String> labels = new LinkedHashMap<>();
        rows.reversed().forEach(p -> p.forEach(r -> labels.putIfAbsent((String) r[0], label.apply(r))));
        return labels;
    }

    private static Map<String, Long> byOutcome(List<Object[]> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String key = "EXCUSED".equals(r[0]) ? "ABSENT" : (String) r[0];
            counts.merge(key, num(r[1]), Long::sum);
        }
        return counts;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
