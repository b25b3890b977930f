package fr.titrepro.security.matrix;

import fr.titrepro.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;

/**
 * One call of the matrix: a route's method on a concrete path, as a login (null: anonymous), with an empty body of
 * the media type the route reads ({@code {}} for JSON) unless one is given, redirects not followed.
 */
public record MatrixCall(String method, String path, String login, String consumes, String body) {

    public Response send() {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (login != null) {
            request.auth().oauth2(Tokens.of(login));
        }
        if (consumes != null && !"GET".equals(method) && !"DELETE".equals(method)) {
            String sent = body != null ? body : MediaType.APPLICATION_JSON.equals(consumes) ? "{}" : "";
            request.contentType(consumes);
            if (MediaType.APPLICATION_FORM_URLENCODED.equals(consumes)) {
                request.body(sent);
            } else {
                request.body(sent.getBytes(StandardCharsets.UTF_8));
            }
        }
        return request.request(method, path);
    }

    /** A path with every template variable replaced by an id no fixture has. */
    public static String withUnknownIds(String template) {
        return template.replaceAll("\\{[A-Za-z]+}", "987654321");
    }
}
