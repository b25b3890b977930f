package fr.titrepro.insights.api;

import fr.titrepro.insights.InsightQuery;
import fr.titrepro.shared.text.FrenchDates;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;

/**
 * The dashboard's query parameters as sent (a {@code @BeanParam} record, for the API and the page). Each request
 * parses them once with {@link #query()} into the typed {@link InsightQuery} it hands on; a bad filter is a 400
 * naming every bad field with a French message.
 */
public record InsightFilters(@QueryParam("title") String title, @QueryParam("version") String version,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("centreId") String centreId, @QueryParam("region") String region,
                             @QueryParam("ccp") String ccp, @QueryParam("competency") String competency) {

    public InsightQuery query() {
        return InsightQuery.parse(title, version, from, to, centreId, region, ccp, competency,
                FrenchDates.today());
    }
}
