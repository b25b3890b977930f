package fr.titrepro.document.longterm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the last document timestamp (/DocTimeStamp, ETSI.RFC3161) of a stored PDF: when it was made, which digest
 * algorithm it used, the certificate of the authority that signed it (whose end decides when the proof must be
 * renewed) and the certificates the token carries (embedded in the next DSS).
 */
public final class DocumentTimestamps {

    private static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");

    private DocumentTimestamps() {
    }

    /**
     * The last document timestamp of a PDF.
     *
     * @param digestAlgorithm OID of the digest the token's imprint uses (2.16.840.1.101.3.4.2.1 = SHA-256)
     */
    public record Last(Instant time, X509Certificate authority, String digestAlgorithm,
                       List<X509Certificate> certificates) {
    }

    /** Empty when the PDF has no document timestamp (a PAdES B-B or B-T document). */
    public static Optional<Last> last(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Optional<PDSignature> last = doc.getSignatureDictionaries().stream()
                    .filter(s -> ETSI_RFC3161.getName().equals(s.getSubFilter()))
                    .max(Comparator.comparingInt(DocumentTimestamps::end));
            if (last.isEmpty()) {
                return Optional.empty();
            }
            TimeStampToken token = new TimeStampToken(new CMSSignedData(last.get().getContents(pdf)));
            List<X509Certificate> certificates = new ArrayList<>();
            X509Certificate authority = null;
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
                X509Certificate c = converter.getCertificate(holder);
                certificates.add(c);
                if (token.getSID().match(holder)) {
                    authority = c;
                }
            }
            if (authority == null) {
                throw new IllegalStateException("Jeton d'horodatage sans le certificat de son autorité");
            }
            return Optional.of(new Last(token.getTimeStampInfo().getGenTime().toInstant(), authority,
                    token.getTimeStampInfo().getMessageImprintAlgOID().getId(), List.copyOf(certificates)));
        } catch (IOException | CertificateException | org.bouncycastle.cms.CMSException
                 | org.bouncycastle.tsp.TSPException e) {
            throw new IllegalStateException("Horodatage du document illisible", e);
        }
    }

    /** Where the signature's byte range ends: the last one covers the whole file. */
    private static int end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length < 4 ? 0 : range[2] + range[3];
    }
}
