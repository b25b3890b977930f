package fr.titrepro.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Issue 12: pages and API answered without CSP, frame protection, nosniff nor Referrer-Policy. Every response now
 * carries them, and the CSP forbids inline script: no template may hold an inline handler or script block.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    static ValidatableResponse secured(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline"))))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void publicPagesCarryTheHeaders() {
        secured(given().accept("text/html").get("/verify").then().statusCode(200));
        secured(given().accept("text/html").get("/").then().statusCode(200));
        secured(given().get("/js/page-actions.js").then().statusCode(200));
        // issue 17: the grid's service worker and modules, under the same CSP (worker-src falls back to script-src)
        secured(given().get("/sw.js").then().statusCode(200).contentType(containsString("javascript")));
        secured(given().get("/js/grid/main.js").then().statusCode(200).contentType(containsString("javascript")));
    }

    @Test
    @TestSecurity(user = "t12-admin-headers", roles = Roles.ADMIN)
    void pagesAndApiOfALoggedInUserCarryTheHeaders() {
        secured(given().accept("text/html").get("/titles").then().statusCode(200))
                .body(containsString("<script src=\"/js/page-actions.js\" defer></script>"));
        secured(given().get("/api/jurors").then().statusCode(200));
        // an error answer too
        secured(given().get("/api/jurors/987654321").then().statusCode(404));
    }

    @Test
    void theOpenApiDocumentNamesTheViewOfEachRole() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(allOf(containsString("JurorSessionDetail"), containsString("CandidateSessionDetail"),
                        containsString("JurorProfileView")));
    }

    @Test
    void noTemplateRunsInlineScript() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(templates)) {
            offenders = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    String html = Files.readString(p);
                    return Stream.of(INLINE_HANDLER, INLINE_SCRIPT).filter(x -> x.matcher(html).find())
                            .map(x -> templates.relativize(p) + " : " + x.pattern());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offenders).as("inline script is refused by the Content-Security-Policy").isEmpty();
        try (Stream<Path> files = Files.walk(templates)) {
            assertThat(files.filter(p -> p.toString().endsWith(".html")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).noneMatch(html -> html.contains("javascript:"));
        }
    }
}
