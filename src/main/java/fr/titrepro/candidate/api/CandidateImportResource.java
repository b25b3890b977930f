package fr.titrepro.candidate.api;

import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.importing.CandidateImportFailures;
import fr.titrepro.candidate.importing.CandidateImportJobs;
import fr.titrepro.candidate.importing.CandidateImportService;
import fr.titrepro.candidate.importing.ImportJob;
import fr.titrepro.candidate.importing.ImportJobStore;
import fr.titrepro.candidate.importing.ImportProgress;
import fr.titrepro.candidate.importing.ImportRefusedException;
import fr.titrepro.candidate.importing.ImportTemplate;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.Problem;
import fr.titrepro.shared.error.ProblemException;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import fr.titrepro.candidate.importing.ImportResult;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bulk registration from a CSV file sent as the request body (text/csv). All or nothing; a person the centre
 * already follows is counted as already present, so re-sending a file creates nothing.
 */
@Path("/api/candidates/import")
@Produces(MediaType.APPLICATION_JSON)
// browsers send a .csv as text/csv, or as application/vnd.ms-excel on Windows
@Consumes({"text/csv", "application/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"})
@Tag(name = "Candidats")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class CandidateImportResource {


    @Inject
    CandidateImportService imports;

    @Inject
    BusinessMetrics metrics;

    @Inject
    CandidateImportJobs jobs;

    @Inject
    ImportJobStore jobStore;

    @Inject
    CandidateAccess access;

    @POST
    @Operation(summary = "Importer un fichier CSV de candidats (; ou , ; UTF-8 ou Windows-1252 ; dates jj/mm/aaaa ou "
            + "ISO). dryRun=true : vérifier sans rien écrire (une personne déjà inscrite que votre centre ne suit pas "
            + "y compte comme une inscription). À l'import, une demande de rattachement lui est adressée ; link est "
            + "sans effet (conservé pour compatibilité). centreId : pour l'administration")
    public Response importFile(byte[] file, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               @QueryParam("link") @DefaultValue("false") boolean link,
                               @QueryParam("centreId") Long centreId) {
        byte[] content = nonEmpty(file);
        long centre = access.targetCentre(centreId, true).id;
        if (dryRun) {
            return Response.ok(ImportViews.AnalysisView.of(imports.analyse(content, centre))).build();
        }
        try {
            ImportResult result = imports.importFile(content, centre, access.username(), ImportProgress.NONE);
            metrics.candidatesImported(result.created() + result.linked());
            return Response.ok(ImportViews.ResultView.of(result)).build();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (CandidateImportFailures.isConcurrentDuplicate(e)) {
                throw ProblemException.conflict(CandidateImportFailures.concurrentDuplicate());
            }
            throw e;
        }
    }

    @POST
    @Path("jobs")
    @Operation(summary = "Lancer l'import en arrière-plan (202) ; suivre sa progression sur GET jobs/{id}")
    public Response startJob(byte[] file, @QueryParam("link") @DefaultValue("false") boolean link,
                             @QueryParam("centreId") Long centreId, @HeaderParam("X-File-Name") String fileName) {
        byte[] content = nonEmpty(file);
        long centre = access.targetCentre(centreId, true).id;
        long id = jobs.start(content, centre, link, access.username(), fileName);
        return Response.accepted(view(id)).location(UriBuilder.fromPath("/api/candidates/import/jobs/{id}").build(id))
                .build();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "Progression et résultat d'un import lancé par vous")
    public ImportViews.JobView job(@PathParam("id") long id) {
        return view(id);
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    @Operation(summary = "Modèle de fichier d'import (ligne d'en-tête)")
    public Response template() {
        return Response.ok(ImportTemplate.bytes()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"").build();
    }

    @ServerExceptionMapper
    public Response refused(ImportRefusedException e, RoutingContext ctx) {
        Problem p = e.toProblem(ctx.normalizedPath());
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(new ImportViews.ImportProblem(p.type(),
                p.title(), p.status(), p.detail(), p.instance(), e.analysis().errors(), e.analysis().rowCount(),
                e.analysis().encoding(), e.analysis().delimiter())).build();
    }

    private ImportViews.JobView view(long id) {
        ImportJob job = jobs.get(id, access.username(), access.isAdmin());
        return ImportViews.JobView.of(job, jobs.statusOf(job), jobStore.errorsOf(job));
    }

    private static byte[] nonEmpty(byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.invalidField("file", "Le fichier est vide : envoyez le CSV dans le corps de la requête.");
        }
        return file;
    }
}
