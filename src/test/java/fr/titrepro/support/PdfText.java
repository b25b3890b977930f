package fr.titrepro.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;

/** What a reader sees in a PDF: its text (whitespace folded) and what its QR code says. */
public final class PdfText {

    private PdfText() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renders the last page and decodes the QR code printed on it. A whole page holds other shapes (flag, frame)
     * that can mislead the finder patterns at one resolution, so a few resolutions are tried, each "try harder".
     */
    public static String qrCode(byte[] pdf) {
        Exception last = null;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int dpi : new int[] {150, 200, 300, 120}) {
                BufferedImage image = renderer.renderImageWithDPI(doc.getNumberOfPages() - 1, dpi);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                try {
                    return new QRCodeReader().decode(bitmap,
                            java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (Exception e) {
                    last = e;
                }
            }
        } catch (Exception e) {
            last = e;
        }
        throw new IllegalStateException("QR code illisible", last);
    }
}
