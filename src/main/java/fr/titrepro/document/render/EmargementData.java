package fr.titrepro.document.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What the feuilles d'émargement of a session state: the session, its jury, and one sheet per day and épreuve with
 * each candidate's times, accommodations and, once ticked on the tablet, presence and signature.
 *
 * @param title   « Technicien réseaux IP (TRI, TP-00496, version 05) »
 * @param session « Session titre TRI du 07/12/2026 au 08/12/2026 (n° 12) »
 */
public record EmargementData(String title, String session, String centreName, String site, String manager,
                             List<String> jury, List<Sheet> sheets) {

    public EmargementData {
        jury = List.copyOf(jury);
        sheets = List.copyOf(sheets);
    }

    public record Sheet(LocalDate day, String epreuve, List<Line> lines) {
        public Sheet {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param schedule       « 08h30 – 12h30 »
     * @param accommodations what the invigilator provides, empty when none
     * @param presence       « Présent », « Absent », or null before the émargement
     * @param signaturePng   the signature captured on the tablet, or null
     * @param recorded       « émargé le 7 décembre 2026 à 09h02 par centre », or null
     */
    public record Line(String name, String reference, String schedule, String accommodations, String presence,
                       byte[] signaturePng, String recorded) {
    }
}
