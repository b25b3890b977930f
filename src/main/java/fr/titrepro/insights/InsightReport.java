package fr.titrepro.insights;

import java.util.List;

/** The tables of one view of the dashboard for a title version, a period and the populations compared. */
public record InsightReport(String titleCode, String version, String titleLabel, String from, String to,
                            List<String> populations, List<InsightTable> tables) {
}
