package fr.titrepro.document.longterm;

import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CRLs of a certificate chain, fetched from each certificate's HTTP CRL distribution points and kept until their
 * next update (one download per CRL, not one per document). A certificate without a distribution point (a root, the
 * demo key) contributes nothing.
 */
public final class CrlSource {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, X509CRL> cache = new ConcurrentHashMap<>();
    private final Map<X509Certificate, List<String>> points = new ConcurrentHashMap<>();
    private final Clock clock;

    public CrlSource(Clock clock) {
        this.clock = clock;
    }

    public List<X509CRL> crlsFor(List<X509Certificate> chain) {
        List<X509CRL> found = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            // read once per certificate: parsing the extensions again for each document was repeated work (issue 16)
            for (String url : points.computeIfAbsent(certificate, CrlSource::distributionPoints)) {
                X509CRL crl = cache.compute(url, (u, cached) -> fresh(cached) ? cached : download(u));
                if (!found.contains(crl)) {
                    found.add(crl);
                }
            }
        }
        return found;
    }

    private boolean fresh(X509CRL crl) {
        return crl != null && crl.getNextUpdate() != null && crl.getNextUpdate().after(Date.from(clock.instant()));
    }

    private X509CRL download(String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Liste de révocation " + url + " : réponse " + response.statusCode());
            }
            return (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Téléchargement interrompu : " + url, e);
        } catch (Exception e) {
            throw new IllegalStateException("Liste de révocation illisible ou injoignable : " + url, e);
        }
    }

    static List<String> distributionPoints(X509Certificate certificate) {
        try {
            CRLDistPoint points = CRLDistPoint.fromExtensions(new JcaX509CertificateHolder(certificate).getExtensions());
            if (points == null) {
                return List.of();
            }
            List<String> urls = new ArrayList<>();
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                    continue;
                }
                for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                    String uri = g.getName().toString();
                    if (g.getTagNo() == GeneralName.uniformResourceIdentifier && uri.startsWith("http")) {
                        urls.add(uri);
                    }
                }
            }
            return urls;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("Certificat illisible", e);
        }
    }
}
