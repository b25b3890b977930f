package fr.titrepro.document;

import fr.titrepro.document.verification.VerificationRateLimiter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The /verify rate limit behind a reverse proxy (issue 12: « behind a proxy every visitor shares one bucket »). The
 * proxy is 127.0.0.2 (quarkus.http.proxy.trusted-proxies); the tests' own address, 127.0.0.1, is any other client.
 * A bucket holds 3 verifications and regains one a minute, so nothing depends on timing.
 */
@QuarkusTest
@TestProfile(VerificationBehindAProxyTest.BehindAProxy.class)
class VerificationBehindAProxyTest {

    static final String PROXY = "127.0.0.2";
    static final String CLIENT = "127.0.0.1";

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", PROXY,
                    "titrepro.documents.verification.burst", "3",
                    "titrepro.documents.verification.per-minute", "1");
        }
    }

    @TestHTTPResource("/verify/ZZZZ-ZZZZ-ZZZZ")
    URL unknownCode;

    @Inject
    VerificationRateLimiter limiter;

    @BeforeEach
    @AfterEach
    void freshLimits() {
        limiter.reset();
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedAddressDoesNotGetItsOwnBucket() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(verify(CLIENT, "198.51.100." + i)).as("request %d", i).isEqualTo(404);
        }
        // a fresh X-Forwarded-For each time: still the same client, 127.0.0.1
        assertThat(verify(CLIENT, "198.51.100.4")).isEqualTo(429);
        assertThat(verify(CLIENT, null)).isEqualTo(429);
        // the RFC 7239 header is not trusted either (allow-forwarded stays off)
        assertThat(verifyWith(CLIENT, "Forwarded", "for=198.51.100.5")).isEqualTo(429);
    }

    @Test
    void theTrustedProxyGivesEachVisitorTheirOwnBucket() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(verify(PROXY, "203.0.113.7")).as("visitor A, request %d", i).isEqualTo(404);
        }
        assertThat(verify(PROXY, "203.0.113.7")).isEqualTo(429);
        // another visitor behind the same proxy, and the proxy's own address, are still free
        assertThat(verify(PROXY, "203.0.113.8")).isEqualTo(404);
        assertThat(verify(PROXY, null)).isEqualTo(404);
        assertThat(verify(CLIENT, "203.0.113.8")).isEqualTo(404);
    }

    private int verify(String from, String forwardedFor) throws IOException, InterruptedException {
        return verifyWith(from, forwardedFor == null ? null : "X-Forwarded-For", forwardedFor);
    }

    /** A GET /verify/{code} in JSON sent from the local address {@code from}. */
    private int verifyWith(String from, String header, String value) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(unknownCode.toString()))
                    .header("Accept", "application/json");
            if (header != null) {
                request.header(header, value);
            }
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
