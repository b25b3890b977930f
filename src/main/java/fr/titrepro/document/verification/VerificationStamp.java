package fr.titrepro.document.verification;

/** The verification code of a document and the public URL its QR code leads to. */
public record VerificationStamp(String code, String url) {
}
