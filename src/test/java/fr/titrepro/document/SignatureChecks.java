package fr.titrepro.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Checks a PDF signature from Java (PDFBox + BouncyCastle) and with poppler's pdfsig, an independent validator. */
final class SignatureChecks {

    private SignatureChecks() {
    }

    /** True when the only signature covers the whole file and its CMS verifies over the /ByteRange. */
    static boolean validFromJava(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getSignatureDictionaries().size() != 1) {
                return false;
            }
            PDSignature signature = doc.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            if (range[0] != 0 || range[2] + range[3] != pdf.length) {
                return false;
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            return "ETSI.CAdES.detached".equals(signature.getSubFilter())
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            return false;
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
