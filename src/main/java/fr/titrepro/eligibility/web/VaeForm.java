package fr.titrepro.eligibility.web;

import fr.titrepro.candidate.Sex;
import fr.titrepro.eligibility.ExperienceKind;
import fr.titrepro.eligibility.VaeApplicationDraft;
import fr.titrepro.eligibility.VaeCase;
import fr.titrepro.eligibility.VaeExperience;
import fr.titrepro.shared.error.FieldError;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application form exactly as typed (strings), so that nothing is lost when it comes back with errors. Field
 * names are the API's paths (person.birthName, experiences[0].endDate…), and so are the error keys.
 */
@TemplateData
public class VaeForm {

    private static final Pattern ROW = Pattern.compile("(experiences|previousApplications)\\[(\\d{1,4})]\\.(\\w+)");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    public Map<String, String> errors = new LinkedHashMap<>();

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

        public boolean linked(Integer number) {
            return competencies.contains(number);
        }

        public String error(String field) {
            return errors.get("experiences[" + index + "]." + field);
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
            return errors.get("previousApplications[" + index + "]." + field);
        }

        boolean blank() {
            return certificationCode.isBlank() && certificationName.isBlank() && date.isBlank();
        }
    }

    /** A draft and the values that could not even be read (a date like 31/02/2024). */
    public record Parsed(VaeApplicationDraft draft, List<FieldError> errors) {
    }

    public static VaeForm blank(String titleCode, LocalDate today) {
        VaeForm f = new VaeForm();
        f.titleCode = titleCode == null ? "" : titleCode;
        f.applicationDate = today.toString();
        f.addExperience();
        return f;
    }

    public static VaeForm of(VaeApplicationDraft d) {
        VaeForm f = new VaeForm();
        VaeApplicationDraft.Person p = d.person();
        f.birthName = s(p.birthName());
        f.usageName = s(p.usageName());
        f.firstNames = s(p.firstNames());
        f.sex = p.sex() == null ? "" : p.sex().name();
        f.birthDate = s(p.birthDate());
        f.birthCommune = s(p.birthCommune());
        f.birthDepartment = s(p.birthDepartment());
        f.birthCountry = s(p.birthCountry());
        f.nationality = s(p.nationality());
        f.email = s(p.email());
        f.phone = s(p.phone());
        f.titleCode = s(d.titleCode());
        f.titleVersion = s(d.titleVersion());
        f.applicationDate = s(d.applicationDate());
        d.ccpNumbers().forEach(n -> f.ccpNumbers.add(String.valueOf(n)));
        for (VaeApplicationDraft.Experience x : d.experiences()) {
            ExperienceRow r = f.addExperience();
            r.organisation = s(x.organisation());
            r.role = s(x.role());
            r.kind = x.kind() == null ? "" : x.kind().name();
            r.startDate = s(x.startDate());
            r.endDate = s(x.endDate());
            r.ongoing = x.isOngoing();
            r.hoursPerWeek = x.hoursPerWeek() == null ? "" : x.hoursPerWeek().stripTrailingZeros().toPlainString();
            r.totalHours = x.totalHours() == null ? "" : x.totalHours().stripTrailingZeros().toPlainString();
            r.activities = s(x.activities());
            r.competencies.addAll(x.competencies());
        }
        for (VaeApplicationDraft.PreviousApplication x : d.previousApplications()) {
            PreviousRow r = f.addPrevious();
            r.certificationCode = s(x.certificationCode());
            r.certificationName = s(x.certificationName());
            r.date = s(x.date());
            r.ccpOnly = Boolean.TRUE.equals(x.ccpOnly());
        }
        if (f.experiences.isEmpty()) {
            f.addExperience();
        }
        return f;
    }

    /** Reads the posted form; blank rows (the spare one) are dropped and the rows renumbered from 0. */
    public static VaeForm parse(MultivaluedMap<String, String> in) {
        VaeForm f = new VaeForm();
        f.birthName = first(in, "person.birthName");
        f.usageName = first(in, "person.usageName");
        f.firstNames = first(in, "person.firstNames");
        f.sex = first(in, "person.sex");
        f.birthDate = first(in, "person.birthDate");
        f.birthCommune = first(in, "person.birthCommune");
        f.birthDepartment = first(in, "person.birthDepartment");
        f.birthCountry = first(in, "person.birthCountry");
        f.nationality = first(in, "person.nationality");
        f.email = first(in, "person.email");
        f.phone = first(in, "person.phone");
        f.titleCode = first(in, "titleCode");
        f.titleVersion = first(in, "titleVersion");
        f.applicationDate = first(in, "applicationDate");
        List<String> ccps = in.get("ccpNumbers");
        if (ccps != null) {
            ccps.stream().filter(v -> !v.isBlank()).forEach(f.ccpNumbers::add);
        }
        Map<Integer, ExperienceRow> rows = new TreeMap<>();
        Map<Integer, PreviousRow> previous = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : in.entrySet()) {
            Matcher m = ROW.matcher(e.getKey());
            if (!m.matches() || e.getValue().isEmpty()) {
                continue;
            }
            int i = Integer.parseInt(m.group(2));
            String value = e.getValue().getFirst() == null ? "" : e.getValue().getFirst().strip();
            if (m.group(1).equals("experiences")) {
                ExperienceRow r = rows.computeIfAbsent(i, k -> f.new ExperienceRow());
                r.posted = i;
                switch (m.group(3)) {
                    case "organisation" -> r.organisation = value;
                    case "role" -> r.role = value;
                    case "kind" -> r.kind = value;
                    case "startDate" -> r.startDate = value;
                    case "endDate" -> r.endDate = value;
                    case "ongoing" -> r.ongoing = e.getValue().contains("true");
                    case "hoursPerWeek" -> r.hoursPerWeek = value;
                    case "totalHours" -> r.totalHours = value;
                    case "activities" -> r.activities = value;
                    case "competencies" -> e.getValue().forEach(v -> {
                        try {
                            r.competencies.add(Integer.parseInt(v.strip()));
                        } catch (NumberFormatException ignored) {
                            // only numbers are offered
                        }
                    });
                    default -> { }
                }
            } else {
                PreviousRow r = previous.computeIfAbsent(i, k -> f.new PreviousRow());
                r.posted = i;
                switch (m.group(3)) {
                    case "certificationCode" -> r.certificationCode = value;
                    case "certificationName" -> r.certificationName = value;
                    case "date" -> r.date = value;
                    case "ccpOnly" -> r.ccpOnly = e.getValue().contains("true");
                    default -> { }
                }
            }
        }
        rows.values().stream().filter(r -> !r.blank()).forEach(r -> {
            r.index = f.experiences.size();
            f.experiences.add(r);
        });
        previous.values().stream().filter(r -> !r.blank()).forEach(r -> {
            r.index = f.previous.size();
            f.previous.add(r);
        });
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

    public Parsed toDraft() {
        List<FieldError> bad = new ArrayList<>();
        VaeApplicationDraft.Person person = new VaeApplicationDraft.Person(n(birthName), n(usageName), n(firstNames),
                sex(bad), date("person.birthDate", birthDate, bad), n(birthCommune), n(birthDepartment),
                n(birthCountry), n(nationality), n(email), n(phone));
        List<Integer> ccps = new ArrayList<>();
        for (String c : ccpNumbers) {
            try {
                ccps.add(Integer.parseInt(c));
            } catch (NumberFormatException e) {
                bad.add(new FieldError("ccpNumbers", "CCP illisible."));
            }
        }
        List<VaeApplicationDraft.Experience> xs = new ArrayList<>();
        for (ExperienceRow r : experiences) {
            String p = "experiences[" + r.index + "].";
            ExperienceKind kind = null;
            if (!r.kind.isBlank()) {
                try {
                    kind = ExperienceKind.valueOf(r.kind);
                } catch (IllegalArgumentException e) {
                    bad.add(new FieldError(p + "kind", "Type d'activité inconnu."));
                }
            }
            xs.add(new VaeApplicationDraft.Experience(n(r.organisation), n(r.role), kind,
                    date(p + "startDate", r.startDate, bad), date(p + "endDate", r.endDate, bad), r.ongoing,
                    number(p + "hoursPerWeek", r.hoursPerWeek, bad), number(p + "totalHours", r.totalHours, bad),
                    n(r.activities), List.copyOf(r.competencies)));
        }
        List<VaeApplicationDraft.PreviousApplication> ps = new ArrayList<>();
        for (PreviousRow r : previous) {
            String p = "previousApplications[" + r.index + "].";
            ps.add(new VaeApplicationDraft.PreviousApplication(n(r.certificationCode), n(r.certificationName),
                    date(p + "date", r.date, bad), r.ccpOnly));
        }
        VaeApplicationDraft draft = new VaeApplicationDraft(person, n(titleCode), n(titleVersion), ccps,
                date("applicationDate", applicationDate, bad), xs, ps);
        return new Parsed(draft, bad);
    }

    /** The experiences as the coverage needs them (links only; dates may still be wrong). */
    public List<VaeCase.Experience> links() {
        return experiences.stream().map(r -> new VaeCase.Experience(r.number(),
                VaeExperience.label(r.organisation, r.role), null, null, null, false, null, null,
                Set.copyOf(r.competencies))).toList();
    }

    public void errors(List<FieldError> list) {
        list.forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a.equals(b) ? a : a + " " + b));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean ccpChecked(Integer number) {
        return ccpNumbers.contains(String.valueOf(number));
    }

    public boolean isSex(String value) {
        return sex.equals(value);
    }

    /** Errors of fields the form does not show next to an input (shown at the top). */
    public List<String> otherErrors() {
        return errors.entrySet().stream()
                .filter(e -> e.getKey().isEmpty() || e.getKey().equals("experiences") || e.getKey().equals("previousApplications")
                        || e.getKey().equals("titleVersion") || e.getKey().equals("person"))
                .map(Map.Entry::getValue).toList();
    }

    private Sex sex(List<FieldError> bad) {
        if (sex.isBlank()) {
            return null;
        }
        try {
            return Sex.valueOf(sex);
        } catch (IllegalArgumentException e) {
            bad.add(new FieldError("person.sex", "Civilité inconnue."));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> bad) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.strip(), FRENCH_DAY) : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            bad.add(new FieldError(field, "Date invalide (jj/mm/aaaa)."));
            return null;
        }
    }

    private static BigDecimal number(String field, String value, List<FieldError> bad) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            bad.add(new FieldError(field, "Nombre invalide."));
            return null;
        }
    }

    private static String first(MultivaluedMap<String, String> in, String key) {
        String v = in.getFirst(key);
        return v == null ? "" : v.strip();
    }

    private static String n(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
