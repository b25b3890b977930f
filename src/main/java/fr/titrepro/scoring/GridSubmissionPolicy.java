package fr.titrepro.scoring;

import fr.titrepro.shared.error.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * A juror hands in a complete grid: every scored line (performance criteria, épreuves) scored, a proposed decision for
 * every competency and for the CCP. The evidence the jury consults (DP, ECF: fiche TP-00496 l. 104-108) is never
 * required: « non consulté » or left empty, it does not hold the grid back; a legacy entretien final line is
 * ignored. Once handed in, the grid is frozen and the reconciliation opens for that juror. Pure.
 */
public final class GridSubmissionPolicy {

    /** A line of the grid, of the section kind it belongs to. */
    public record Line(String key, String text, SectionKind kind, ScoreValue score) {
    }

    public record Competency(String key, String title, Verdict proposal) {
    }

    private GridSubmissionPolicy() {
    }

    public static List<FieldError> check(List<Line> lines, List<Competency> competencies, Verdict ccpProposal) {
        List<FieldError> errors = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind().isScored() && line.score() == null) {
                errors.add(new FieldError("criteria." + line.key(), "Non noté : « " + line.text() + " »."));
            }
        }
        for (Competency c : competencies) {
            if (c.proposal() == null) {
                errors.add(new FieldError("competencies." + c.key(), "Proposez une décision (acquise ou non) pour « "
                        + c.title() + " »."));
            }
        }
        if (ccpProposal == null) {
            errors.add(new FieldError("proposedDecision", "Proposez une décision pour l'ensemble de la grille."));
        }
        return errors;
    }
}
