package fr.titrepro.document;

import java.time.LocalDate;
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

    static final ParcheminData PARCHEMIN = new ParcheminData(1L, LUCAS, TRI, null, LocalDate.of(2026, 3, 12), "Lyon");

    static final LivretData LIVRET = new LivretData(1L, LUCAS, TRI,
            List.of(new LivretData.CcpLine(1, "Intervenir sur un réseau IP", LocalDate.of(2025, 6, 20), "Villeurbanne",
                    "au titre du CCP 1 « Exploiter le réseau informatique et de télécommunications d'entreprise » du "
                            + "titre TRTE (version 2010), par correspondance")),
            List.of(new LivretData.MissingCcp(2, "Installer et maintenir des réseaux IP et des services de "
                    + "communications unifiées")),
            "Les CCP manquants peuvent être présentés tant que le titre est en vigueur (aucune fin de validité n'est "
                    + "fixée à ce jour), et jusqu'à un an après la fin de sa validité s'il est clos.", null,
            LocalDate.of(2026, 3, 12), "Lyon");

    private DocumentSamples() {
    }
}
