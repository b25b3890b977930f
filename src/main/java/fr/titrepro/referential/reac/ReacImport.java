package fr.titrepro.referential.reac;

import java.util.List;

/**
 * What the import of a REAC gives: the draft référentiel, the warnings for the admin, and the required fields of the
 * file format the REAC does not give (paths as in docs/referentiel-format.md: {@code version},
 * {@code ccps[0].assessments}…). Nothing is saved.
 */
public record ReacImport(ReacDraft draft, List<ReacWarning> warnings, List<String> missing) {
}
