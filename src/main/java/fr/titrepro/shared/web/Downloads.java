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

    /**
     * A holder's own file known by its hash (issue 14): kept by no shared cache, kept by the browser but asked again
     * each time ({@code no-cache}: the owner and the login are checked on every request, never answered from a cache
     * alone); the hash is the {@code ETag}, and a client that already holds this version ({@code content} null)
     * gets 304 without the bytes.
     */
    public static Response.ResponseBuilder privateVersioned(byte[] content, String type, String fileName,
                                                            String hash) {
        Response.ResponseBuilder b = content == null ? Response.notModified() : attachment(content, type, fileName);
        return b.header("ETag", EntityTags.of(hash)).header("Cache-Control", "private, no-cache");
    }

    /** The same for a holder's own file: kept by no cache on the way. */
    public static Response.ResponseBuilder privateAttachment(Object entity, String type, String fileName) {
        return attachment(entity, type, fileName).header("Cache-Control", "private, no-store");
    }
}
