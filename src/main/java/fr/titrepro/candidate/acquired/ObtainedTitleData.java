package fr.titrepro.candidate.acquired;

import java.time.LocalDate;

/**
 * A title obtained before the platform existed, recorded by the administration from a proof (parchemin).
 * {@code titleVersion} null: the title's current version.
 */
public record ObtainedTitleData(String titleCode, String titleVersion, LocalDate obtainedOn, String place,
                                String proofReference) {
}
