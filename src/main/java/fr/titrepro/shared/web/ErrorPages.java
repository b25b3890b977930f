package fr.titrepro.shared.web;

import fr.titrepro.shared.error.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The French error page shown to browsers instead of problem+json. */
@CheckedTemplate(basePath = "ErrorPages")
public final class ErrorPages {

    private ErrorPages() {
    }

    public static native TemplateInstance error(Problem problem);
}
