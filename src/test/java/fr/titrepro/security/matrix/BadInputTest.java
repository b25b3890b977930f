package fr.titrepro.security.matrix;

import fr.titrepro.support.MatrixFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, « bad input everywhere »: every JSON POST/PUT route of the authorization matrix receives random and
 * malformed bodies ({@link MalformedJson}, seed {@value #SEED}) from a role it lets in, on the matrix's fixtures
 * (the owner's record when the matrix has one): the answer is always a 4xx {@code application/problem+json}, never
 * a 500 nor a stack trace, and no row of any table is written.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    static final long SEED = 20261207L;
    static final int GENERATED_PER_ROUTE = 25;
    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();
    private static final Map<String, Route> ROUTES = AuthorizationMatrixCoverageTest.byKey(RouteCatalogue.routes());

    @Inject
    MatrixFixtures fixtures;

    @Inject
    DataSource dataSource;

    private Map<String, Long> before;

    record Target(String route, String path, String login) {
        @Override
        public String toString() {
            return route + " as " + login;
        }
    }

    static Stream<Target> jsonRoutes() {
        return MATRIX.routes().stream()
                .filter(e -> e.isApi() && ("POST".equals(e.method()) || "PUT".equals(e.method())))
                .filter(e -> MediaType.APPLICATION_JSON.equals(ROUTES.get(e.route()).consumes()))
                .map(e -> e.checks().stream().filter(c -> c.owner() != null).findFirst()
                        .map(c -> new Target(e.route(), c.path(), c.owner()))
                        .orElseGet(() -> new Target(e.route(), MatrixCall.withUnknownIds(e.path()),
                                AuthorizationMatrix.LOGIN_OF_ROLE.get(e.roles().contains("admin") ? "admin"
                                        : e.roles().iterator().next()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonRoutes")
    void malformedBodiesGetAProblemNeverA500(Target target) throws SQLException {
        if (before == null) {
            // the fixtures first (they are written through the API), then the rows every bad body must leave as is
            fixtures.values();
            before = RowCounts.of(dataSource);
        }
        String path = fixtures.resolve(target.path());
        String method = target.route().substring(0, target.route().indexOf(' '));
        List<String> failures = new ArrayList<>();
        for (String body : MalformedJson.bodies(SEED ^ target.route().hashCode(), GENERATED_PER_ROUTE)) {
            Response r = RestAssured.given().auth().oauth2(Tokens.of(target.login()))
                    .contentType(MediaType.APPLICATION_JSON).body(body.getBytes(StandardCharsets.UTF_8))
                    .request(method, path);
            String type = r.contentType() == null ? "" : r.contentType();
            String answer = r.asString();
            boolean problem = r.statusCode() >= 400 && r.statusCode() < 500 && type.startsWith("application/problem+json");
            boolean leak = answer.contains("Exception") || answer.contains("\tat ") || answer.contains("fr.titrepro.");
            if (!problem || leak) {
                failures.add(r.statusCode() + " " + type + " for " + abbreviate(body) + " → " + abbreviate(answer));
            }
        }
        assertThat(failures).as(target + " (seed " + SEED + ")").isEmpty();
    }

    @AfterAll
    void nothingWasWritten() throws SQLException {
        assertThat(RowCounts.of(dataSource)).as("rows per table after the bad bodies").isEqualTo(before);
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
