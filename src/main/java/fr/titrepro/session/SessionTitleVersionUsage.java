package fr.titrepro.session;

import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A title version that sessions assess may not lose CCPs: their CCP numbers and enrolments refer to them. */
@ApplicationScoped
public class SessionTitleVersionUsage implements TitleVersionUsage {

    @Inject
    ExamSessionRepository sessions;

    @Override
    public String usageOf(TitleVersion version) {
        long count = sessions.countUsing(version);
        return count == 0 ? null : count == 1 ? "1 session d'examen" : count + " sessions d'examen";
    }
}
