package fr.titrepro.document;

import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.document.render.PvData;
import fr.titrepro.document.verification.VerificationStamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plain data for the PDF and signature tests (no database). */
final class DocumentSamples {

    static final HolderIdentity LUCAS = new HolderIdentity("Monsieur", "Martin", null, "Lucas, Pierre",
            LocalDate.of(1998, 5, 14), "Lyon (69)");
    static final HolderIdentity EMMA = new HolderIdentity("Madame", "Bernard", "Dupont", "Emma, Louise",
            LocalDate.of(1990, 2, 1), "Nantes (44)");
    static final CertifiedTitle TRI = new CertifiedTitle("TP-00496", "05", "TRI", "Technicien réseaux IP", 4, 4,
            List.of(new CertifiedTitle.Nsf("326r", "Assistance informatique, maintenance de logiciels et réseaux")),
            null, CertifiedTitle.MINISTRY);
    static final CertifiedTitle WITH_RNCP = new CertifiedTitle("TP-01280", "03", "DWWM",
            "Développeur web et web mobile", 5, 5, List.of(new CertifiedTitle.Nsf("326t", "Programmation"),
            new CertifiedTitle.Nsf("326n", "Analyse informatique")), "RNCP37674", CertifiedTitle.MINISTRY);
    static final SigningAuthority AUTHORITY = new SigningAuthority("Pour le ministre et par délégation, le directeur "
            + "régional de l'économie, de l'emploi, du travail et des solidarités", "Camille Durand");
    static final VerificationStamp STAMP = new VerificationStamp("7KQM-3XPA-9HTV",
            "http://127.0.0.1:8080/verify/7KQM-3XPA-9HTV");

    static final String TRI_DECREE = "arrêté du 22 juillet 2003 portant création du titre professionnel de "
            + "technicien réseaux IP, modifié (JO du 24 décembre 2020)";

    /** Jury deliberating on 11 March 2026 in Lyon, PV signed on the 12th. */
    static final ParcheminData PARCHEMIN = new ParcheminData(1L, LUCAS, TRI, null, TRI_DECREE,
            LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12), "Lyon", Region.ARA);

    static final String COMPLETION_RULE = "Le candidat peut se présenter aux CCP manquants dans la limite de la durée "
            + "de validité du titre, et jusqu'à un an après la fin de validité d'un titre clos. Les CCP manquants "
            + "peuvent être présentés tant que le titre est en vigueur (aucune fin de validité n'est fixée à ce jour), "
            + "et jusqu'à un an après la fin de sa validité s'il est clos.";

    static final LivretData LIVRET = new LivretData(1L, LUCAS, TRI,
            List.of(new LivretData.CcpLine(1, "Intervenir sur un réseau IP", LocalDate.of(2025, 6, 20), "Villeurbanne",
                    null)),
            List.of(new LivretData.MissingCcp(2, "Installer et maintenir des réseaux IP et des services de "
                    + "communications unifiées")),
            COMPLETION_RULE, null, null, LocalDate.of(2026, 3, 12), "Lyon", Region.ARA);

    static final List<PvData.JurorLine> PV_JURY = List.of(
            new PvData.JurorLine("Sophie Lefèvre", "Administratrice réseaux", "Orange Business"),
            new PvData.JurorLine("Karim Benali", "Technicien support et réseaux", "Hospices civils de Lyon"));

    static final List<PvData.CandidateLine> PV_CANDIDATES = List.of(
            new PvData.CandidateLine("C-2026-0001", "Lucas MARTIN", LocalDate.of(1998, 5, 14), "Présent",
                    List.of(acquired(1), acquired(2)), "Favorable", "Titre obtenu", null, null, null, List.of()),
            new PvData.CandidateLine("C-2026-0002", "Emma BERNARD", LocalDate.of(1990, 2, 1), "Présent",
                    List.of(acquired(1), notAcquired(2)), "Non tenu", "Réussite partielle", null, null, null,
                    List.of("CCP 2 non acquis : le titre n'est pas délivré ; le CCP 1 est acquis.")),
            new PvData.CandidateLine("C-2026-0003", "Noah PETIT", LocalDate.of(2001, 11, 3), "Présent",
                    List.of(acquired(1), acquired(2)), "Défavorable", "Titre obtenu", "Réussite partielle",
                    "Entretien final interrompu par une panne du matériel de visioconférence, repris et jugé "
                            + "favorable par le jury au complet", null, List.of()),
            new PvData.CandidateLine("C-2026-0004", "Léa ROUX", LocalDate.of(1995, 7, 22), "Présent", List.of(),
                    null, "Fraude", null, null, "Usage d'un téléphone portable pendant la mise en situation "
                            + "professionnelle, constaté par les deux jurés à 10h40", List.of()),
            new PvData.CandidateLine("C-2026-0005", "Hugo FAURE", LocalDate.of(1987, 3, 9), "Absent", List.of(),
                    null, "Absent", null, null, null, List.of()));

    static final List<PvData.Signature> PV_SIGNATURES = List.of(
            new PvData.Signature("Sophie Lefèvre", "slefevre", Instant.parse("2026-03-12T16:42:00Z")),
            new PvData.Signature("Karim Benali", "kbenali", Instant.parse("2026-03-12T16:55:00Z")));

    static final PvData PV = pv(PV_CANDIDATES, PV_SIGNATURES);

    private DocumentSamples() {
    }

    static PvData pv(List<PvData.CandidateLine> candidates, List<PvData.Signature> signatures) {
        return new PvData(42L, 1, "Session titre", TRI, null, "Centre de formation Rhône Réseaux",
                "12345678900021", "Site de Villeurbanne – 12 rue Francis de Pressensé, 69100 Villeurbanne",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), PV_JURY, candidates,
                List.of(new PvData.Incident(null, "Coupure d'électricité de 20 minutes en salle B ; les épreuves "
                        + "ont été prolongées d'autant.", Instant.parse("2026-03-10T08:15:00Z"), "Sophie Lefèvre"),
                        new PvData.Incident("Léa ROUX", "Téléphone portable allumé sous la table pendant la mise en "
                                + "situation.", Instant.parse("2026-03-11T09:40:00Z"), "Karim Benali")),
                signatures, List.of(), signatures.isEmpty() ? null : LocalDate.of(2026, 3, 12));
    }

    /** {@code n} candidates with distinct names, alternately successful and partially successful. */
    static List<PvData.CandidateLine> manyCandidates(int n) {
        List<PvData.CandidateLine> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            boolean full = i % 2 == 0;
            lines.add(new PvData.CandidateLine("C-2026-%04d".formatted(i), "Candidat%03d NOM%03d".formatted(i, i),
                    LocalDate.of(1990, 1, 1).plusDays(i), "Présent", List.of(acquired(1),
                    full ? acquired(2) : notAcquired(2)), full ? "Favorable" : "Non tenu",
                    full ? "Titre obtenu" : "Réussite partielle", null, null, null,
                    full ? List.of() : List.of("Le CCP 1 est acquis.")));
        }
        return lines;
    }

    private static PvData.CcpLine acquired(int n) {
        return new PvData.CcpLine(n, ccpName(n), "Acquis");
    }

    private static PvData.CcpLine notAcquired(int n) {
        return new PvData.CcpLine(n, ccpName(n), "Non acquis");
    }

    private static String ccpName(int n) {
        return n == 1 ? "Intervenir sur un réseau IP"
                : "Installer et maintenir des réseaux IP et des services de communications unifiées";
    }
}
