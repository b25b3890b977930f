package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.deliberation.DeliberationCase.VersionRef;
import fr.titrepro.document.LivretData;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The référentiel and a candidate's CCPs, read as the policy's plain data, on the shipped TRI and TRTE. */
@QuarkusTest
class CertificationRecordsTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    TitleRulesSource rules;

    @Inject
    CertificationRecords records;

    @Inject
    TitleCatalog catalog;

    @Inject
    CandidateRepository candidates;

    /**
     * The shipped TRTE → TRI table is not official (the arrêté's table is not in the documents we have): it is shown as
     * information and never applied to a candidate's rights (DOMAIN "Référentiel"). These two tests encoded the wrong
     * rule before issue 11 (the illustrative table credited CCPs).
     */
    @Test
    void theNonOfficialTrteTableIsNotPartOfTriRules() {
        DeliberationCase.TitleRules tri = QuarkusTransaction.requiringNew().call(() ->
                rules.rulesOf(catalog.get("TP-00496", "05")));
        assertThat(tri.version()).isEqualTo(new VersionRef("TP-00496", "05"));
        assertThat(tri.ccpNumbers()).containsExactlyInAnyOrder(1, 2);
        assertThat(tri.revisions()).isEmpty();
    }

    @Test
    void aTrteCcpGivesNoRightInTriWithoutAnOfficialTable() {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "2010", 3, LocalDate.of(2019, 11, 4), "Marseille");
        DeliberationResult result = QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = candidates.findById(c.id);
            return DeliberationPolicy.decide(new DeliberationCase(rules.rulesOf(catalog.get("TP-00496", "05")),
                    rules.priorCcps(candidate), SessionKind.CCP, Attendance.PRESENT,
                    Map.of(1, CcpDecision.ACQUIRED), FinalInterview.HELD_FAVOURABLY, null, null));
        });
        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(result.missing()).containsExactly(2);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("pas de correspondance officielle"));
    }

    @Test
    void theLivretStatesACcpHeldThroughTheCorrespondenceTable() {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "2010", 3, LocalDate.of(2019, 11, 4), "Marseille");
        LivretData livret = QuarkusTransaction.requiringNew().call(() -> records.livret(candidates.findById(c.id),
                catalog.get("TP-00496", "05"), LocalDate.of(2026, 3, 12), "Lyon"));
        assertThat(livret.ccpsHeld()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.obtainedOn()).isEqualTo(LocalDate.of(2019, 11, 4));
            assertThat(line.place()).isEqualTo("Marseille");
            assertThat(line.note()).contains("au titre du CCP 3", "TRTE (version 2010)", "par correspondance");
        });
        assertThat(livret.ccpsMissing()).extracting(LivretData.MissingCcp::number).containsExactly(1);
        assertThat(livret.completionRule()).contains("tant que le titre est en vigueur");
        assertThat(livret.holder().fullName()).isEqualTo("Emma, Louise " + c.birthName.toUpperCase());
    }
}
