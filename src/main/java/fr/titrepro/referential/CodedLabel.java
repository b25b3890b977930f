package fr.titrepro.referential;

import jakarta.persistence.Embeddable;

/** A code of a nomenclature (NSF, ROME) with its label. */
@Embeddable
public record CodedLabel(String code, String label) {
}
