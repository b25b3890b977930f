package fr.titrepro.eligibility;

import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.error.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what the adviser typed, field by field (French messages, paths as in the request: experiences[0].endDate).
 * What is merely missing for the verdict (an end date, hours…) is not an error here: the policy reports it as
 * INCOMPLETE. Values that cannot be right (end before start, 300 hours a week, an unknown competency) are.
 */
final class VaeApplicationValidator {

    static final int MAX_EXPERIENCES = 50;
    static final int MAX_PREVIOUS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DEPARTMENT = Pattern.compile("0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal MAX_WEEKLY = new BigDecimal("80");
    private static final BigDecimal MAX_TOTAL = new BigDecimal("100000");

    private final List<FieldError> errors = new ArrayList<>();

    private VaeApplicationValidator() {
    }

    /** The person's identity, required to record an application (not for a stateless check). */
    static List<FieldError> person(VaeApplicationDraft.Person p, LocalDate today) {
        VaeApplicationValidator v = new VaeApplicationValidator();
        if (p == null) {
            v.add("person", "L'identité de la personne est obligatoire.");
            return v.errors;
        }
        v.required("person.birthName", p.birthName(), 100, "Le nom de naissance est obligatoire.");
        v.max("person.usageName", p.usageName(), 100);
        v.required("person.firstNames", p.firstNames(), 255, "Les prénoms sont obligatoires.");
        if (p.sex() == null) {
            v.add("person.sex", "Le sexe (civilité) est obligatoire.");
        }
        if (p.birthDate() == null) {
            v.add("person.birthDate", "La date de naissance est obligatoire.");
        } else if (!p.birthDate().isBefore(today)) {
            v.add("person.birthDate", "La date de naissance doit être passée.");
        }
        if (blank(p.birthCommune()) && blank(p.birthCountry())) {
            v.add("person.birthCommune", "Indiquez la commune de naissance (et son département) ou le pays de naissance.");
        }
        v.max("person.birthCommune", p.birthCommune(), 100);
        v.max("person.birthCountry", p.birthCountry(), 100);
        if (!blank(p.birthDepartment()) && !DEPARTMENT.matcher(p.birthDepartment().strip().toUpperCase()).matches()) {
            v.add("person.birthDepartment", "Département invalide : 01 à 95, 2A, 2B ou 971 à 976.");
        }
        if (!blank(p.birthCommune()) && blank(p.birthDepartment())) {
            v.add("person.birthDepartment", "Le département de la commune de naissance est obligatoire.");
        }
        v.max("person.nationality", p.nationality(), 100);
        if (!blank(p.email()) && (!EMAIL.matcher(p.email().strip()).matches() || p.email().length() > 255)) {
            v.add("person.email", "Adresse électronique invalide.");
        }
        v.max("person.phone", p.phone(), 30);
        return v.errors;
    }

    /** Title, date, CCPs, experiences and previous applications, against the title version targeted. */
    static List<FieldError> application(VaeApplicationDraft d, TitleVersion title) {
        VaeApplicationValidator v = new VaeApplicationValidator();
        Set<Integer> ccps = title.ccps.stream().map(c -> c.number).collect(Collectors.toSet());
        for (Integer n : d.ccpNumbers()) {
            if (n == null || !ccps.contains(n)) {
                v.add("ccpNumbers", "Le titre " + title.code + " (version " + title.version + ") n'a pas de CCP " + n + ".");
            }
        }
        Set<Integer> competencies = title.ccps.stream().flatMap(c -> c.competencies.stream())
                .map(c -> c.number).collect(Collectors.toSet());
        if (d.experiences().size() > MAX_EXPERIENCES) {
            v.add("experiences", MAX_EXPERIENCES + " expériences au plus.");
        }
        for (int i = 0; i < d.experiences().size(); i++) {
            VaeApplicationDraft.Experience x = d.experiences().get(i);
            String f = "experiences[" + i + "].";
            if (x == null) {
                v.add("experiences[" + i + "]", "Expérience vide.");
                continue;
            }
            v.experience(x, f, competencies, title);
        }
        if (d.previousApplications().size() > MAX_PREVIOUS) {
            v.add("previousApplications", MAX_PREVIOUS + " demandes antérieures au plus.");
        }
        for (int i = 0; i < d.previousApplications().size(); i++) {
            VaeApplicationDraft.PreviousApplication p = d.previousApplications().get(i);
            if (p == null) {
                v.add("previousApplications[" + i + "]", "Demande antérieure vide.");
                continue;
            }
            v.max("previousApplications[" + i + "].certificationCode", p.certificationCode(), 32);
            v.max("previousApplications[" + i + "].certificationName", p.certificationName(), 255);
            if (p.date() != null && d.applicationDate() != null && p.date().isAfter(d.applicationDate())) {
                v.add("previousApplications[" + i + "].date", "Une demande antérieure ne peut pas être datée après la "
                        + "demande (" + DAY.format(d.applicationDate()) + ").");
            }
        }
        return v.errors;
    }

    /** One experience of the draft: lengths, dates, hours, competencies of the title version. */
    private void experience(VaeApplicationDraft.Experience x, String f, Set<Integer> competencies, TitleVersion title) {
        max(f + "organisation", x.organisation(), 255);
        max(f + "role", x.role(), 255);
        max(f + "activities", x.activities(), 5000);
        if (x.startDate() != null && x.endDate() != null && x.endDate().isBefore(x.startDate())) {
            add(f + "endDate", "La date de fin précède la date de début.");
        }
        if (x.isOngoing() && x.endDate() != null) {
            add(f + "endDate", "Une expérience en cours n'a pas de date de fin.");
        }
        if (x.hoursPerWeek() != null && (x.hoursPerWeek().signum() <= 0 || x.hoursPerWeek().compareTo(MAX_WEEKLY) > 0)) {
            add(f + "hoursPerWeek", "Heures par semaine : plus de 0 et 80 au plus.");
        }
        if (x.totalHours() != null && (x.totalHours().signum() <= 0 || x.totalHours().compareTo(MAX_TOTAL) > 0)) {
            add(f + "totalHours", "Total d'heures : plus de 0 et 100 000 au plus.");
        }
        if (x.hoursPerWeek() != null && x.totalHours() != null) {
            add(f + "totalHours", "Indiquez soit les heures par semaine, soit le total d'heures, pas les deux.");
        }
        for (Integer n : x.competencies()) {
            if (n == null || !competencies.contains(n)) {
                add(f + "competencies", "Compétence " + n + " inconnue pour " + title.code + " version " + title.version + ".");
            }
        }
    }

    static List<FieldError> decision(VaeDecisionDraft d, VaeApplication app, LocalDate today) {
        VaeApplicationValidator v = new VaeApplicationValidator();
        if (d.decision() == null) {
            v.add("decision", "Choisissez « recevable » ou « non recevable ».");
        }
        if (d.date() == null) {
            v.add("date", "La date de la décision est obligatoire.");
        } else if (d.date().isBefore(app.applicationDate)) {
            v.add("date", "La décision ne peut pas précéder la demande (" + DAY.format(app.applicationDate) + ").");
        } else if (d.date().isAfter(today)) {
            v.add("date", "La date de la décision ne peut pas être dans le futur.");
        }
        if (d.decision() == VaeDecision.NON_RECEVABLE && blank(d.reasons())) {
            v.add("reasons", "Indiquez les motifs de la non-recevabilité.");
        }
        v.max("reasons", d.reasons(), 2000);
        return v.errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void required(String field, String value, int max, String message) {
        if (blank(value)) {
            add(field, message);
        } else {
            max(field, value, max);
        }
    }

    private void max(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, max + " caractères au plus.");
        }
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** The professional competencies of the given CCPs (what coverage and relation are measured against). */
    static List<Competency> competenciesOf(List<Ccp> ccps) {
        return ccps.stream().flatMap(c -> c.competencies.stream()).toList();
    }
}
