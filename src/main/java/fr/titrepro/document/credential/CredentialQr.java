package fr.titrepro.document.credential;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/** The QR code of a credential's public address, as SVG (one square per module, a quiet zone of four). */
public final class CredentialQr {

    private CredentialQr() {
    }

    public static String svg(String url) {
        try {
            ByteMatrix m = Encoder.encode(url, ErrorCorrectionLevel.M).getMatrix();
            int size = m.getWidth() + 8;
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y) == 1) {
                        path.append('M').append(x + 4).append(',').append(y + 4).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                    + "\" width=\"" + size * 4 + "\" height=\"" + size * 4 + "\" shape-rendering=\"crispEdges\">"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                    + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("QR code impossible", e);
        }
    }
}
