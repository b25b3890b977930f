package fr.titrepro.referential.reac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, round trip: importing the REAC text of each shipped title gives the shipped référentiel file, field by
 * field — structure, names and every criterion word for word; descriptions may differ only in whitespace (line
 * breaks). The fields the REAC text does not give must be listed as missing instead. The PDF made of the same text
 * gives the same draft.
 */
class ReacRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "reac/reac-tri-technicien-reseaux-ip-TP-00496.txt, referentiels/TP-00496-05.yaml, ''",
        "reac/reac-trte-technicien-reseaux-telecoms-entreprise.txt, referentiels/TP-00496-2010.yaml, code version validFrom"
    })
    void theReacTextGivesTheShippedReferentiel(String reac, String shipped, String notInText) throws IOException {
        ReacImport imported = ReacParser.parse(ReacTexts.text(reac));
        JsonNode draft = JSON.valueToTree(imported.draft());
        JsonNode expected = yaml(shipped);

        List<String> absent = notInText.isBlank() ? List.of() : List.of(notInText.split(" "));
        for (String field : List.of("code", "acronym", "name", "level", "eqfLevel", "version", "validFrom")) {
            if (absent.contains(field)) {
                assertThat(draft.get(field).isNull()).as(field).isEqualTo(true);
                assertThat(imported.missing()).contains(field);
            } else {
                assertThat(draft.get(field).asText()).as(field).isEqualTo(expected.get(field).asText());
            }
        }
        assertThat(draft.get("nsfCodes")).isEqualTo(expected.get("nsfCodes"));
        assertThat(draft.get("romeCodes")).isEqualTo(expected.get("romeCodes"));
        assertThat(comparable(draft)).isEqualTo(comparable(expected));
        assertThat(imported.missing()).contains("status", "ccps[0].assessments");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"reac/reac-tri-technicien-reseaux-ip-TP-00496.txt", "reac/reac-trte-technicien-reseaux-telecoms-entreprise.txt"})
    void thePdfOfTheReacGivesTheSameDraftAsItsText(String reac) {
        String text = ReacTexts.text(reac);
        ReacDraft fromText = ReacParser.parse(text).draft();
        ReacDraft fromPdf = ReacParser.parse(PdfText.extract(ReacTexts.pdf(text))).draft();

        JsonNode pdf = JSON.valueToTree(comparableDraft(fromPdf));
        JsonNode txt = JSON.valueToTree(comparableDraft(fromText));
        assertThat(pdf).isEqualTo(txt);
    }

    /** Every CCP, competency (number, name, description without whitespace differences, criteria) and CCS, in order. */
    private static List<String> comparable(JsonNode referential) {
        List<String> lines = new ArrayList<>();
        for (JsonNode ccp : referential.get("ccps")) {
            lines.add("CCP " + ccp.get("number").asInt() + " " + ccp.get("name").asText());
            ccp.get("competencies").forEach(c -> competency(c, lines));
        }
        referential.get("transversalCompetencies").forEach(c -> competency(c, lines));
        for (JsonNode ccs : referential.get("ccs")) {
            lines.add("CCS " + ccs.get("name").asText());
            ccs.get("competencies").forEach(c -> competency(c, lines));
        }
        return lines;
    }

    private static void competency(JsonNode c, List<String> lines) {
        lines.add("  compétence " + (c.has("number") ? c.get("number").asInt() : "transversale") + " "
                + c.get("name").asText());
        lines.add("    description " + c.get("description").asText().replaceAll("\\s+", " ").strip());
        c.get("criteria").forEach(k -> lines.add("    - " + k.asText()));
    }

    private static ReacDraft comparableDraft(ReacDraft d) {
        return new ReacDraft(d.code(), d.acronym(), d.name(), d.level(), d.eqfLevel(), d.nsfCodes(), d.romeCodes(),
                d.version(), d.rncp(), d.validFrom(), d.validUntil(), d.status(), d.closedOn(), d.source(),
                d.specialityDecree(), d.finalInterviewMinutes(), d.ccps().stream().map(ccp -> new ReacDraft.Ccp(
                ccp.number(), ccp.name(), ccp.assessments(), ccp.competencies().stream().map(c -> new ReacDraft.Competency(
                c.number(), c.name(), c.description().replaceAll("\\s+", " "), c.criteria())).toList())).toList(),
                d.transversalCompetencies().stream().map(t -> new ReacDraft.Transversal(t.name(),
                        t.description().replaceAll("\\s+", " "), t.criteria())).toList(), d.ccs());
    }

    private static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = ReacRoundTripTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new YAMLMapper().readTree(in);
        }
    }
}
