package fr.titrepro.candidate.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A candidate's own record: identity as the documents will show it, pathway, CCPs held, their data. */
@Path("/mon-dossier")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CANDIDATE)
public class MyRecordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myRecord(Candidate candidate);
    }

    @Inject
    CandidateService candidates;

    @GET
    public TemplateInstance page() {
        try {
            return Templates.myRecord(candidates.own());
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            return Templates.myRecord(null);
        }
    }
}
