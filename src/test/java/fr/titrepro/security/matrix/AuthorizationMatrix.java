package fr.titrepro.security.matrix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The authorization matrix as written in {@code docs/authorization-matrix.yaml}. */
public record AuthorizationMatrix(List<Entry> routes) {

    public static final Path FILE = Path.of("docs/authorization-matrix.yaml");
    /** The demo logins of the realm and their role. */
    public static final Map<String, String> ROLE_OF_LOGIN = Map.ofEntries(
            Map.entry("admin", "admin"), Map.entry("centre", "centre"), Map.entry("centre2", "centre"),
            Map.entry("jury", "juror"), Map.entry("jury2", "juror"), Map.entry("jury3", "juror"),
            Map.entry("candidat", "candidate"), Map.entry("candidat2", "candidate"),
            Map.entry("conseiller", "vae-adviser"), Map.entry("conseiller2", "vae-adviser"));
    /** One login per role, for the calls of a role that is not allowed. */
    public static final Map<String, String> LOGIN_OF_ROLE = Map.of("admin", "admin", "centre", "centre",
            "juror", "jury", "candidate", "candidat", "vae-adviser", "conseiller");
    public static final String ALLOWED = "allowed";

    /** A call with the test's fixtures: the owner must pass, the same-role non-owner gets {@code nonOwner}. */
    public record Check(String path, String owner, String nonOwner, String body) {
    }

    public record Entry(String route, Set<String> roles, String ownership, int anonymous, Integer otherRole,
                        Integer nonOwner, String owner, String deviation, List<Check> checks,
                        String noOtherOwner) {

        /** Whether only the administration, or anyone, may touch its records: no same-role owner to tell apart. */
        public boolean ownedByNoOne() {
            return ownership.startsWith("none") || ownership.startsWith("admin only");
        }

        public String method() {
            return route.substring(0, route.indexOf(' '));
        }

        public String path() {
            return route.substring(route.indexOf(' ') + 1);
        }

        public boolean isApi() {
            return path().startsWith("/api/");
        }

        public List<Check> checks() {
            return checks == null ? List.of() : checks;
        }

        /** The roles that must be refused: every role when the route names roles, none when public or any login. */
        public Set<String> refusedRoles() {
            if (roles.contains(Route.ANONYMOUS) || roles.contains(Route.AUTHENTICATED)) {
                return Set.of();
            }
            return LOGIN_OF_ROLE.keySet().stream().filter(r -> !roles.contains(r)).collect(Collectors.toSet());
        }
    }

    public static AuthorizationMatrix load() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(FILE.toFile(), AuthorizationMatrix.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Entry> byRoute() {
        return routes.stream().collect(Collectors.toMap(Entry::route, Function.identity()));
    }

    public Optional<Entry> entry(String route) {
        return Optional.ofNullable(byRoute().get(route));
    }
}
