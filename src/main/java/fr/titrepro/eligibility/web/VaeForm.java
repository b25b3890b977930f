package fr.titrepro.eligibility.web;

import fr.titrepro.eligibility.VaeExperience;
import fr.titrepro.eligibility.rules.VaeCase;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.web.FormErrors;
import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The application form exactly as typed (strings), so that nothing is lost when it comes back with errors. Field
 * names are the API's paths (person.birthName, experiences[0].endDate…), and so are the error keys. Read from the
 * posted form and from a saved draft by {@link VaeFormReader}, turned into the typed draft by {@link VaeFormDraft}.
 */
@TemplateData
public class VaeForm {

    /** Refusals that name no field of the form: shown at the top only. */
    private static final List<String> NOT_SHOWN = List.of("", "experiences", "previousApplications", "titleVersion",
            "person");

    public String birthName = "";
    public String usageName = "";
    public String firstNames = "";
    public String sex = "";
    public String birthDate = "";
    public String birthCommune = "";
    public String birthDepartment = "";
    public String birthCountry = "";
    public String nationality = "";
    public String email = "";
    public String phone = "";
    public String titleCode = "";
    public String titleVersion = "";
    public String applicationDate = "";
    public Set<String> ccpNumbers = new LinkedHashSet<>();
    public List<ExperienceRow> experiences = new ArrayList<>();
    public List<PreviousRow> previous = new ArrayList<>();
    public FormErrors errors = FormErrors.none();

    @TemplateData
    public class ExperienceRow {
        public int index;
        /** Index the row had in the posted form (the "remove" buttons name it). */
        public int posted;
        /** The hidden model row that the page's script copies when "add an experience" is clicked. */
        public boolean template;
        public String organisation = "";
        public String role = "";
        public String kind = "";
        public String startDate = "";
        public String endDate = "";
        public boolean ongoing;
        public String hoursPerWeek = "";
        public String totalHours = "";
        public String activities = "";
        public Set<Integer> competencies = new LinkedHashSet<>();

        /** Index used in the field names: "__i__" in the model row, replaced by the script. */
        public String idx() {
            return template ? "__i__" : String.valueOf(index);
        }

        /** The id of a field of this row ({@code experiences-2-organisation}), as the error summary links it. */
        public String id(String field) {
            return "experiences-" + idx() + "-" + field;
        }

        /** The posted name of a field of this row ({@code experiences[2].organisation}). */
        public String name(String field) {
            return "experiences[" + idx() + "]." + field;
        }

        /** The first competency's box is the group's anchor ({@code experiences-2-competencies}). */
        public String competencyId(Integer number, int ccpIndex, int index) {
            return ccpIndex == 0 && index == 0 ? id("competencies") : id("competencies-" + number);
        }

        public boolean linked(Integer number) {
            return competencies.contains(number);
        }

        public String error(String field) {
            return errors.field("experiences[" + index + "]." + field);
        }

        public boolean isKind(String name) {
            return kind.equals(name);
        }

        public int number() {
            return index + 1;
        }

        boolean blank() {
            return organisation.isBlank() && role.isBlank() && startDate.isBlank() && endDate.isBlank()
                    && hoursPerWeek.isBlank() && totalHours.isBlank() && activities.isBlank() && competencies.isEmpty()
                    && !ongoing;
        }
    }

    @TemplateData
    public class PreviousRow {
        public int index;
        public int posted;
        public boolean template;

        public String idx() {
            return template ? "__i__" : String.valueOf(index);
        }

        public String certificationCode = "";
        public String certificationName = "";
        public String date = "";
        public boolean ccpOnly;

        public String error(String field) {
            return errors.field("previousApplications[" + index + "]." + field);
        }

        public String id(String field) {
            return "previousApplications-" + idx() + "-" + field;
        }

        public String name(String field) {
            return "previousApplications[" + idx() + "]." + field;
        }

        boolean blank() {
            return certificationCode.isBlank() && certificationName.isBlank() && date.isBlank();
        }
    }

    public static VaeForm blank(String titleCode, LocalDate today) {
        VaeForm f = new VaeForm();
        f.titleCode = titleCode == null ? "" : titleCode;
        f.applicationDate = today.toString();
        f.addExperience();
        return f;
    }

    public ExperienceRow addExperience() {
        ExperienceRow r = new ExperienceRow();
        r.index = experiences.size();
        r.posted = r.index;
        experiences.add(r);
        return r;
    }

    public PreviousRow addPrevious() {
        PreviousRow r = new PreviousRow();
        r.index = previous.size();
        r.posted = r.index;
        previous.add(r);
        return r;
    }

    /** Removes the row that had index {@code posted} in the posted form. */
    public void removeExperience(int posted) {
        if (experiences.removeIf(r -> r.posted == posted)) {
            for (int i = 0; i < experiences.size(); i++) {
                experiences.get(i).index = i;
                experiences.get(i).posted = i;
            }
        }
    }

    public void removePrevious(int posted) {
        if (previous.removeIf(r -> r.posted == posted)) {
            for (int i = 0; i < previous.size(); i++) {
                previous.get(i).index = i;
                previous.get(i).posted = i;
            }
        }
    }

    /** The experience rows followed by the hidden model row for the script. */
    public List<ExperienceRow> experienceRows() {
        ExperienceRow model = new ExperienceRow();
        model.index = -1;
        model.posted = -1;
        model.template = true;
        List<ExperienceRow> all = new ArrayList<>(experiences);
        all.add(model);
        return all;
    }

    public List<PreviousRow> previousRows() {
        PreviousRow model = new PreviousRow();
        model.index = -1;
        model.posted = -1;
        model.template = true;
        List<PreviousRow> all = new ArrayList<>(previous);
        all.add(model);
        return all;
    }

    /** After a re-render rows are numbered 0..n-1: renumber so that "remove" names the shown index. */
    public void settle() {
        for (int i = 0; i < experiences.size(); i++) {
            experiences.get(i).posted = i;
        }
        for (int i = 0; i < previous.size(); i++) {
            previous.get(i).posted = i;
        }
    }

    /** The experiences as the coverage needs them (links only; dates may still be wrong). */
    public List<VaeCase.Experience> links() {
        return experiences.stream().map(r -> new VaeCase.Experience(r.number(),
                VaeExperience.label(r.organisation, r.role), null, null, null, false, null, null,
                Set.copyOf(r.competencies))).toList();
    }

    public void errors(List<FieldError> list) {
        errors = FormErrors.of(FormErrors.PAGE, "La demande n'est pas enregistrée.", list);
    }

    public String error(String field) {
        return errors.field(field);
    }

    /** The first CCP's box is the group's anchor ({@code ccpNumbers}). */
    public String ccpId(Integer number, int index) {
        return index == 0 ? "ccpNumbers" : "ccpNumbers-" + number;
    }

    public boolean ccpChecked(Integer number) {
        return ccpNumbers.contains(String.valueOf(number));
    }

    public boolean isSex(String value) {
        return sex.equals(value);
    }

    /** Errors of fields the form does not show next to an input (shown at the top). */
    public List<String> otherErrors() {
        return NOT_SHOWN.stream().filter(errors::has).map(errors::field).toList();
    }
}
