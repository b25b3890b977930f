package fr.titrepro.security.matrix;

import fr.titrepro.support.MatrixFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, « bad input everywhere », the pages: every form POST of the matrix receives hostile form bodies
 * ({@link MalformedForms}, seed {@value #SEED}) from a role it lets in, on the owner's record when the matrix calls
 * it as the owner (else on ids no record has): the answer is the page again with its French error or a 4xx — never
 * a 500 nor a stack trace — and, for each route, no row of any table is written by the refused forms. A random form
 * may happen to be valid (a 303 to the page: an incident whose description is « abc »); the rows of that route are
 * then not compared.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBadInputTest {

    static final long SEED = 20261207L;
    static final int GENERATED_PER_ROUTE = 20;
    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();
    private static final Map<String, Route> ROUTES = AuthorizationMatrixCoverageTest.byKey(RouteCatalogue.routes());

    @Inject
    MatrixFixtures fixtures;

    @Inject
    DataSource dataSource;

    record Target(String route, String path, String login) {
        @Override
        public String toString() {
            return route + " as " + login;
        }
    }

    static Stream<Target> formRoutes() {
        return MATRIX.routes().stream()
                .filter(e -> !e.isApi() && "POST".equals(e.method()))
                .filter(e -> MediaType.APPLICATION_FORM_URLENCODED.equals(ROUTES.get(e.route()).consumes()))
                .filter(e -> !e.roles().contains(Route.ANONYMOUS))
                .map(e -> e.checks().stream().filter(c -> c.owner() != null).findFirst()
                        .map(c -> new Target(e.route(), c.path(), c.owner()))
                        .orElseGet(() -> new Target(e.route(), MatrixCall.withUnknownIds(e.path()), login(e))));
    }

    private static String login(AuthorizationMatrix.Entry e) {
        if (e.roles().contains(Route.AUTHENTICATED)) {
            return "candidat";
        }
        return AuthorizationMatrix.LOGIN_OF_ROLE.get(e.roles().contains("admin") ? "admin" : e.roles().iterator().next());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formRoutes")
    void hostileFormsGetThePageOrA4xxNeverA500(Target target) throws SQLException {
        fixtures.values();
        Map<String, Long> before = RowCounts.of(dataSource);
        String path = fixtures.resolve(target.path());
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (String body : MalformedForms.bodies(SEED ^ target.route().hashCode(), GENERATED_PER_ROUTE)) {
            Response r = RestAssured.given().redirects().follow(false).auth().oauth2(Tokens.of(target.login()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED + "; charset=UTF-8").body(body).post(path);
            String answer = r.asString();
            boolean leak = answer.contains("Exception") || answer.contains("\tat ") || answer.contains("fr.titrepro.");
            boolean refused = r.statusCode() >= 400 && r.statusCode() < 500
                    || r.statusCode() == 200 && answer.contains("<html");
            // a random form that happens to be valid (a free-text field alone, e.g. an incident's description)
            boolean valid = r.statusCode() == 303 && !String.valueOf(r.header("Location")).contains("openid-connect");
            if (valid) {
                accepted++;
            }
            if (!(refused || valid) || leak) {
                failures.add(r.statusCode() + " for " + abbreviate(body) + " → " + abbreviate(answer));
            }
        }
        assertThat(failures).as(target + " (seed " + SEED + ")").isEmpty();
        if (accepted == 0) {
            assertThat(RowCounts.of(dataSource)).as(target + ": rows per table after the refused forms")
                    .isEqualTo(before);
        }
    }

    static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
