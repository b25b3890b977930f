package fr.titrepro.security.matrix;

import java.util.Set;

/**
 * One route of the application: HTTP method, path template, who its annotations let in, and the media type of the
 * body it reads (null: none declared).
 */
public record Route(String method, String path, Set<String> roles, String resource, String consumes) {

    public static final String ANONYMOUS = "anonymous";
    /** Any logged-in user (`@Authenticated`). */
    public static final String AUTHENTICATED = "authenticated";

    public String key() {
        return method + " " + path;
    }

    public boolean isApi() {
        return path.startsWith("/api/");
    }
}
