package fr.titrepro.candidate.web;

import fr.titrepro.candidate.CandidateText;
import fr.titrepro.shared.web.Forms;
import fr.titrepro.shared.web.PostedAddress;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/**
 * Issue 17: the candidate create/update form of {@code CandidatePages} as posted, one field per input of
 * {@code CandidatePages/form.html} (named as the API's fields), read once here into the {@code CandidateData} the
 * API takes too ({@link CandidateText#parse}); kept as typed to show the form again with its refusals.
 */
public class PostedCandidate {

    @RestForm
    public String birthName;
    @RestForm
    public String usageName;
    @RestForm
    public String firstNames;
    @RestForm
    public String sex;
    @RestForm
    public String birthDate;
    @RestForm
    public String birthCommune;
    @RestForm
    public String birthDepartment;
    @RestForm
    public String birthCountry;
    @RestForm
    public String nationality;
    @RestForm
    public String email;
    @RestForm
    public String phone;
    @BeanParam
    public PostedAddress address = new PostedAddress();
    @RestForm
    public String country;
    @RestForm
    public String pathway;
    @RestForm
    public String trainingTitleCode;
    @RestForm
    public String trainedCcpNumbers;
    @RestForm
    public String trainingStart;
    @RestForm
    public String trainingEnd;
    @RestForm
    public String vaeDecisionReference;
    @RestForm
    public String vaeDecisionDate;
    @RestForm
    public String extraTimePercent;
    @RestForm
    public String assistance;
    @RestForm
    public String adaptedEquipment;
    @RestForm
    public String accommodationNotes;
    /** Admin only: the centre that follows the new candidate (the page's select), and the candidate's login. */
    @RestForm
    public String centreId;
    @RestForm
    public String username;
    /** « true » from the duplicate notice's button: ask to follow the person already registered. */
    @RestForm
    public String link;
    /** The version the update form was read at (optimistic lock). */
    @RestForm
    public String version;

    /** The values as typed, by input name (the template reads {@code form.get('city')}); absent ones left out. */
    Map<String, String> values() {
        return address.addTo(Forms.typed("birthName", birthName, "usageName", usageName, "firstNames", firstNames,
                "sex", sex, "birthDate", birthDate, "birthCommune", birthCommune, "birthDepartment", birthDepartment,
                "birthCountry", birthCountry, "nationality", nationality, "email", email, "phone", phone,
                "country", country,
                "pathway", pathway, "trainingTitleCode", trainingTitleCode, "trainedCcpNumbers", trainedCcpNumbers,
                "trainingStart", trainingStart, "trainingEnd", trainingEnd,
                "vaeDecisionReference", vaeDecisionReference, "vaeDecisionDate", vaeDecisionDate,
                "extraTimePercent", extraTimePercent, "assistance", assistance, "adaptedEquipment", adaptedEquipment,
                "accommodationNotes", accommodationNotes, "centreId", centreId, "username", username, "link", link,
                "version", version));
    }

    /** The command the service and the API take, with the fields that could not be read. */
    CandidateText.Parsed parsed() {
        return CandidateText.parse(values()::get);
    }

    /** The centre chosen in the page's select; anything else counts as none. */
    Long centre() {
        return number(centreId);
    }

    boolean linkRequested() {
        return "true".equals(link);
    }

    /** The version of the update form; a value the page did not write counts as absent. */
    Integer readVersion() {
        Long read = number(version);
        return read == null ? null : read.intValue();
    }

    private static Long number(String s) {
        return s != null && s.strip().matches("\\d{1,18}") ? Long.valueOf(s.strip()) : null;
    }
}
