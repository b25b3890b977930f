package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationBoardModel;

import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * The deliberation page of a session: the jurors decide, report incidents and sign the PV; the administration
 * validates it and records appeals; the centre follows and downloads the documents. Candidates see their result on
 * « Mes sessions » (the service refuses them the board).
 */
@Path("/sessions/{id}/deliberation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class DeliberationPages {

    static final Map<String, String> NOTICES = Map.of(
            "decided", "Décision enregistrée.",
            "incident", "Incident consigné : il est porté au procès-verbal.",
            "signed", "Votre signature est enregistrée. Le procès-verbal sera émis quand tout le jury l'aura signé.",
            "closed", "Le procès-verbal est signé par tout le jury : la session est close, ses résultats ne changent "
                    + "plus.",
            "validated", "Procès-verbal validé : les CCP acquis sont enregistrés, les livrets et parchemins délivrés.",
            "appeal", "Recours enregistré : il attend la nouvelle délibération du jury.",
            "redeliberated", "Nouvelle décision enregistrée : le procès-verbal rectificatif doit être signé à nouveau "
                    + "par le jury, puis validé par l'administration, avant que le résultat du candidat ne change.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(DeliberationBoardModel.Model model);
    }

    @Inject
    DeliberationBoardModel model;

    @GET
    public TemplateInstance board(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.board(model.build(id, FormErrors.none(), Map.of(),
                notice == null ? null : NOTICES.get(notice)));
    }
}
