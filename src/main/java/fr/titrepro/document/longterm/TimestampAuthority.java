package fr.titrepro.document.longterm;

import org.bouncycastle.tsp.TimeStampToken;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An RFC 3161 timestamp authority: proves that a digest existed at a time, so that a signature made while its
 * certificate was valid can still be proven after the certificate expires (PAdES B-T, B-LTA).
 */
public interface TimestampAuthority {

    /** A timestamp token over a SHA-256 digest. */
    TimeStampToken timestamp(byte[] sha256);

    /** Revocation data the authority publishes for its own chain (embedded in the PDF's DSS); may be empty. */
    List<X509CRL> revocationData();

    /** The authority's certificate chain as far as it is known (the token carries it too). */
    List<X509Certificate> chain();
}
