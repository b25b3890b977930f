package fr.titrepro.shared.error;

/** The stable kinds of error the platform reports; the slug is part of the public API. */
public enum ProblemType {
    VALIDATION("validation", 400, "Données invalides"),
    BAD_REQUEST("bad-request", 400, "Requête incorrecte"),
    UNAUTHORIZED("unauthorized", 401, "Authentification requise"),
    FORBIDDEN("forbidden", 403, "Accès refusé"),
    NOT_FOUND("not-found", 404, "Ressource introuvable"),
    CONFLICT("conflict", 409, "Conflit avec l'état actuel"),
    DUPLICATE("duplicate", 409, "Doublon"),
    RULE_VIOLATION("rule-violation", 422, "Règle non respectée"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Contenu trop volumineux"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Format non pris en charge"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Trop de requêtes"),
    INTERNAL("internal", 500, "Erreur interne"),
    UNAVAILABLE("unavailable", 503, "Service momentanément indisponible");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
