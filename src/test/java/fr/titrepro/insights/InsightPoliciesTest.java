package fr.titrepro.insights;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, docs/insights.md: small-cell suppression and rates, the jury's reading of a criterion, quarters. */
class InsightPoliciesTest {

    /** « Un chiffre calculé sur moins de 10 candidats n'est pas affiché » (issue 19). */
    @ParameterizedTest(name = "{0} of {1} ({2} candidates) → {3} suppressed={4}")
    @CsvSource(nullValues = "null", value = {
            "0, 9, 9, null, true",
            "9, 9, 9, null, true",
            "3, 10, 10, 30.0, false",
            "10, 10, 10, 100.0, false",
            "1, 11, 11, 9.1, false",
            "4, 11, 11, 36.4, false",
            "3, 16, 16, 18.8, false",   // 18.75 half up
            "1, 16, 16, 6.3, false",    // 6.25 half up
            "2, 3, 3, null, true",
            "2, 22, 11, 9.1, false",    // lines of 11 candidates: the candidates decide, the lines give the rate
            "2, 22, 9, null, true",
            "0, 0, 12, null, true",     // nothing to divide
    })
    void smallCellsAreSuppressedAndRatesRoundedHalfUp(long count, long total, long candidates, Double rate,
                                                      boolean suppressed) {
        Figure f = SmallCellPolicy.figure(count, total, candidates);
        assertThat(f.suppressed()).isEqualTo(suppressed);
        assertThat(f.rate()).isEqualTo(rate);
        assertThat(f.display()).isEqualTo(suppressed ? "< 10 candidats" : String.format(java.util.Locale.FRANCE,
                "%.1f %%", rate));
        if (suppressed) {
            assertThat(f.count()).isNull();
            assertThat(f.candidates()).isNull();
        }
    }

    /** DOMAIN « Each juror scores independently; divergences are resolved in deliberation ». */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "MET|MET, MET",
            "NOT_MET|NOT_MET, NOT_MET",
            "NOT_OBSERVED|NOT_OBSERVED, NOT_OBSERVED",
            "MET|NOT_MET, DIVERGENT",
            "NOT_MET|NOT_OBSERVED, DIVERGENT",
            "MET|MET|NOT_MET, DIVERGENT",
            "MET|null, DIVERGENT",
            "null|null, NONE",
            "NOT_MET, NOT_MET",
            "'', NONE",
    })
    void theJurysReadingOfACriterion(String scores, JuryReadingPolicy.Reading expected) {
        List<String> values = scores.isEmpty() ? List.of() : Arrays.stream(scores.split("\\|"))
                .map(s -> s.equals("null") ? null : s).toList();
        assertThat(JuryReadingPolicy.read(values)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-01-01, 2026-T1, 2026-01-01, 2026-03-31",
            "2026-03-31, 2026-T1, 2026-01-01, 2026-03-31",
            "2026-04-01, 2026-T2, 2026-04-01, 2026-06-30",
            "2026-12-31, 2026-T4, 2026-10-01, 2026-12-31",
    })
    void quartersOfTheValidationDate(LocalDate day, String text, LocalDate start, LocalDate end) {
        Quarter q = Quarter.of(day);
        assertThat(q.toString()).isEqualTo(text);
        assertThat(q.start()).isEqualTo(start);
        assertThat(q.end()).isEqualTo(end);
        assertThat(Quarter.parse(text)).contains(q);
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(nullValues = "null", value = {
            "2026-T1, 2026-T1", "2026-q3, 2026-T3", " 2025-T4 , 2025-T4", "2026-T5, null", "2026, null",
            "T1-2026, null", "'', null",
    })
    void quarterTexts(String text, String expected) {
        assertThat(Quarter.parse(text).map(Quarter::toString).orElse(null)).isEqualTo(expected);
    }

    /**
     * Issue 19, « a search field instead of the list of every centre »: a number, a suggestion « Nom (n° 12) » or a
     * part of the name; the number names the centre, else an exact name, else the only match; none or several: a
     * French message, and the centres to choose from.
     */
    @ParameterizedTest(name = "« {0} » → id {1}, name {2}")
    @CsvSource(nullValues = "null", value = {
            "12, 12, null",
            " 0042 , 42, null",
            "n° 7, 7, null",
            "Afpa Lyon (n° 305), 305, null",
            "Afpa (Lyon), null, Afpa (Lyon)",
            "  afpa lyon , null, afpa lyon",
            "12 rue, null, 12 rue",
    })
    void whatTheCentreFieldAsksFor(String text, Long id, String name) {
        assertThat(CentreLookup.parse(text)).isEqualTo(new CentreLookup.Wanted(id, name));
    }

    @ParameterizedTest(name = "{0} matches ({1} exact) → chosen {2}, message {3}, {4} to choose from")
    @CsvSource(nullValues = "null", value = {
            "1, 0, 1, null, 0",
            "3, 1, 2, null, 0",          // the exact name wins among names containing it (its position: 2nd here)
            "0, 0, null, Aucun centre, 0",
            "2, 0, null, Plusieurs centres, 2",
            "2, 2, null, Plusieurs centres, 2",  // two centres of the same name: the administration chooses
            "21, 0, null, Plus de 20 centres, 20",
    })
    void whichCentreTheFieldNames(int matches, int exact, Long chosen, String message, int choices) {
        List<CentreLookup.Match> found = java.util.stream.IntStream.rangeClosed(1, matches)
                .mapToObj(i -> new CentreLookup.Match(i, "Centre " + i, exact == 1 ? i == 2 : i <= exact)).toList();
        CentreLookup.Result r = CentreLookup.choose("Centre", found);
        assertThat(r.chosen() == null ? null : r.chosen().id()).isEqualTo(chosen);
        if (message == null) {
            assertThat(r.error()).isNull();
        } else {
            assertThat(r.error()).startsWith(message).contains("« Centre »");
        }
        assertThat(r.choices()).hasSize(choices);
    }

    /** A centre's juries are anonymised and numbered on from page to page (page 2 of 20 starts at « Jury 21 »). */
    @ParameterizedTest(name = "anonymised={0}, {1} before → {2}")
    @CsvSource({"true, 0, Jury 1", "true, 20, Jury 21", "false, 20, 'session du 12/05/2019 (Dominique, Camille)'"})
    void juriesAreNumberedAcrossPages(boolean anonymised, int before, String label) {
        Object[] row = {99L, "session du 12/05/2019", "Dominique, Camille", 11, 22, 2};
        InsightTable t = InsightTables.juries(List.<Object[]>of(row, row), anonymised, before, "x");
        assertThat(t.rows().getFirst().label()).isEqualTo(label);
        assertThat(t.rows().getFirst().key()).isEqualTo(anonymised ? String.valueOf(before + 1) : "99");
        assertThat(t.rows().getFirst().cells().getFirst().rate()).isEqualTo(9.1);
        assertThat(t.next()).isEqualTo("x");
    }
}
