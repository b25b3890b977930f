package fr.titrepro.insights;

import java.util.List;

/**
 * One table of the dashboard — the data of a chart, its accessible table and its CSV export: a caption, a text
 * summary, the column headings and one row per item (outcome, quarter, CCP, competency, criterion, jury).
 *
 * @param next  a paged table (the juries): where its next page starts ({@code after}), null on its last page and for
 *              the tables shown whole
 */
public record InsightTable(String id, String caption, String summary, String rowHeading, List<String> columns,
                           List<Row> rows, String next) {

    public InsightTable(String id, String caption, String summary, String rowHeading, List<String> columns,
                        List<Row> rows) {
        this(id, caption, summary, rowHeading, columns, rows, null);
    }

    /** @param drill the key the row's link drills into (CCP → competency → criterion), null when none */
    public record Row(String key, String label, List<Figure> cells, String drill) {
    }
}
