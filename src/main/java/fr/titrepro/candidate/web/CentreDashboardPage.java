package fr.titrepro.candidate.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.centre.Centre;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The home of a centre's staff: their centre, its agréments, its candidates at a glance. */
@Path("/centre")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CENTRE)
public class CentreDashboardPage {

    public record PathwayCount(Pathway pathway, long count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Centre centre, long candidateCount, List<PathwayCount> byPathway,
                                                 List<Candidate> latest, LocalDate today);
    }

    @Inject
    CandidateAccess access;

    @Inject
    CandidateRepository candidates;

    @GET
    public TemplateInstance dashboard() {
        Centre centre = access.callerCentre();
        Map<Pathway, Long> counts = candidates.countByPathway(centre.id);
        List<PathwayCount> byPathway = List.of(Pathway.values()).stream()
                .map(p -> new PathwayCount(p, counts.getOrDefault(p, 0L))).toList();
        return Templates.dashboard(centre, candidates.countFollowedBy(centre.id), byPathway,
                candidates.latestFollowedBy(centre.id, 5), LocalDate.now());
    }
}
