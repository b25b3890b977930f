package fr.titrepro.eligibility;

import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.referential.TitleVersion;

import java.util.Set;
import java.util.TreeSet;

/** Writes a VAE application's draft into the stored application: the person, the target, the experiences. */
final class VaeApplicationRecord {

    private VaeApplicationRecord() {
    }

    /** Writes the draft (its title version resolved) into {@code app}; the eligibility is the service's. */
    static void write(VaeApplication app, VaeApplicationDraft d, TitleVersion title) {
        person(app, d.person());
        app.titleCode = title.code;
        app.titleVersion = title.version;
        app.applicationDate = d.applicationDate();
        Set<Integer> ccps = new TreeSet<>(d.ccpNumbers());
        app.ccpNumbers.clear();
        if (ccps.size() < title.ccps.size()) {
            app.ccpNumbers.addAll(ccps);
        }
        app.experiences.clear();
        app.previousApplications.clear();
        experiences(app, d);
        for (int i = 0; i < d.previousApplications().size(); i++) {
            VaeApplicationDraft.PreviousApplication x = d.previousApplications().get(i);
            VaePreviousApplication p2 = new VaePreviousApplication();
            p2.application = app;
            p2.position = i + 1;
            p2.certificationCode = x.certificationCode() == null || x.certificationCode().isBlank() ? null
                    : x.certificationCode().strip().toUpperCase();
            p2.certificationName = trim(x.certificationName());
            p2.applicationDate = x.date();
            p2.ccpOnly = Boolean.TRUE.equals(x.ccpOnly());
            app.previousApplications.add(p2);
        }
    }

    private static void person(VaeApplication app, VaeApplicationDraft.Person p) {
        app.identity.birthName = p.birthName().strip();
        app.identity.usageName = trim(p.usageName());
        app.identity.firstNames = p.firstNames().strip();
        app.identity.sex = p.sex();
        app.identity.birthDate = p.birthDate();
        app.identity.birthCommune = trim(p.birthCommune());
        app.identity.birthDepartment = p.birthDepartment() == null || p.birthDepartment().isBlank() ? null
                : p.birthDepartment().strip().toUpperCase();
        app.identity.birthCountry = trim(p.birthCountry());
        app.identity.nationality = trim(p.nationality());
        app.email = trim(p.email());
        app.phone = trim(p.phone());
        app.identityKey = IdentityKey.of(app.identity.birthName, app.identity.firstNames, app.identity.birthDate, app.identity.birthCommune,
                app.identity.birthDepartment, app.identity.birthCountry);
    }

    private static void experiences(VaeApplication app, VaeApplicationDraft d) {
        for (int i = 0; i < d.experiences().size(); i++) {
            VaeApplicationDraft.Experience x = d.experiences().get(i);
            VaeExperience e = new VaeExperience();
            e.application = app;
            e.position = i + 1;
            e.organisation = trim(x.organisation());
            e.role = trim(x.role());
            e.kind = x.kind();
            e.startDate = x.startDate();
            e.endDate = x.endDate();
            e.ongoing = x.isOngoing();
            e.hoursPerWeek = x.hoursPerWeek();
            e.totalHours = x.totalHours();
            e.activities = trim(x.activities());
            e.competencyNumbers.addAll(x.competencies());
            app.experiences.add(e);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
