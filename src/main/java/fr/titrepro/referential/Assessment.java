package fr.titrepro.referential;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One épreuve of a CCP and its planned duration. */
@Embeddable
public record Assessment(@Enumerated(EnumType.STRING) AssessmentKind kind, int minutes) {
}
