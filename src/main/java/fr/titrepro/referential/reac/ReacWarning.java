package fr.titrepro.referential.reac;

/**
 * Something the import is not sure of, for the admin to check.
 *
 * @param where the part of the draft concerned, in French (« compétence 3, critère 2 », « identité », « texte »)
 * @param line  the line of the received text (1-based), 0 when the warning concerns the whole document
 */
public record ReacWarning(String where, int line, String message) {
}
