package fr.titrepro.insights;

import fr.titrepro.document.Region;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the dashboard, parsed once at the edge (API and page): title code and version (latest with figures
 * when absent), quarters {@code from}–{@code to} (the last four quarters when absent), a centre (administration
 * only), a region, and the CCP and competency drilled into. A bad filter is refused naming its field.
 */
public record InsightQuery(String title, String version, Quarter from, Quarter to, Long centreId, String region,
                           String ccp, String competency) {

    /** At most 5 years of quarters in one request. */
    static final int MAX_QUARTERS = 20;

    public static InsightQuery parse(String title, String version, String from, String to, String centreId,
                                     String region, String ccp, String competency, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Quarter current = Quarter.of(today);
        Quarter end = blank(to) ? current : Quarter.parse(to).orElse(null);
        if (end == null) {
            errors.add(new FieldError("to", "Trimestre invalide : écrivez-le 2026-T1."));
        }
        Quarter start = blank(from) ? (end == null ? current : back(end, 3)) : Quarter.parse(from).orElse(null);
        if (start == null) {
            errors.add(new FieldError("from", "Trimestre invalide : écrivez-le 2026-T1."));
        }
        if (start != null && end != null) {
            if (start.compareTo(end) > 0) {
                errors.add(new FieldError("from", "Le premier trimestre doit précéder le dernier."));
            } else if (span(start, end) > MAX_QUARTERS) {
                errors.add(new FieldError("from", "La période couvre au plus " + MAX_QUARTERS + " trimestres."));
            }
        }
        Long centre = null;
        if (!blank(centreId)) {
            try {
                centre = Long.parseLong(centreId.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("centreId", "Identifiant de centre invalide."));
            }
        }
        String regionCode = blank(region) ? null : region.strip().toUpperCase();
        if (regionCode != null && java.util.Arrays.stream(Region.values()).noneMatch(r -> r.name().equals(regionCode))) {
            errors.add(new FieldError("region", "Région inconnue : utilisez son code (ARA, IDF, PDL…)."));
        }
        if (!blank(competency) && blank(ccp)) {
            errors.add(new FieldError("competency", "Choisissez d'abord le CCP de la compétence."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Filtres du tableau de bord invalides.", errors);
        }
        return new InsightQuery(blank(title) ? null : title.strip(), blank(version) ? null : version.strip(), start,
                end, centre, regionCode, blank(ccp) ? null : ccp.strip(), blank(competency) ? null : competency.strip());
    }

    /** The same filters for another centre (the one the administration's search field named), or none. */
    public InsightQuery withCentreId(Long centre) {
        return new InsightQuery(title, version, from, to, centre, region, ccp, competency);
    }

    static Quarter back(Quarter q, int quarters) {
        Quarter r = q;
        for (int i = 0; i < quarters; i++) {
            r = r.number() == 1 ? new Quarter(r.year() - 1, 4) : new Quarter(r.year(), r.number() - 1);
        }
        return r;
    }

    static int span(Quarter a, Quarter b) {
        return (b.year() - a.year()) * 4 + b.number() - a.number() + 1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
