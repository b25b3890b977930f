package fr.titrepro.security.matrix;

import fr.titrepro.support.MatrixFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: every route of {@code docs/authorization-matrix.yaml} called as anonymous, as each role it does not let
 * in, and (for the routes of a record someone owns) as the owner and as a same-role user who does not own it, with
 * real Keycloak tokens — pages too: their tenant is hybrid and takes a bearer token. One case per route × caller,
 * named after both. The API routes of the matrix are those of the OpenAPI document.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();
    private static final Map<String, Route> ROUTES = AuthorizationMatrixCoverageTest.byKey(RouteCatalogue.routes());
    @Inject
    MatrixFixtures fixtures;

    /** A call and the status it must get ({@code null}: the owner's « allowed »). */
    record Case(String name, AuthorizationMatrix.Entry entry, String login, String path, String body,
                Integer expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> refusals() {
        return MATRIX.routes().stream().flatMap(e -> {
            String path = MatrixCall.withUnknownIds(e.path());
            Stream<Case> anonymous = Stream.of(new Case(e.route() + " as anonymous → " + e.anonymous(), e, null, path,
                    null, e.anonymous()));
            Stream<Case> others = e.refusedRoles().stream().sorted().map(role -> new Case(
                    e.route() + " as " + role + " → " + e.otherRole(), e, AuthorizationMatrix.LOGIN_OF_ROLE.get(role),
                    path, null, e.otherRole()));
            return Stream.concat(anonymous, others);
        });
    }

    static Stream<Case> ownership() {
        return MATRIX.routes().stream().flatMap(e -> e.checks().stream().flatMap(c -> {
            Stream<Case> owner = c.owner() == null ? Stream.empty()
                    : Stream.of(new Case(e.route() + " as owner " + c.owner() + " → allowed", e, c.owner(), c.path(), c.body(),
                            null));
            return Stream.concat(owner, Stream.of(new Case(e.route() + " as non-owner " + c.nonOwner() + " → "
                    + e.nonOwner(), e, c.nonOwner(), c.path(), c.body(), e.nonOwner())));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void anonymousAndRolesNotAllowedAreRefused(Case c) {
        Response response = call(c, c.path());
        assertThat(response.statusCode()).as(c.name() + " " + response.asString()).isEqualTo(c.expected());
        if (c.expected() == 302) {
            assertThat(response.header("Location")).as(c.name()).contains("/protocol/openid-connect/auth");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownership")
    void ownersPassAndSameRoleNonOwnersAreRefused(Case c) {
        Response response = call(c, fixtures.resolve(c.path()));
        String seen = c.name() + " got " + response.statusCode() + " " + abbreviate(response.asString());
        if (c.expected() == null) {
            assertThat(response.statusCode()).as(seen).isNotIn(401, 403, 404).isLessThan(500);
        } else {
            assertThat(response.statusCode()).as(seen).isEqualTo(c.expected());
        }
    }

    @Test
    void theApiRoutesOfTheMatrixAreThoseOfTheOpenApiDocument() {
        JsonPath openapi = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> declared = MATRIX.routes().stream().map(AuthorizationMatrix.Entry::route)
                .collect(Collectors.toCollection(TreeSet::new));
        // the document also lists the pages; every API route of the matrix must be in it
        assertThat(documented).as("routes of the OpenAPI document missing from the matrix").isSubsetOf(declared);
        assertThat(declared).filteredOn(r -> r.contains(" /api/"))
                .as("API routes of the matrix the OpenAPI document does not have").isSubsetOf(documented);
    }

    private Response call(Case c, String path) {
        Route route = ROUTES.get(c.entry().route());
        return new MatrixCall(c.entry().method(), path, c.login(), route == null ? null : route.consumes(), c.body())
                .send();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

}
