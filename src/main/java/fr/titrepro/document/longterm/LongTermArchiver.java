package fr.titrepro.document.longterm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes a PDF whose signature already carries its signature timestamp (PAdES B-T) to B-LTA, in one incremental
 * update that leaves the signed bytes untouched: a Document Security Store (/DSS: the certificates of the signer
 * and of the timestamp authority, and their CRLs) and a document timestamp (/DocTimeStamp, SubFilter
 * ETSI.RFC3161) over the whole file, DSS included. Renewing that last timestamp before its authority's certificate
 * expires (a new DSS, a new document timestamp) keeps the proof alive for as long as needed.
 */
public final class LongTermArchiver {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    /** Room for the document timestamp token (its chain included). */
    private static final int TOKEN_ROOM = 12_000;

    private final TimestampAuthority tsa;
    private final CrlSource crls;

    public LongTermArchiver(TimestampAuthority tsa, CrlSource crls) {
        this.tsa = tsa;
        this.crls = crls;
    }

    /** The same PDF with the validation data of {@code signerChain} and of the authority, then a document timestamp. */
    public byte[] archive(byte[] signedPdf, List<X509Certificate> signerChain) {
        try (PDDocument doc = Loader.loadPDF(signedPdf); SignatureOptions options = new SignatureOptions()) {
            // one incremental update (one parse, one write per document): the DSS and the document timestamp that
            // covers it, the timestamp's /ByteRange spanning the whole file but its own token
            addDss(doc, signerChain);
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(ETSI_RFC3161);
            options.setPreferredSignatureSize(TOKEN_ROOM);
            doc.addSignature(timestamp, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(signedPdf.length + 2 * TOKEN_ROOM + 16_384);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] digest = sha256(external.getContent().readAllBytes());
            external.setSignature(tsa.timestamp(digest).getEncoded());
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Archivage à long terme du document impossible", e);
        }
    }

    /**
     * Renews the proof of an archived PDF (issue 16): a new DSS — the previous one's entries kept, the certificates
     * of the last document timestamp's authority and fresh CRLs added — and a new document timestamp over the whole
     * file, in one more incremental update: every previous revision stays byte for byte at the start of the file.
     */
    public byte[] renew(byte[] archivedPdf) {
        List<X509Certificate> previous = DocumentTimestamps.last(archivedPdf)
                .map(DocumentTimestamps.Last::certificates).orElse(List.of());
        return archive(archivedPdf, previous);
    }

    private void addDss(PDDocument doc, List<X509Certificate> signerChain) throws IOException {
        Set<X509Certificate> certificates = new LinkedHashSet<>(signerChain);
        certificates.addAll(tsa.chain());
        List<X509CRL> revocations = new ArrayList<>(crls.crlsFor(List.copyOf(certificates)));
        tsa.revocationData().stream().filter(c -> !revocations.contains(c)).forEach(revocations::add);
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary previous = catalog.getCOSDictionary(DSS);
        COSDictionary dss = new COSDictionary();
        // a renewal keeps what the previous DSS held (the data the earlier timestamps were validated with)
        Set<String> present = new java.util.HashSet<>();
        COSArray certs = kept(previous, CERTS, present);
        for (X509Certificate c : certificates) {
            DssEntry entry = entry(c, () -> encoded(c));
            if (present.add(entry.sha256())) {
                certs.add(entry.stream(doc));
            }
        }
        COSArray crlArray = kept(previous, CRLS, present);
        for (X509CRL crl : revocations) {
            DssEntry entry = entry(crl, () -> encoded(crl));
            if (present.add(entry.sha256())) {
                crlArray.add(entry.stream(doc));
            }
        }
        dss.setItem(CERTS, certs);
        dss.setItem(CRLS, crlArray);
        dss.setNeedToBeUpdated(true);
        certs.setNeedToBeUpdated(true);
        crlArray.setNeedToBeUpdated(true);
        catalog.setItem(DSS, dss);
        catalog.setNeedToBeUpdated(true);
    }

    /** The entries of the previous DSS's array (same objects, not copied), their SHA-256 noted in {@code present}. */
    private static COSArray kept(COSDictionary previous, COSName key, Set<String> present) throws IOException {
        COSArray kept = new COSArray();
        COSArray old = previous == null ? null : previous.getCOSArray(key);
        if (old == null) {
            return kept;
        }
        for (int i = 0; i < old.size(); i++) {
            if (old.getObject(i) instanceof COSStream stream) {
                try (java.io.InputStream in = stream.createInputStream()) {
                    present.add(hex(in.readAllBytes()));
                }
                kept.add(old.get(i));
            }
        }
        return kept;
    }

    private static String hex(byte[] data) {
        return java.util.HexFormat.of().formatHex(sha256(data));
    }

    /**
     * A certificate or CRL of the DSS as every document embeds it: its SHA-256 (to skip one already there) and its
     * Flate-encoded bytes. The same few (the signer's chain, the authority's, their CRLs) go into every document of a
     * batch: computed once each, not once per document (issue 16: 200 documents, five entries each).
     */
    private record DssEntry(String sha256, byte[] flated) {

        COSStream stream(PDDocument doc) throws IOException {
            COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(flated);
            }
            stream.setNeedToBeUpdated(true);
            return stream;
        }
    }

    /** At most this many entries kept (a few chains and their CRLs; a CRL replaced at its next update adds one). */
    private static final int ENTRIES_KEPT = 64;

    /** Keyed by the certificate or CRL (equal when their encodings are). */
    private final Map<Object, DssEntry> entries = new ConcurrentHashMap<>();

    private DssEntry entry(Object item, java.util.function.Supplier<byte[]> encoding) throws IOException {
        DssEntry entry = entries.get(item);
        if (entry == null) {
            byte[] content = encoding.get();
            entry = new DssEntry(hex(content), flated(content));
            if (entries.size() >= ENTRIES_KEPT) {
                entries.clear();
            }
            entries.put(item, entry);
        }
        return entry;
    }

    /** The bytes PDFBox's FlateDecode filter writes for {@code content}, as it wrote them for each document. */
    private static byte[] flated(byte[] content) throws IOException {
        try (COSStream stream = new COSStream()) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            try (java.io.InputStream in = stream.createRawInputStream()) {
                return in.readAllBytes();
            }
        }
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("Certificat illisible", e);
        }
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException("Liste de révocation illisible", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
