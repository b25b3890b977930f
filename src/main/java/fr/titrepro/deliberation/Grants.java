package fr.titrepro.deliberation;

import fr.titrepro.document.DocumentKind;

import fr.titrepro.session.enrolment.Outcome;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a validated outcome grants a candidate, and nothing else (DOMAIN "Sessions and evaluation": « An outcome and
 * what it grants always agree: a failure grants no CCP; a partial success grants exactly the CCPs listed on the PV; a
 * title is granted only with every CCP held and the entretien final held »; fiche TP-00496, « PARCHEMIN ET LIVRET »:
 * « Un parchemin est attribué au candidat ayant obtenu le titre complet ou le CCS. Un livret de certification est remis
 * au candidat en réussite partielle »). Pure.
 *
 * @param ccps      the CCPs of the session's title recorded as held
 * @param title     whether the title is recorded as obtained
 * @param ccs       whether the session's CCS is recorded as obtained
 * @param documents the documents issued (none, the livret, or the parchemin)
 */
public record Grants(SortedSet<Integer> ccps, boolean title, boolean ccs, Set<DocumentKind> documents) {

    public static final Grants NOTHING = new Grants(new TreeSet<>(), false, false, Set.of());

    public Grants {
        ccps = Collections.unmodifiableSortedSet(new TreeSet<>(ccps));
        documents = Set.copyOf(documents);
    }

    /**
     * @param acquiredNow the CCPs the jury decided acquired at this session ({@link CandidateDeliberation#acquired()})
     */
    public static Grants of(Outcome outcome, SortedSet<Integer> acquiredNow) {
        return switch (outcome) {
            case FULL_SUCCESS -> new Grants(acquiredNow, true, false, Set.of(DocumentKind.PARCHEMIN));
            case PARTIAL_SUCCESS -> new Grants(acquiredNow, false, false, Set.of(DocumentKind.LIVRET));
            case CCS_OBTAINED -> new Grants(new TreeSet<>(), false, true, Set.of(DocumentKind.PARCHEMIN));
            case FAILURE, ABSENT, EXCUSED, FRAUD, CCS_NOT_OBTAINED -> NOTHING;
        };
    }

    /**
     * Why the title cannot be granted although the outcome says so, or empty: every CCP of the title must be held
     * after the session and the entretien final must have been held (DOMAIN, as above; fiche § 2 « Afin d'attribuer le
     * titre, un entretien final se déroule en fin de session du dernier CCP »). A last guard before anything is issued.
     */
    public static Optional<String> titleWithheld(Set<Integer> titleCcps, Set<Integer> heldAfter,
                                                 FinalInterview finalInterview) {
        SortedSet<Integer> missing = new TreeSet<>(titleCcps);
        missing.removeAll(heldAfter);
        if (!missing.isEmpty()) {
            return Optional.of("Le titre ne peut être délivré : le candidat ne détient pas "
                    + String.join(", ", missing.stream().map(n -> "le CCP " + n).toList()) + ".");
        }
        if (finalInterview == null || finalInterview == FinalInterview.NOT_HELD) {
            return Optional.of("Le titre ne peut être délivré sans entretien final tenu avec le jury.");
        }
        return Optional.empty();
    }
}
