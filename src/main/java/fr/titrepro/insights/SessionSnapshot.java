package fr.titrepro.insights;

import java.time.LocalDate;
import java.util.List;

/** The aggregate rows of one validated session, as written to the {@code insight_*} tables. */
public record SessionSnapshot(long sessionId, long titleVersionId, long centreId, String centreName, String region,
                              LocalDate validatedOn, String sessionLabel, String juryLabel, int present,
                              List<Count> outcomes, List<Part> parts, List<Competency> competencies,
                              List<Criterion> criteria) {

    public record Count(String key, long candidates) {
    }

    public record Part(String partKey, String label, long assessed, long acquired) {
    }

    public record Competency(String partKey, String competencyKey, String label, long assessed, long acquired) {
    }

    public record Criterion(String partKey, String criterionKey, String competencyKey, String label, int position,
                            long assessed, long notMet, long notObserved, long divergent) {
    }
}
