package fr.titrepro.candidate.web;

import fr.titrepro.candidate.Candidate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A candidate form's values as text, keyed by the API's field names (what the page shows and sends back). */
final class CandidateForm {

    private CandidateForm() {
    }

    static Map<String, String> of(Candidate c) {
        Map<String, String> f = new HashMap<>();
        f.put("birthName", c.identity.birthName);
        f.put("usageName", c.identity.usageName);
        f.put("firstNames", c.identity.firstNames);
        f.put("sex", c.identity.sex == null ? null : c.identity.sex.name());
        f.put("birthDate", iso(c.identity.birthDate));
        f.put("birthCommune", c.identity.birthCommune);
        f.put("birthDepartment", c.identity.birthDepartment);
        f.put("birthCountry", c.identity.birthCountry);
        f.put("nationality", c.identity.nationality);
        f.put("email", c.email);
        f.put("phone", c.phone);
        f.put("addressLine", c.addressLine);
        f.put("postalCode", c.postalCode);
        f.put("city", c.city);
        f.put("country", c.country);
        f.put("pathway", c.pathway == null ? null : c.pathway.name());
        f.put("trainingTitleCode", c.trainingTitleCode);
        f.put("trainingStart", iso(c.trainingStart));
        f.put("trainingEnd", iso(c.trainingEnd));
        f.put("trainedCcpNumbers", c.trainedCcpNumbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        f.put("vaeDecisionReference", c.vaeDecisionReference);
        f.put("vaeDecisionDate", iso(c.vaeDecisionDate));
        f.put("extraTimePercent", c.extraTimePercent == null ? null : String.valueOf(c.extraTimePercent));
        f.put("assistance", c.assistance);
        f.put("adaptedEquipment", c.adaptedEquipment);
        f.put("accommodationNotes", c.accommodationNotes);
        f.put("username", c.username);
        f.put("version", String.valueOf(c.version));
        f.values().removeIf(v -> v == null);
        return f;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
