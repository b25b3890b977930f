package fr.titrepro.document;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The EU's DSS library as an independent validator of the PAdES signatures: the demo key and the local timestamp
 * authority's root are declared trusted (as a relying party would declare the ministry's), nothing is fetched online.
 */
final class DssValidation {

    /** What DSS concludes on the document's (first) signature. */
    record Result(Indication indication, String subIndication, SignatureLevel level, Date bestSignatureTime,
                  String report) {
    }

    private DssValidation() {
    }

    static Result validate(byte[] pdf, List<X509Certificate> trusted, Instant at) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
        trusted.forEach(c -> anchors.addCertificate(new CertificateToken(c)));
        verifier.setTrustedCertSources(anchors);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        validator.setCertificateVerifier(verifier);
        validator.setValidationTime(Date.from(at));
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        return new Result(simple.getIndication(id),
                simple.getSubIndication(id) == null ? null : simple.getSubIndication(id).name(),
                simple.getSignatureFormat(id), simple.getBestSignatureTime(id), reports.getXmlSimpleReport());
    }
}
