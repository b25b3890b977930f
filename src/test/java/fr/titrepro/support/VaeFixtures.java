package fr.titrepro.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bodies of VAE applications (POST /api/vae/applications, /api/vae/eligibility-checks) for TRI (TP-00496).
 * Names are unique per call: the database is shared by every test class of a run.
 */
public final class VaeFixtures {

    private VaeFixtures() {
    }

    /** A unique birth name ("VAE-3F2A9C"), so that identities never collide between tests. */
    public static String uniqueName() {
        return "VAE" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, Object> person(String birthName) {
        Map<String, Object> p = new HashMap<>();
        p.put("birthName", birthName);
        p.put("firstNames", "Camille, Marie");
        p.put("sex", "F");
        p.put("birthDate", "1990-05-14");
        p.put("birthCommune", "Nantes");
        p.put("birthDepartment", "44");
        p.put("email", "camille@example.org");
        return p;
    }

    public static Map<String, Object> experience(String organisation, String start, String end, Number hoursPerWeek,
                                                 Number totalHours, Integer... competencies) {
        Map<String, Object> x = new HashMap<>();
        x.put("organisation", organisation);
        x.put("role", "Technicienne réseaux");
        x.put("kind", "EMPLOYMENT");
        x.put("startDate", start);
        x.put("endDate", end);
        x.put("hoursPerWeek", hoursPerWeek);
        x.put("totalHours", totalHours);
        x.put("activities", "Câblage, configuration des commutateurs, téléphonie IP");
        x.put("competencies", List.of(competencies));
        return x;
    }

    /** An application (or check body when {@code birthName} is null) for the whole TRI title. */
    public static Map<String, Object> application(String birthName, String applicationDate,
                                                  List<Map<String, Object>> experiences) {
        Map<String, Object> body = new HashMap<>();
        if (birthName != null) {
            body.put("person", person(birthName));
        }
        body.put("titleCode", "TP-00496");
        body.put("applicationDate", applicationDate);
        body.put("experiences", new ArrayList<>(experiences));
        body.put("previousApplications", new ArrayList<>());
        return body;
    }

    /**
     * An application eligible under the rules in force today (2024 reform: no minimum duration), dated a week ago:
     * three years of network work evidencing competencies 1-3 and 5 (4, 6, 7, 8 uncovered).
     */
    public static Map<String, Object> eligibleTri(String birthName) {
        return application(birthName, LocalDate.now().minusDays(7).toString(), List.of(
                experience("Réseaux Ouest", "2021-01-04", "2023-12-29", 35, null, 1, 2, 3),
                experience("Mairie de Nantes", "2024-02-01", "2024-06-28", null, 600, 5)));
    }
}
