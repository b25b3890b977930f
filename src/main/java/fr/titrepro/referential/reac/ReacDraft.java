package fr.titrepro.referential.reac;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A référentiel read from a REAC, in exactly the shape of the référentiel file format (docs/referentiel-format.md):
 * the same keys, a field the REAC does not give is null (it is then listed in the import's {@code missing}). Dates are
 * ISO {@code YYYY-MM-DD} strings. {@code assessments} are empty: the épreuves come from the référentiel de
 * certification, not from the REAC.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"code", "acronym", "name", "level", "eqfLevel", "nsfCodes", "romeCodes", "version", "rncp",
        "validFrom", "validUntil", "status", "closedOn", "source", "specialityDecree", "finalInterviewMinutes", "ccps",
        "transversalCompetencies", "ccs"})
public record ReacDraft(
        String code,
        String acronym,
        String name,
        Integer level,
        Integer eqfLevel,
        List<CodeLabel> nsfCodes,
        List<CodeLabel> romeCodes,
        String version,
        String rncp,
        String validFrom,
        String validUntil,
        String status,
        String closedOn,
        String source,
        String specialityDecree,
        Integer finalInterviewMinutes,
        List<Ccp> ccps,
        List<Transversal> transversalCompetencies,
        List<CcsBlock> ccs) {

    public record CodeLabel(String code, String label) {
    }

    public record Assessment(String kind, int minutes) {
    }

    @JsonPropertyOrder({"number", "name", "assessments", "competencies"})
    public record Ccp(int number, String name, List<Assessment> assessments, List<Competency> competencies) {
    }

    @JsonPropertyOrder({"number", "name", "description", "criteria"})
    public record Competency(int number, String name, String description, List<String> criteria) {
    }

    @JsonPropertyOrder({"name", "description", "criteria"})
    public record Transversal(String name, String description, List<String> criteria) {
    }

    @JsonPropertyOrder({"code", "name", "competencies"})
    public record CcsBlock(String code, String name, List<Competency> competencies) {
    }
}
