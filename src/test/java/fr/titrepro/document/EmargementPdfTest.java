package fr.titrepro.document;

import fr.titrepro.document.render.EmargementData;
import fr.titrepro.document.render.EmargementPdf;
import fr.titrepro.support.PdfText;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feuille d'émargement as printed (issue 18): one page per day and épreuve, the session, each candidate with
 * times, accommodations and a signature box (holding the tablet's signature once ticked), the jury's boxes. Writes
 * target/screenshots/emargement.pdf, rendered to docs/screenshots/emargement.png with pdftoppm.
 */
class EmargementPdfTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static EmargementData sample() throws Exception {
        List<EmargementData.Line> msp = List.of(
                new EmargementData.Line("MARTIN Lucas", "T4-LYON-0001", "08h30 – 12h30", "", "Présent", signature(),
                        "émargé le 7 décembre 2026 à 08h21 par centre"),
                new EmargementData.Line("BERNARD Chloé", "T4-LYON-0002", "08h30 – 13h50",
                        "Temps majoré de 33 % ; Assistance : secrétaire lecteur ; Matériel : écran 27 pouces",
                        null, null, null),
                new EmargementData.Line("DUBOIS Karim", "T4-LYON-0003", "08h30 – 12h30", "", "Absent", null,
                        "émargé le 7 décembre 2026 à 08h47 par centre"),
                new EmargementData.Line("LEROY Inès", "T4-LYON-0004", "08h30 – 12h30", "", null, null, null));
        List<EmargementData.Line> interview = List.of(
                new EmargementData.Line("MARTIN Lucas", "T4-LYON-0001", "14h00 – 14h20", "", null, null, null));
        return new EmargementData("Technicien réseaux IP (TRI, TP-00496, version 05)",
                "Session titre TRI du 07/12/2026 au 08/12/2026 (n° 12)", "Rhône Formation Numérique",
                "Plateau technique réseaux – 3 avenue du Réseau, 69003 Lyon", "Claire Morel – c.morel@rfn.example",
                List.of("Dominique Laurent – Technicien réseaux", "Samia Haddad – Administratrice systèmes et réseaux"),
                List.of(new EmargementData.Sheet(DAY, "CCP 1 – Mise en situation professionnelle", msp),
                        new EmargementData.Sheet(DAY, "Entretien final", interview)));
    }

    static byte[] signature() throws Exception {
        BufferedImage image = new BufferedImage(240, 70, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0, 0, 145));
        g.setStroke(new BasicStroke(3));
        g.drawPolyline(new int[]{10, 30, 45, 60, 80, 100, 130, 160, 200, 230}, new int[]{50, 15, 55, 20, 50, 25, 45,
                20, 40, 30}, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void eachDayAndEpreuveHasItsSheetWithTheCandidatesAccommodationsAndSignatureBoxes() throws Exception {
        byte[] pdf = EmargementPdf.render(sample());
        Path out = Path.of("target", "screenshots", "emargement.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        assertThat(PdfText.pages(pdf)).isEqualTo(2);
        String text = PdfText.text(pdf);
        assertThat(text).contains("RÉPUBLIQUE FRANÇAISE", "FEUILLE D'ÉMARGEMENT",
                "CCP 1 – Mise en situation professionnelle – 7 décembre 2026", "Entretien final – 7 décembre 2026",
                "Rhône Formation Numérique", "MARTIN Lucas", "réf. T4-LYON-0002",
                "Temps majoré de 33 % ; Assistance : secrétaire lecteur", "Signature du candidat", "Absent",
                "émargé le 7 décembre 2026 à 08h21 par centre", "Dominique Laurent", "Samia Haddad",
                "Surveillant (nom, prénom)");
    }

    @Test
    void aSessionWithoutCandidatesSaysSo() {
        EmargementData empty = new EmargementData("TRI", "Session titre TRI", "Centre", "Lyon", "Responsable",
                List.of(), List.of());
        assertThat(PdfText.text(EmargementPdf.render(empty))).contains("Aucune épreuve planifiée");
    }
}
