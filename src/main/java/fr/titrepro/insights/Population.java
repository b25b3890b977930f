package fr.titrepro.insights;

/** One population compared on the dashboard: « Mon centre », a region, the nation. */
public record Population(String label, InsightScope scope) {
}
