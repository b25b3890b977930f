package fr.titrepro.referential.file;

import fr.titrepro.referential.Assessment;
import fr.titrepro.referential.CodedLabel;
import fr.titrepro.referential.TitleStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One title version as written in a référentiel file (YAML or JSON, see docs/referentiel-format.md).
 * Built only from a file that {@link ReferentialFileValidator} found valid.
 *
 * @param specialityDecree the title's own arrêté de spécialité as the parchemin cites it after « Vu l' » (fiche, note ¹
 *                         and ²), or null when the file does not give it
 */
public record ReferentialDocument(
        String code,
        String acronym,
        String name,
        int level,
        int eqfLevel,
        List<CodedLabel> nsfCodes,
        List<CodedLabel> romeCodes,
        String version,
        String rncp,
        LocalDate validFrom,
        LocalDate validUntil,
        TitleStatus status,
        LocalDate closedOn,
        String source,
        String specialityDecree,
        Replaces replaces,
        Integer finalInterviewMinutes,
        List<CcpEntry> ccps,
        List<CompetencyEntry> transversalCompetencies,
        List<CcsEntry> ccs) {

    public ReferentialDocument {
        romeCodes = romeCodes == null ? List.of() : romeCodes;
        transversalCompetencies = transversalCompetencies == null ? List.of() : transversalCompetencies;
        ccs = ccs == null ? List.of() : ccs;
    }

    public record Replaces(String code, String version, boolean official, String note,
                           List<Correspondence> correspondences) {
        public Replaces {
            correspondences = correspondences == null ? List.of() : correspondences;
        }
    }

    /**
     * A line: every old CCP of {@code from} held → each new CCP of {@code to} counts as held. {@code from} is written
     * as one number or as a list (many-to-one line).
     */
    public record Correspondence(
            @com.fasterxml.jackson.annotation.JsonFormat(
                    with = com.fasterxml.jackson.annotation.JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            List<Integer> from, List<Integer> to) {
    }

    public record CcpEntry(int number, String name, List<Assessment> assessments, List<CompetencyEntry> competencies) {
        public CcpEntry {
            assessments = assessments == null ? List.of() : assessments;
        }
    }

    public record CompetencyEntry(Integer number, String name, String description, List<String> criteria) {
    }

    public record CcsEntry(String code, String name, List<CompetencyEntry> competencies) {
    }

    public int competencyCount() {
        return ccps.stream().mapToInt(c -> c.competencies().size()).sum();
    }

    public int criterionCount() {
        return ccps.stream().flatMap(c -> c.competencies().stream()).mapToInt(k -> k.criteria().size()).sum();
    }
}
