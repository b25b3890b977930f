package fr.titrepro.candidate.importing;

/** One refused value of an import file: the line (the header is line 1), the column as written, a French message. */
public record ImportRowError(int line, String field, String message) {
}
