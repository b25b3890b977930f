package fr.titrepro.candidate.acquired;

import java.time.LocalDate;

/**
 * A CCP obtained before the platform existed, recorded by the administration from a proof (livret, attestation).
 * {@code titleVersion} null: the title's current version.
 */
public record HeldCcpData(String titleCode, String titleVersion, Integer ccpNumber, LocalDate obtainedOn, String place,
                          String proofReference) {
}
