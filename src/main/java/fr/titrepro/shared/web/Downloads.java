package fr.titrepro.shared.web;

import jakarta.ws.rs.core.Response;

/** Files sent to be saved (PDF, JSON…): the {@code Content-Disposition} header written once. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code entity} as the file {@code fileName}, to be saved rather than shown. */
    public static Response.ResponseBuilder attachment(Object entity, String type, String fileName) {
        return Response.ok(entity, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** The same for a holder's own file: kept by no cache on the way. */
    public static Response.ResponseBuilder privateAttachment(Object entity, String type, String fileName) {
        return attachment(entity, type, fileName).header("Cache-Control", "private, no-store");
    }
}
