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

import java.io.IOException;
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

    static Verdict javaVerdict(byte[] pdf) {
        PDSignature signature;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getSignatureDictionaries().size() != 1) {
                return Verdict.UNREADABLE;
            }
            signature = doc.getLastSignatureDictionary();
        } catch (IOException e) {
            return Verdict.UNREADABLE;
        }
        int[] range = signature.getByteRange();
        if (range.length != 4 || range[0] != 0 || range[2] + range[3] != pdf.length
                || !"ETSI.CAdES.detached".equals(signature.getSubFilter())) {
            return Verdict.INVALID;
        }
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
