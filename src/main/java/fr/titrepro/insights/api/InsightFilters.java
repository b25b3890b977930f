package fr.titrepro.insights.api;

import fr.titrepro.insights.InsightQuery;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.time.ZoneId;

/** The dashboard's query parameters, as typed; {@link #query()} parses them (400 naming the bad field). */
public class InsightFilters {

    @QueryParam("title")
    public String title;
    @QueryParam("version")
    public String version;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("centreId")
    public String centreId;
    @QueryParam("region")
    public String region;
    @QueryParam("ccp")
    public String ccp;
    @QueryParam("competency")
    public String competency;

    public InsightQuery query() {
        return InsightQuery.parse(title, version, from, to, centreId, region, ccp, competency,
                LocalDate.now(ZoneId.of("Europe/Paris")));
    }
}
