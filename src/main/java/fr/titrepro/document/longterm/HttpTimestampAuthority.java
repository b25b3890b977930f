package fr.titrepro.document.longterm;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A timestamp authority reached over HTTP (RFC 3161 §3.4, {@code application/timestamp-query}). One
 * {@link HttpClient} for the process keeps its connections open between requests, so that issuing the documents of
 * a whole session pays the TCP/TLS set-up once; each request carries a random nonce that the token must echo.
 */
public final class HttpTimestampAuthority implements TimestampAuthority {

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final HttpClient http;
    private final CrlSource crls;
    private volatile List<X509Certificate> chain = List.of();

    public HttpTimestampAuthority(URI url, CrlSource crls) {
        this.url = url;
        this.crls = crls;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public TimeStampToken timestamp(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("L'autorité d'horodatage " + url + " a répondu " + response.statusCode());
            }
            TimeStampToken token = TimestampResponses.token(response.body());
            if (!request.getNonce().equals(token.getTimeStampInfo().getNonce())) {
                throw new IllegalStateException("Jeton d'horodatage sans le nonce de la demande : refusé");
            }
            chain = certificates(token);
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("Autorité d'horodatage injoignable : " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Horodatage interrompu", e);
        }
    }

    @Override
    public List<X509CRL> revocationData() {
        return crls.crlsFor(chain);
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    private static List<X509Certificate> certificates(TimeStampToken token) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                throw new IllegalStateException("Certificat d'horodatage illisible", e);
            }
        }
        return List.copyOf(certificates);
    }
}
