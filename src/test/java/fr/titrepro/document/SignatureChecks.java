package fr.titrepro.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.concurrent.TimeUnit;

/** Checks a PDF signature from Java (PDFBox + BouncyCastle) and with poppler's pdfsig, an independent validator. */
final class SignatureChecks {

    private SignatureChecks() {
    }

    /** What the Java check concludes: a signature that does not hold is not the same finding as a file it cannot read. */
    enum Verdict {
        /** the only signature covers the whole file and its CMS verifies over the /ByteRange */
        VALID,
        /** the file reads and carries a signature, which does not hold (digest mismatch, bad signature, partial range) */
        INVALID,
        /** not a readable PDF, or no signature to check */
        UNREADABLE
    }

    /**
     * B-B: one CAdES signature over the whole file. B-LTA (issue 16): the CAdES signature, then document timestamps
     * (ETSI.RFC3161) in later revisions, the last one covering the whole file; each of them must hold.
     */
    static Verdict javaVerdict(byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            signatures = new ArrayList<>(doc.getSignatureDictionaries());
        } catch (IOException e) {
            return Verdict.UNREADABLE;
        }
        List<PDSignature> cades = signatures.stream().filter(s -> CADES.equals(s.getSubFilter())).toList();
        if (cades.size() != 1) {
            return Verdict.UNREADABLE;
        }
        signatures.sort(Comparator.comparingInt(SignatureChecks::end));
        if (signatures.getFirst() != cades.getFirst() || end(signatures.getLast()) != pdf.length) {
            return Verdict.INVALID;
        }
        for (PDSignature signature : signatures) {
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0) {
                return Verdict.INVALID;
            }
            Verdict verdict = signature == cades.getFirst() ? cadesVerdict(signature, pdf)
                    : DOCUMENT_TIMESTAMP.equals(signature.getSubFilter()) ? timestampVerdict(signature, pdf)
                    : Verdict.INVALID;
            if (verdict != Verdict.VALID) {
                return verdict;
            }
        }
        return Verdict.VALID;
    }

    private static final String CADES = "ETSI.CAdES.detached";
    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    private static int end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length == 4 ? range[2] + range[3] : -1;
    }

    private static Verdict cadesVerdict(PDSignature signature, byte[] pdf) {
        SignerInformation signer;
        X509CertificateHolder certificate;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder found = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            certificate = found;
        } catch (IOException | CMSException | java.util.NoSuchElementException e) {
            return Verdict.UNREADABLE;
        }
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))
                    ? Verdict.VALID : Verdict.INVALID;
        } catch (CMSSignerDigestMismatchException e) {
            return Verdict.INVALID;
        } catch (CMSException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("Vérification impossible (environnement cryptographique)", e);
        }
    }

    /** The token is signed by the certificate it names and its imprint is the SHA-256 of the covered bytes. */
    private static Verdict timestampVerdict(PDSignature signature, byte[] pdf) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(signature.getContents(pdf)));
            @SuppressWarnings("unchecked")
            X509CertificateHolder tsa = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID())
                    .iterator().next();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signature.getSignedContent(pdf));
            if (!Arrays.equals(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
                return Verdict.INVALID;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            return Verdict.VALID;
        } catch (TSPValidationException e) {
            return Verdict.INVALID;
        } catch (IOException | CMSException | TSPException | java.util.NoSuchElementException e) {
            return Verdict.UNREADABLE;
        } catch (OperatorCreationException | CertificateException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Vérification impossible (environnement cryptographique)", e);
        }
    }

    static boolean pdfsigInstalled() {
        try {
            Process p = new ProcessBuilder("pdfsig", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** pdfsig's report on the file. */
    static String pdfsig(byte[] pdf) {
        try {
            Path file = Files.createTempFile("titrepro-", ".pdf");
            try {
                Files.write(file, pdf);
                Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(30, TimeUnit.SECONDS);
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same file with one byte changed inside the signed range (the /Creator of the document information). */
    static byte[] tampered(byte[] pdf) {
        byte[] copy = pdf.clone();
        byte[] marker = "/Creator(titrepro)".getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(copy, marker);
        if (at < 0) {
            throw new IllegalStateException("Marqueur /Creator absent");
        }
        copy[at + marker.length - 2] = 'O';
        return copy;
    }

    private static int indexOf(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
