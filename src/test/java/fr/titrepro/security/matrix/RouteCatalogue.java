package fr.titrepro.security.matrix;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The application's routes read from the compiled classes: every class under {@code fr.titrepro} annotated
 * {@code @Path} (API resources and pages alike), each of its methods carrying an HTTP method annotation, with the
 * roles of its {@code @RolesAllowed} / {@code @PermitAll} / {@code @Authenticated} (the method's, else the class').
 */
public final class RouteCatalogue {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE",
            PATCH.class, "PATCH", HEAD.class, "HEAD", OPTIONS.class, "OPTIONS");

    private RouteCatalogue() {
    }

    public static List<Route> routes() {
        return resourceClasses().stream()
                .flatMap(RouteCatalogue::routesOf)
                .distinct()
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    private static List<Class<?>> resourceClasses() {
        Path root = CLASSES.resolve("fr/titrepro");
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(CLASSES::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(RouteCatalogue::load)
                    .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RouteCatalogue.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static Stream<Route> routesOf(Class<?> resource) {
        String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
        return Stream.of(resource.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .flatMap(m -> httpMethod(m).stream().map(http -> new Route(http, join(base, m),
                        roles(m).or(() -> roles(resource)).orElse(Set.of()), resource.getSimpleName(),
                        consumes(m).or(() -> consumes(resource)).orElse(null))));
    }

    private static Optional<String> httpMethod(Method m) {
        return HTTP_METHODS.entrySet().stream().filter(e -> m.isAnnotationPresent(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private static String join(String base, Method m) {
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        String path = ("/" + strip(base) + "/" + (sub == null ? "" : strip(sub.value()))).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(String s) {
        String t = s.replaceAll("^/+", "").replaceAll("/+$", "");
        // a template with a regular expression, {code: [A-Z]+}, is named by its variable only
        return t.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    }

    private static Optional<String> consumes(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(Consumes.class)).map(c -> c.value()[0]);
    }

    private static Optional<Set<String>> roles(AnnotatedElement element) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return Optional.of(new TreeSet<>(List.of(allowed.value())));
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(Set.of(Route.ANONYMOUS));
        }
        if (element.isAnnotationPresent(Authenticated.class)) {
            return Optional.of(Set.of(Route.AUTHENTICATED));
        }
        return Optional.empty();
    }

    static Set<String> keys(List<Route> routes) {
        Set<String> keys = new LinkedHashSet<>();
        routes.forEach(r -> keys.add(r.key()));
        return keys;
    }
}
