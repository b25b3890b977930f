package fr.titrepro.shared.error;

import java.util.List;

/**
 * Whether an exception comes from reading a form body ({@code application/x-www-form-urlencoded}) before any
 * resource method runs: a broken percent escape (« % », « %ZZ »), a field without a name (« =&= »), more fields than
 * the server reads. RESTEasy Reactive throws a plain {@link IllegalArgumentException} or {@link RuntimeException}
 * there, which would otherwise be answered as an internal error (500): it is the client's input, a 400.
 */
final class MalformedForm {

    /** The readers of form bodies: the map of a page's whole form, and the {@code @FormParam} parser. */
    private static final List<String> FORM_READERS = List.of(
            "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider",
            "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition",
            "org.jboss.resteasy.reactive.server.core.multipart.FormData",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler");
    static final String DETAIL = "Le formulaire envoyé est illisible (encodage invalide, champ sans nom ou trop de "
            + "champs) : rechargez la page et recommencez.";

    private MalformedForm() {
    }

    static boolean isMalformedForm(Throwable e) {
        return isMalformedForm(e, false);
    }

    /**
     * @param formRequest whether the request's body is a form: then an index out of bounds without a stack trace
     *                    is the form map reader's « =&= » once the JIT omits the trace of an exception it throws
     *                    often (HotSpot's OmitStackTraceInFastThrow)
     */
    static boolean isMalformedForm(Throwable e, boolean formRequest) {
        if (formRequest && e instanceof IndexOutOfBoundsException && e.getStackTrace().length == 0) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof IllegalArgumentException || t instanceof IndexOutOfBoundsException
                    || t.getClass() == RuntimeException.class)) {
                continue;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (FORM_READERS.stream().anyMatch(reader -> frame.getClassName().startsWith(reader))) {
                    return true;
                }
            }
        }
        return false;
    }
}
