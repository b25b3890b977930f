package fr.titrepro.document;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Candidate accounts of the results-day runner, through Keycloak's admin REST API (the bootstrap administrator of
 * the master realm): created when missing, password = login, realm role {@code candidate}. Test scope only.
 */
public final class KeycloakAccounts {

    private final HttpClient http;
    private final String admin;
    private final String tokenUrl;
    private final String tokenForm;
    private String token;
    private final java.util.Map<String, JsonNode> roles = new java.util.HashMap<>();

    public KeycloakAccounts(HttpClient http, String realmUrl, String credentials) throws Exception {
        this.http = http;
        String server = realmUrl.substring(0, realmUrl.indexOf("/realms/"));
        this.admin = server + "/admin" + realmUrl.substring(realmUrl.indexOf("/realms/"));
        String[] userPassword = credentials.split(":", 2);
        this.tokenUrl = server + "/realms/master/protocol/openid-connect/token";
        this.tokenForm = "grant_type=password&client_id=admin-cli&username=" + ResultsDayLoadRunner.enc(userPassword[0])
                + "&password=" + ResultsDayLoadRunner.enc(userPassword[1]);
        this.token = ResultsDayLoadRunner.form(http, tokenUrl, tokenForm);
        if (token == null) {
            throw new IllegalStateException("Keycloak admin login refused (-Dkeycloak.admin=user:password)");
        }
    }

    void ensureCandidate(String login) throws Exception {
        ensureUser(login, "candidate");
    }

    /** A user with the given realm role (password = login), created when missing. */
    public void ensureUser(String login, String role) throws Exception {
        JsonNode found = ResultsDayLoadRunner.JSON.readTree(call("GET", "/users?exact=true&username=" + login, null).body());
        String id;
        if (found.isEmpty()) {
            String user = "{\"username\":\"" + login + "\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Candidat\","
                    + "\"lastName\":\"" + login + "\",\"email\":\"" + login + "@exemple.fr\",\"credentials\":[{\"type\":"
                    + "\"password\",\"value\":\"" + login + "\",\"temporary\":false}]}";
            HttpResponse<String> created = call("POST", "/users", user);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak: " + login + " not created: " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            id = location.substring(location.lastIndexOf('/') + 1);
        } else {
            id = found.get(0).get("id").asText();
        }
        JsonNode realmRole = roles.computeIfAbsent(role, r -> read("/roles/" + r));
        call("POST", "/users/" + id + "/role-mappings/realm", "[" + realmRole + "]");
    }

    private JsonNode read(String path) {
        try {
            return ResultsDayLoadRunner.JSON.readTree(call("GET", path, null).body());
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak: " + path, e);
        }
    }

    /** The admin token lives 60 s (master realm): a 401 gets a new one, once. */
    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpResponse<String> r = callOnce(method, path, body);
        if (r.statusCode() == 401) {
            token = ResultsDayLoadRunner.form(http, tokenUrl, tokenForm);
            r = callOnce(method, path, body);
        }
        return r;
    }

    private HttpResponse<String> callOnce(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(admin + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
