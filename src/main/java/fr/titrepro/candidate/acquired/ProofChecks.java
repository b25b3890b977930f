package fr.titrepro.candidate.acquired;

import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.error.Violations;

import java.time.LocalDate;

/**
 * The checks of a certification obtained before the platform and recorded from a proof (a CCP, a title): the title
 * version it names, its date, place and proof reference — each fault on its field, in French.
 */
final class ProofChecks {

    private ProofChecks() {
    }

    /** The title version named (its current version when {@code version} is blank), or null with the fault. */
    static TitleVersion titleVersion(Violations v, TitleCatalog titles, String code, String version) {
        if (!v.required("titleCode", code)) {
            return null;
        }
        String c = code.strip().toUpperCase();
        boolean anyVersion = version == null || version.isBlank();
        TitleVersion found = titles.find(c, anyVersion ? null : version.strip()).orElse(null);
        if (found == null) {
            v.add(anyVersion ? "titleCode" : "titleVersion", anyVersion ? "Titre inconnu : « " + c + " »."
                    : "Le titre « " + c + " » n'a pas de version « " + version.strip() + " ».");
        }
        return found;
    }

    /** The date (not in the future), the place and the proof reference. */
    static void dateAndProof(Violations v, LocalDate obtainedOn, String place, String proofReference) {
        if (v.required("obtainedOn", obtainedOn)) {
            v.when(obtainedOn.isAfter(LocalDate.now()), "obtainedOn", "La date d'obtention ne peut pas être dans le futur.");
        }
        v.required("place", place);
        v.maxLength("place", place, 255);
        v.required("proofReference", proofReference);
        v.maxLength("proofReference", proofReference, 255);
    }
}
