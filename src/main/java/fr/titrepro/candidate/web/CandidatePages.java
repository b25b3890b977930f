package fr.titrepro.candidate.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.CandidateText;
import fr.titrepro.candidate.DuplicateCandidateException;
import fr.titrepro.candidate.acquired.HeldCcpData;
import fr.titrepro.candidate.acquired.ProofRecordService;
import fr.titrepro.candidate.link.LinkRequestRepository;
import fr.titrepro.candidate.privacy.ErasurePolicy;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Pages of the candidates a centre follows (all of them for the administration): list, form, record. */
@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class CandidatePages {

    /** The person of a refused registration, already registered. */
    public record Duplicate(String reference, Long existingId, boolean followed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<Candidate> candidates, String query, String notice, String pagerBase,
                                            long pendingLinks);

        static native TemplateInstance form(Long id, Map<String, String> form, FormErrors errors,
                                            String problem, Duplicate duplicate, List<TitleVersion> titles,
                                            List<Centre> centres, boolean admin);

        static native TemplateInstance detail(Candidate candidate, List<String> followedBy, boolean admin,
                                              String notice, String problem, Map<String, String> ccpForm,
                                              FormErrors errors, List<TitleVersion> titles);
    }

    @Inject
    CandidateService candidates;

    @Inject
    CandidateAccess access;

    @Inject
    ProofRecordService proofs;

    @Inject
    TitleCatalog titles;

    @Inject
    CentreRepository centres;

    @Inject
    LinkRequestRepository linkRequests;

    @GET
    public TemplateInstance list(@QueryParam("query") String query, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("after") String after,
                                 @QueryParam("erased") String erased, @QueryParam("unfollowed") String unfollowed) {
        String notice = erased != null ? "Les données du candidat " + erased + " ont été effacées (anonymisées). "
                + "Restent, sans identité, ce que la loi oblige à conserver : inscriptions, notes et décisions du jury "
                + "consignées au procès-verbal, documents délivrés valides, décisions de recevabilité VAE."
                : unfollowed != null ? "Votre centre ne suit plus le candidat " + unfollowed + " ; son dossier est "
                + "conservé (suivi par ailleurs, compte personnel ou certification) : son effacement relève de "
                + "l'administration." : null;
        String base = Paged.linkBase("/candidates", query);
        long pending = access.isAdmin() ? 0 : linkRequests.countPendingOfCentre(access.callerCentre().id);
        return Templates.list(candidates.search(query, Math.max(0, page), Paged.DEFAULT_SIZE, after), query, notice, base,
                pending);
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return form(null, Map.of(), FormErrors.none(), null, null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@BeanParam PostedCandidate posted) {
        Map<String, String> form = posted.values();
        CandidateText.Parsed parsed = posted.parsed();
        if (!parsed.errors().isEmpty()) {
            return refused(null, form, CandidateText.merge(parsed.errors(), candidates.check(parsed.data())));
        }
        try {
            Long centreId = access.isAdmin() ? posted.centre() : null;
            CandidateService.Registration r = candidates.register(parsed.data(), centreId,
                    posted.linkRequested(), access.isAdmin() ? posted.username : null);
            if (r.outcome() == CandidateService.Outcome.LINK_REQUESTED) {
                return Response.seeOther(URI.create("/candidates/link-requests?done=requested")).build();
            }
            return Response.seeOther(URI.create("/candidates/" + r.id() + "?done=" + r.outcome().name().toLowerCase()))
                    .build();
        } catch (DuplicateCandidateException e) {
            return form(null, form, FormErrors.none(), e.getMessage(), new Duplicate(e.existingReference(),
                    e.existingId(),
                    e.followedByCaller()));
        } catch (ProblemException e) {
            return refused(null, form, e);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "created" -> "Candidat inscrit.";
            case "linked" -> "Cette personne était déjà inscrite : elle est désormais suivie par votre centre.";
            case "already_followed" -> "Cette personne est déjà suivie par votre centre.";
            case "updated" -> "Modifications enregistrées.";
            case "ccp" -> "CCP enregistré.";
            default -> null;
        };
        return detail(candidates.get(id), notice, null, Map.of(), FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Candidate c = access.editable(id);
        return form(id, CandidateForm.of(c), FormErrors.none(), null, null);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@PathParam("id") long id, @BeanParam PostedCandidate posted) {
        // a centre that does not follow the person gets 404 before its form is read, as on the form itself
        access.editable(id);
        Map<String, String> form = posted.values();
        CandidateText.Parsed parsed = posted.parsed();
        if (!parsed.errors().isEmpty()) {
            return refused(id, form, CandidateText.merge(parsed.errors(), candidates.check(parsed.data())));
        }
        try {
            String username = posted.username == null ? "" : posted.username;
            candidates.update(id, parsed.data(), access.isAdmin() ? username : null, posted.readVersion());
            return Response.seeOther(URI.create("/candidates/" + id + "?done=updated")).build();
        } catch (DuplicateCandidateException e) {
            return form(id, form, FormErrors.none(), e.getMessage(), new Duplicate(e.existingReference(),
                    e.existingId(), false));
        } catch (ProblemException e) {
            return refused(id, form, e);
        }
    }

    @POST
    @Path("{id}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object erase(@PathParam("id") long id, @RestForm String confirm) {
        Candidate c = access.editable(id);
        String reference = c.reference;
        if (!"oui".equals(confirm)) {
            return detail(c, null, null, Map.of(),
                    FormErrors.ofField("confirm", "Cochez la case de confirmation pour effacer les données."));
        }
        ErasurePolicy.Action done;
        try {
            done = candidates.erase(id).action();
        } catch (ProblemException e) {
            return detail(c, null, e.getMessage(), Map.of(), FormErrors.none());
        }
        String what = done == ErasurePolicy.Action.STOP_FOLLOWING ? "unfollowed" : "erased";
        return Response.seeOther(URI.create("/candidates?" + what + "=" + reference)).build();
    }

    @POST
    @Path("{id}/held-ccps")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object recordHeldCcp(@PathParam("id") long id, @BeanParam HeldCcpForm form) {
        Candidate c = candidates.get(id);
        HeldCcpData data;
        try {
            data = form.data();
        } catch (ProblemException e) {
            return detail(c, null, null, form.values(), FormErrors.of(FormErrors.PAGE, null, e.errors()));
        }
        try {
            proofs.recordCcp(id, data);
        } catch (ProblemException e) {
            return detail(c, null, e.getMessage(), form.values(), FormErrors.of(e));
        }
        return Response.seeOther(URI.create("/candidates/" + id + "?done=ccp")).build();
    }

    private TemplateInstance detail(Candidate c, String notice, String problem, Map<String, String> ccpForm,
                                    FormErrors errors) {
        List<String> followedBy = candidates.followsSeen(c).stream().map(f -> f.centre.name).toList();
        return Templates.detail(c, followedBy, access.isAdmin(), notice, problem, ccpForm, errors,
                titles.latestTitles(null));
    }

    private TemplateInstance refused(Long id, Map<String, String> form, List<FieldError> errors) {
        String problem = "Le dossier n'a pas été enregistré : corrigez les champs signalés.";
        return form(id, form, FormErrors.of(FormErrors.PAGE, problem, errors), problem, null);
    }

    private TemplateInstance refused(Long id, Map<String, String> form, ProblemException e) {
        return form(id, form, FormErrors.of(e), e.getMessage(), null);
    }

    private TemplateInstance form(Long id, Map<String, String> form, FormErrors errors, String problem,
                                  Duplicate duplicate) {
        List<Centre> centreChoices = access.isAdmin() ? centres.allByName() : List.of();
        return Templates.form(id, form, errors, problem, duplicate, titles.latestTitles(null), centreChoices,
                access.isAdmin());
    }
}
