package fr.titrepro.document;

/** Who signs the documents for the ministry, as printed under « Fait à …, le … ». */
public record SigningAuthority(String title, String name) {
}
