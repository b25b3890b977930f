package fr.titrepro.eligibility.web;

import fr.titrepro.eligibility.VaeApplicationDraft;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the VAE form, as typed, from the posted fields (the API's paths: {@code person.birthName},
 * {@code experiences[0].endDate}…) or from a saved draft.
 */
final class VaeFormReader {

    private static final Pattern ROW = Pattern.compile("(experiences|previousApplications)\\[(\\d{1,4})]\\.(\\w+)");

    private VaeFormReader() {
    }

    static VaeForm of(VaeApplicationDraft d) {
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
            VaeForm.ExperienceRow r = f.addExperience();
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
            VaeForm.PreviousRow r = f.addPrevious();
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
    static VaeForm parse(MultivaluedMap<String, String> in) {
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
        rows(f, in);
        return f;
    }

    private static void rows(VaeForm f, MultivaluedMap<String, String> in) {
        Map<Integer, VaeForm.ExperienceRow> rows = new TreeMap<>();
        Map<Integer, VaeForm.PreviousRow> previous = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : in.entrySet()) {
            Matcher m = ROW.matcher(e.getKey());
            if (!m.matches() || e.getValue().isEmpty()) {
                continue;
            }
            int i = Integer.parseInt(m.group(2));
            if (m.group(1).equals("experiences")) {
                VaeForm.ExperienceRow r = rows.computeIfAbsent(i, k -> f.new ExperienceRow());
                r.posted = i;
                experience(r, m.group(3), e.getValue());
            } else {
                VaeForm.PreviousRow r = previous.computeIfAbsent(i, k -> f.new PreviousRow());
                r.posted = i;
                previous(r, m.group(3), e.getValue());
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
    }

    private static void experience(VaeForm.ExperienceRow r, String field, List<String> values) {
        String value = value(values);
        switch (field) {
            case "organisation" -> r.organisation = value;
            case "role" -> r.role = value;
            case "kind" -> r.kind = value;
            case "startDate" -> r.startDate = value;
            case "endDate" -> r.endDate = value;
            case "ongoing" -> r.ongoing = values.contains("true");
            case "hoursPerWeek" -> r.hoursPerWeek = value;
            case "totalHours" -> r.totalHours = value;
            case "activities" -> r.activities = value;
            case "competencies" -> values.forEach(v -> {
                try {
                    r.competencies.add(Integer.parseInt(v.strip()));
                } catch (NumberFormatException ignored) {
                    // only numbers are offered
                }
            });
            default -> { }
        }
    }

    private static void previous(VaeForm.PreviousRow r, String field, List<String> values) {
        String value = value(values);
        switch (field) {
            case "certificationCode" -> r.certificationCode = value;
            case "certificationName" -> r.certificationName = value;
            case "date" -> r.date = value;
            case "ccpOnly" -> r.ccpOnly = values.contains("true");
            default -> { }
        }
    }

    private static String value(List<String> values) {
        return values.getFirst() == null ? "" : values.getFirst().strip();
    }

    private static String first(MultivaluedMap<String, String> in, String key) {
        String v = in.getFirst(key);
        return v == null ? "" : v.strip();
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
