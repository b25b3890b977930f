package fr.titrepro.security.matrix;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the authorization matrix ({@code docs/authorization-matrix.yaml}) lists every route of the compiled
 * resources, API and pages, with the roles their annotations let in. A new route, a removed one or a changed
 * {@code @RolesAllowed} fails here until the matrix says so. No Quarkus start: reflection over target/classes.
 */
class AuthorizationMatrixCoverageTest {

    private static final Set<String> PLACEHOLDERS = Set.of("session", "enrolment", "candidate", "myCandidate",
            "myEnrolment", "juror", "grid", "vae", "linkRequest", "myDocument", "gridSection", "gridCriterion", "importJob",
            "appealSession", "appeal", "vaeProposal", "ccpPart",
            "centreOfCentre"); // issue 19: the centre of « centre » (the dashboard's centreId)
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final AuthorizationMatrix matrix = AuthorizationMatrix.load();
    private final List<Route> routes = RouteCatalogue.routes();

    @Test
    void theCatalogueFindsTheApplicationsRoutes() {
        assertThat(routes).extracting(Route::key).contains("GET /", "GET /api/sessions/{id}",
                "POST /sessions/{id}/pv/signatures", "GET /verify/{code}", "GET /api/candidates/import/template");
        assertThat(routes).hasSizeGreaterThan(150);
    }

    @Test
    void everyRouteOfTheApplicationIsInTheMatrix() {
        Set<String> declared = matrix.routes().stream().map(AuthorizationMatrix.Entry::route).collect(Collectors.toSet());
        assertThat(routes).extracting(Route::key).filteredOn(k -> !declared.contains(k))
                .as("routes missing from %s", AuthorizationMatrix.FILE).isEmpty();
    }

    @Test
    void everyRouteOfTheMatrixExistsOnceInTheApplication() {
        Set<String> existing = RouteCatalogue.keys(routes);
        List<String> names = matrix.routes().stream().map(AuthorizationMatrix.Entry::route).toList();
        assertThat(names).as("routes of the matrix that the application does not have").allMatch(existing::contains);
        assertThat(names).as("routes listed twice").doesNotHaveDuplicates();
    }

    @Test
    void theRolesOfTheMatrixAreThoseOfTheAnnotations() {
        Map<String, AuthorizationMatrix.Entry> declared = matrix.byRoute();
        List<String> mismatches = new ArrayList<>();
        for (Route route : routes) {
            AuthorizationMatrix.Entry entry = declared.get(route.key());
            Set<String> annotated = route.roles().isEmpty() ? Set.of("(no annotation)") : route.roles();
            if (entry != null && !new TreeSet<>(entry.roles()).equals(new TreeSet<>(annotated))) {
                mismatches.add(route.key() + ": matrix " + new TreeSet<>(entry.roles()) + ", annotations "
                        + new TreeSet<>(annotated) + " (" + route.resource() + ")");
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyEntryDeclaresTheStatusOfEachCaller() {
        for (AuthorizationMatrix.Entry e : matrix.routes()) {
            assertThat(e.ownership()).as(e.route() + " ownership").isNotBlank();
            if (e.roles().contains(Route.ANONYMOUS)) {
                // public: the page, or 404 for a code that does not exist
                assertThat(e.anonymous()).as(e.route() + " anonymous").isIn(200, 404);
            } else {
                assertThat(e.anonymous()).as(e.route() + " anonymous").isEqualTo(e.isApi() ? 401 : 302);
            }
            assertThat(e.otherRole()).as(e.route() + " otherRole")
                    .isEqualTo(e.refusedRoles().isEmpty() ? null : 403);
            assertThat(e.nonOwner() != null).as(e.route() + " nonOwner declared with its checks")
                    .isEqualTo(!e.checks().isEmpty());
            if (e.nonOwner() != null) {
                assertThat(e.nonOwner()).as(e.route() + " nonOwner").isIn(403, 404);
                assertThat(e.owner()).as(e.route() + " owner").isEqualTo(AuthorizationMatrix.ALLOWED);
            }
        }
    }

    @Test
    void everyCheckIsPlayedBySameRoleLoginsThatTheRouteLetsIn() {
        Map<String, String> roleOf = AuthorizationMatrix.ROLE_OF_LOGIN;
        for (AuthorizationMatrix.Entry e : matrix.routes()) {
            for (AuthorizationMatrix.Check c : e.checks()) {
                String role = roleOf.get(c.nonOwner());
                assertThat(role).as(e.route() + " non-owner " + c.nonOwner()).isNotNull();
                assertThat(e.roles()).as(e.route() + " lets " + c.nonOwner() + " in").contains(role);
                if (c.owner() != null) {
                    assertThat(roleOf.get(c.owner())).as(e.route() + " owner " + c.owner()).isEqualTo(role);
                    assertThat(c.owner()).isNotEqualTo(c.nonOwner());
                }
                Matcher m = PLACEHOLDER.matcher(c.path());
                while (m.find()) {
                    assertThat(PLACEHOLDERS).as(e.route() + " placeholder " + m.group()).contains(m.group(1));
                }
                assertThat(c.path().replaceAll("\\?.*", "").replaceAll("\\{[A-Za-z]+}", "{}"))
                        .as(e.route() + " check path of this route")
                        .isEqualTo(e.path().replaceAll("\\{[A-Za-z]+}", "{}"));
            }
        }
    }

    /**
     * Every route with an ownership rule (other than « admin only » and « none ») is called by a same-role user who
     * does not own the record, or says in {@code noOtherOwner} why there is none (a « /me » route, a list filtered
     * to the caller, a creation): a new owned route cannot escape the non-owner call.
     */
    @Test
    void everyOwnedRouteIsCalledAsANonOwnerOrSaysWhyThereIsNone() {
        List<String> uncovered = new ArrayList<>();
        for (AuthorizationMatrix.Entry e : matrix.routes()) {
            boolean called = e.checks().stream().anyMatch(c -> c.nonOwner() != null);
            boolean reason = e.noOtherOwner() != null && e.noOtherOwner().strip().length() >= 20;
            if (e.ownedByNoOne() && !e.ownership().startsWith("none")) {
                assertThat(e.roles()).as(e.route() + ": « admin only » lets only the administration in")
                        .containsExactly("admin");
            }
            if (e.ownedByNoOne()) {
                assertThat(called || e.noOtherOwner() != null).as(e.route() + ": « " + e.ownership()
                        + " » has no same-role owner, no check nor reason expected").isFalse();
            } else if (called == reason) {
                uncovered.add(e.route() + (called ? ": a non-owner check and a noOtherOwner reason (choose one)"
                        : ": « " + e.ownership() + " » without a non-owner check nor a noOtherOwner reason"));
            }
        }
        assertThat(uncovered).isEmpty();
    }

    static Map<String, Route> byKey(List<Route> routes) {
        return routes.stream().collect(Collectors.toMap(Route::key, Function.identity(), (a, b) -> a));
    }
}
