package fr.titrepro.session.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.session.enrolment.Enrolment;

import java.util.stream.Collectors;

/**
 * One line of the session page's enrolments, its cells worked out once: the page renders 200 of them, and each
 * expression a template walks through an entity costs a resolution per step (issue 14, docs/performance.md).
 *
 * @param ccps                what the candidate is enrolled in: « CCP 1, CCP 2 », « CCS … » or « Aucun (tous détenus) »
 * @param ccsExperienceMonths at a session CCS, the experience declared for the direct route (shown after {@code ccps})
 * @param accommodations      the extra time and assistance, or « — »
 */
public record EnrolmentRow(long id, long candidateId, String candidateName, String reference, String pathway,
                           String ccps, Integer ccsExperienceMonths, String finalInterview,
                           String accommodations) {

    static EnrolmentRow of(Enrolment e) {
        Candidate c = e.candidate;
        boolean finalOnly = e.isFinalInterviewOnly();
        boolean ccs = !finalOnly && e.ccpNumbers.isEmpty();
        String ccps = finalOnly ? "Aucun (tous détenus)" : ccs ? "CCS " + e.session.ccsCode
                : e.ccpNumbers.stream().map(n -> "CCP " + n).collect(Collectors.joining(", "));
        String finalInterview = finalOnly ? "Oui, entretien final seul" : e.finalInterview ? "Oui" : "Non";
        return new EnrolmentRow(e.id, c.id, c.fullName(), c.reference, c.pathway.label(), ccps,
                ccs ? e.ccsExperienceMonths : null, finalInterview, accommodations(c));
    }

    private static String accommodations(Candidate c) {
        if (!c.hasAccommodations()) {
            return "—";
        }
        String extraTime = c.extraTimePercent == null || c.extraTimePercent == 0 ? ""
                : "Temps majoré de " + c.extraTimePercent + " %";
        return c.assistance == null || c.assistance.isBlank() ? extraTime : (extraTime + " " + c.assistance).strip();
    }
}
