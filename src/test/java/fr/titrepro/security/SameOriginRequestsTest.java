package fr.titrepro.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests the same-origin rule refuses. */
class SameOriginRequestsTest {

    static final String PUBLIC = "https://titrepro.travail.gouv.fr";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("GET from anywhere", "GET", "https://evil.example", null, "127.0.0.1:8080", null, true),
                Arguments.of("form posted by the page itself", "POST", "http://127.0.0.1:8080", null,
                        "127.0.0.1:8080", null, true),
                Arguments.of("form posted from another site", "POST", "https://evil.example", null,
                        "127.0.0.1:8080", null, false),
                Arguments.of("same host, another port", "POST", "http://127.0.0.1:9999", null, "127.0.0.1:8080",
                        null, false),
                Arguments.of("opaque origin (sandboxed frame)", "POST", "null", null, "127.0.0.1:8080", null, false),
                Arguments.of("no Origin, Referer of the platform", "POST", null, "http://127.0.0.1:8080/sessions/3",
                        "127.0.0.1:8080", null, true),
                Arguments.of("no Origin, Referer of another site", "DELETE", null, "https://evil.example/x",
                        "127.0.0.1:8080", null, false),
                Arguments.of("API client: neither Origin nor Referer", "PUT", null, null, "127.0.0.1:8080", null,
                        true),
                Arguments.of("behind a proxy: the public address", "POST", PUBLIC, null, "10.0.0.7:8080", null, true),
                Arguments.of("behind a proxy: X-Forwarded-Host", "POST", "https://titrepro.example", null,
                        "10.0.0.7:8080", "titrepro.example", true),
                Arguments.of("default port written out in Host", "POST", "https://titrepro.example", null,
                        "titrepro.example:443", null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesStateChangesFromAnotherSite(String name, String method, String origin, String referer, String host,
                                             String forwardedHost, boolean allowed) {
        var refusal = SameOriginRequests.refusal(method, origin, referer, host, forwardedHost, PUBLIC);
        assertThat(refusal.isEmpty()).isEqualTo(allowed);
        refusal.ifPresent(message -> assertThat(message).startsWith("Requête refusée : elle a été envoyée depuis un "
                + "autre site"));
    }
}
