package fr.titrepro.document;

/**
 * A holder's signed PDF as downloaded, read in one statement with the owner check (issue 14, results day): what
 * names the file, the SHA-256 of the bytes (their entity tag) and the bytes — null when only the tag was read.
 */
public record HolderPdf(DocumentKind kind, String titleCode, int version, String code, String sha256,
                        byte[] content) {

    /** Without the bytes: enough to answer a client that already holds this version. */
    public HolderPdf(DocumentKind kind, String titleCode, int version, String code, String sha256) {
        this(kind, titleCode, version, code, sha256, null);
    }

    public String fileName() {
        return IssuedDocument.fileName(kind, titleCode, version, code);
    }
}
