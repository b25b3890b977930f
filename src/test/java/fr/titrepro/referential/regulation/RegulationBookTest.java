package fr.titrepro.referential.regulation;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped regulation (regulation/certification-rules.yaml) and the checks of a rule book. */
class RegulationBookTest {

    @Test
    void shippedFiguresAreThoseOfTheRegulation() {
        Regulation r = RegulationBook.on(LocalDate.of(2026, 12, 6));
        // Arrêté du 21 juillet 2016: a jury of at least two professionals; DOMAIN.md: 3 years of experience
        assertEquals(2, r.jury().minimumMembers());
        assertEquals(3, r.jury().jurorMinimumExperienceYears());
        // DOMAIN.md "Sessions and evaluation": recours gracieux within 2 months of the notification
        assertEquals(2, r.appeal().months());
        // fiche TP-00496: one year after the end of validity of a closed title
        assertEquals(12, r.closedTitle().graceMonths());
        assertEquals(LocalDate.of(2027, 3, 31), r.graceEnd(LocalDate.of(2026, 3, 31)));
        // DOMAIN.md "Capitalisation and validity": resit within 1 year, at most 3 sessions titre
        assertEquals(12, r.resit().windowMonths());
        assertEquals(3, r.resit().maxTitleSessions());
        assertEquals(12, r.recevabilite().validityMonths());
        // fiche TP-00496 (CCS): directly with 1 year of experience in the trade
        assertEquals(12, r.ccs().directExperienceMonths());
        assertEquals(20, r.override().minimumReasonLength());
        assertTrue(r.finalInterview().retakeAtTitleSession() || r.finalInterview().retakeAtCcpSession());
        assertTrue(r.jury().legal().stream().anyMatch(l -> l.text().contains("21 juillet 2016")));
    }

    @Test
    void ruleSetsMustFollowEachOtherAndKeepAJuryOfTwo() {
        String one = set("A", "null", "2019-12-31", 2);
        String gap = set("B", "2020-02-01", "null", 2);
        assertThrows(IllegalStateException.class, () -> read(one + gap), "a gap between two rule sets");
        String next = set("B", "2020-01-01", "null", 2);
        RegulationBook book = assertDoesNotThrowRead(one + next);
        assertEquals("A", book.ruleFor(LocalDate.of(2019, 12, 31)).id());
        assertEquals("B", book.ruleFor(LocalDate.of(2020, 1, 1)).id());
        assertThrows(IllegalStateException.class, () -> read(set("A", "null", "null", 1)), "one juror alone");
    }

    private static RegulationBook assertDoesNotThrowRead(String sets) {
        try {
            return read(sets);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static RegulationBook read(String sets) throws Exception {
        return RegulationBook.read(new ByteArrayInputStream(("ruleSets:\n" + sets).getBytes(StandardCharsets.UTF_8)));
    }

    private static String set(String id, String from, String until, int jury) {
        String legal = "      legal: [{text: \"t\", verified: true}]\n";
        return "  - id: " + id + "\n    label: l\n    validFrom: " + from + "\n    validUntil: " + until + "\n"
                + "    jury:\n      minimumMembers: " + jury + "\n      jurorMinimumExperienceYears: 3\n" + legal
                + "    appeal:\n      months: 2\n" + legal
                + "    closedTitle:\n      graceMonths: 12\n" + legal
                + "    resit:\n      windowMonths: 12\n      maxTitleSessions: 3\n" + legal
                + "    recevabilite:\n      validityMonths: 12\n" + legal
                + "    ccs:\n      directExperienceMonths: 12\n" + legal
                + "    finalInterview:\n      retakeAtTitleSession: true\n      retakeAtCcpSession: true\n" + legal
                + "    override:\n      minimumReasonLength: 20\n" + legal;
    }
}
