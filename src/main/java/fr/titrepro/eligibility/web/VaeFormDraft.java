package fr.titrepro.eligibility.web;

import fr.titrepro.candidate.Sex;
import fr.titrepro.eligibility.VaeApplicationDraft;
import fr.titrepro.eligibility.rules.ExperienceKind;
import fr.titrepro.shared.error.FieldError;

import java.util.ArrayList;
import java.util.List;

import static fr.titrepro.shared.web.FormInput.choice;
import static fr.titrepro.shared.web.FormInput.date;
import static fr.titrepro.shared.web.FormInput.decimal;
import static fr.titrepro.shared.web.FormInput.text;

/**
 * The VAE form as typed into the draft the API receives too ({@link VaeApplicationDraft}): what cannot even be read
 * (a date like 31/02/2024, a number like « dix ») is an error on its field, the rest is checked by the service.
 */
final class VaeFormDraft {

    /** A draft and the values that could not even be read. */
    record Parsed(VaeApplicationDraft draft, List<FieldError> errors) {
    }

    private VaeFormDraft() {
    }

    static Parsed of(VaeForm f) {
        List<FieldError> bad = new ArrayList<>();
        VaeApplicationDraft.Person person = new VaeApplicationDraft.Person(text(f.birthName), text(f.usageName),
                text(f.firstNames), choice(Sex.class, "person.sex", f.sex, "Civilité inconnue.", bad),
                date("person.birthDate", f.birthDate, bad), text(f.birthCommune), text(f.birthDepartment),
                text(f.birthCountry), text(f.nationality), text(f.email), text(f.phone));
        List<Integer> ccps = new ArrayList<>();
        for (String c : f.ccpNumbers) {
            try {
                ccps.add(Integer.parseInt(c));
            } catch (NumberFormatException e) {
                bad.add(new FieldError("ccpNumbers", "CCP illisible."));
            }
        }
        List<VaeApplicationDraft.Experience> xs = new ArrayList<>();
        for (VaeForm.ExperienceRow r : f.experiences) {
            String p = "experiences[" + r.index + "].";
            xs.add(new VaeApplicationDraft.Experience(text(r.organisation), text(r.role),
                    choice(ExperienceKind.class, p + "kind", r.kind, "Type d'activité inconnu.", bad),
                    date(p + "startDate", r.startDate, bad), date(p + "endDate", r.endDate, bad), r.ongoing,
                    decimal(p + "hoursPerWeek", r.hoursPerWeek, bad), decimal(p + "totalHours", r.totalHours, bad),
                    text(r.activities), List.copyOf(r.competencies)));
        }
        List<VaeApplicationDraft.PreviousApplication> ps = new ArrayList<>();
        for (VaeForm.PreviousRow r : f.previous) {
            String p = "previousApplications[" + r.index + "].";
            ps.add(new VaeApplicationDraft.PreviousApplication(text(r.certificationCode), text(r.certificationName),
                    date(p + "date", r.date, bad), r.ccpOnly));
        }
        VaeApplicationDraft draft = new VaeApplicationDraft(person, text(f.titleCode), text(f.titleVersion), ccps,
                date("applicationDate", f.applicationDate, bad), xs, ps);
        return new Parsed(draft, bad);
    }
}
