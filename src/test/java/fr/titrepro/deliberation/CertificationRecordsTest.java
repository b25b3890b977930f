package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.deliberation.DeliberationCase.VersionRef;
import fr.titrepro.document.Region;
import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.enrolment.Outcome;
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
                    rules.priorCcps(candidate), SessionType.CCP, Attendance.PRESENT,
                    Map.of(1, Verdict.ACQUIRED), FinalInterview.HELD_FAVOURABLY, null, null));
        });
        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(result.missing()).containsExactly(2);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("pas de correspondance officielle"));
    }

    /**
     * DOMAIN "Référentiel": « a table that is not official may be shown as information but is never applied to a real
     * candidate's rights (enrolment, deliberation, documents) »; the shipped TRTE→TRI table is {@code official: false}.
     * This test encoded the wrong rule before issue 11 (it expected « par correspondance » on the livret).
     */
    @Test
    void theLivretPrintsNoCorrespondenceOfATableThatIsNotOfficial() {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "2010", 3, LocalDate.of(2019, 11, 4), "Marseille");
        fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2026, 3, 12), "Lyon");
        LivretData livret = QuarkusTransaction.requiringNew().call(() -> records.livret(candidates.findById(c.id),
                catalog.get("TP-00496", "05"), FinalInterview.NOT_HELD,
                new CertificationRecords.Issue(LocalDate.of(2026, 3, 12), "Lyon", Region.ARA)));
        assertThat(livret.ccpsHeld()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(1);
            assertThat(line.note()).isNull();
        });
        assertThat(livret.ccpsMissing()).extracting(LivretData.MissingCcp::number).containsExactly(2);
        assertThat(livret.titleNotAwarded()).isNull();
        assertThat(livret.completionRule()).startsWith("Le candidat peut se présenter aux CCP manquants dans la "
                + "limite de la durée de validité du titre, et jusqu'à un an après la fin de validité d'un titre clos.");
        assertThat(livret.region()).isEqualTo(Region.ARA);
        assertThat(livret.holder().fullName()).isEqualTo("Emma, Louise " + c.identity.birthName.toUpperCase());
    }

    /** DOMAIN "Documents": « a candidate who holds every CCP but was refused the title is told so truthfully ». */
    @Test
    void aCandidateHoldingEveryCcpWithoutTheTitleIsToldSoAndHowToObtainIt() {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2025, 6, 20), "Villeurbanne");
        fixtures.hold(c.id, "TP-00496", "05", 2, LocalDate.of(2026, 3, 12), "Nantes");
        LivretData livret = QuarkusTransaction.requiringNew().call(() -> records.livret(candidates.findById(c.id),
                catalog.get("TP-00496", "05"), FinalInterview.HELD_UNFAVOURABLY,
                new CertificationRecords.Issue(LocalDate.of(2026, 3, 12), "Nantes", Region.PDL)));
        assertThat(livret.ccpsHeld()).extracting(LivretData.CcpLine::place).containsExactly("Villeurbanne", "Nantes");
        assertThat(livret.ccpsMissing()).isEmpty();
        assertThat(livret.titleNotAwarded()).isEqualTo("Tous les CCP du titre sont détenus ; le titre n'a pas été "
                + "attribué à l'issue de l'entretien final. Le titre peut être obtenu lors d'un nouvel entretien final "
                + "(inscription à une session du titre ou à une session CCP du titre), dans la limite de la durée de "
                + "validité du titre.");
    }

    @Test
    void theParcheminCarriesTheSpecialityDecreeOfTheReferentielAndTheDeliberationDay() {
        Candidate c = fixtures.newCandidate(null);
        ParcheminData p = QuarkusTransaction.requiringNew().call(() -> records.parchemin(candidates.findById(c.id),
                catalog.get("TP-00496", "05"), null, LocalDate.of(2026, 3, 11),
                new CertificationRecords.Issue(LocalDate.of(2026, 3, 12), "Lyon", Region.ARA)));
        assertThat(p.specialityDecree()).isEqualTo("arrêté du 22 juillet 2003 portant création du titre "
                + "professionnel de technicien réseaux IP, modifié (JO du 24 décembre 2020)");
        assertThat(p.deliberatedOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(p.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    }
}
