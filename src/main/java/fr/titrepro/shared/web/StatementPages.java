package fr.titrepro.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public statements linked from the footer of every page (issue 18): the accessibility statement (RGAA 4.1
 * model), the legal notice and the personal data page (RGPD, what docs/security.md records).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class StatementPages {

    /** Where users report an accessibility problem or exercise their rights (env. TITREPRO_STATEMENTS_CONTACT). */
    @ConfigProperty(name = "titrepro.statements.contact", defaultValue = "contact@titrepro.example")
    String contact;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility(String contact);

        static native TemplateInstance legalNotice(String contact);

        static native TemplateInstance personalData(String contact);
    }

    @GET
    @Path("accessibility")
    public TemplateInstance accessibility() {
        return Templates.accessibility(contact);
    }

    @GET
    @Path("legal-notice")
    public TemplateInstance legalNotice() {
        return Templates.legalNotice(contact);
    }

    @GET
    @Path("personal-data")
    public TemplateInstance personalData() {
        return Templates.personalData(contact);
    }
}
