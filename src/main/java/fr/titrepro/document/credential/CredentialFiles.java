package fr.titrepro.document.credential;

import fr.titrepro.document.IssuedDocument;

/** Which documents have a credential (parchemin, livret, CCP held), and the name of its downloaded file. */
public final class CredentialFiles {

    private CredentialFiles() {
    }

    public static boolean hasTwin(IssuedDocument d) {
        return d.kind.hasCredential();
    }

    /** The PDF's file name with {@code .credential.json} in place of {@code .pdf}. */
    public static String name(IssuedDocument d) {
        String pdf = d.fileName();
        return (pdf.endsWith(".pdf") ? pdf.substring(0, pdf.length() - 4) : pdf) + ".credential.json";
    }
}
