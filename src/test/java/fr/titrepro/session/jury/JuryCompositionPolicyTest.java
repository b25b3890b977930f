package fr.titrepro.session.jury;

import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.session.jury.JuryCompositionPolicy.Candidate;
import fr.titrepro.session.jury.JuryCompositionPolicy.Conflict;
import fr.titrepro.session.jury.JuryCompositionPolicy.Habilitation;
import fr.titrepro.session.jury.JuryCompositionPolicy.IncompleteJury;
import fr.titrepro.session.jury.JuryCompositionPolicy.Juror;
import fr.titrepro.session.jury.JuryCompositionPolicy.OtherSession;
import fr.titrepro.session.jury.JuryCompositionPolicy.Session;
import fr.titrepro.session.jury.JuryCompositionPolicy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static fr.titrepro.session.jury.JuryCompositionPolicy.CONFLICTS;
import static fr.titrepro.session.jury.JuryCompositionPolicy.EXPERIENCE;
import static fr.titrepro.session.jury.JuryCompositionPolicy.HABILITATION;
import static fr.titrepro.session.jury.JuryCompositionPolicy.JURY_SIZE;
import static fr.titrepro.session.jury.JuryCompositionPolicy.OVERLAP;
import static org.assertj.core.api.Assertions.assertThat;

/** Session TRI of 15–17/06/2026; jurors habilitated for it all year unless said. */
class JuryCompositionPolicyTest {

    static final String TRI = "TP-00496";
    static final LocalDate START = LocalDate.of(2026, 6, 15);
    static final LocalDate END = LocalDate.of(2026, 6, 17);
    /** Under the shipped regulation (certification-rules.yaml): two jurors, three years of experience. */
    static final Session SESSION = Session.under(RegulationBook.on(START).jury(), TRI, START, END);
    static final Candidate LUCAS = new Candidate(100, "MARTIN Lucas");
    static final Candidate EMMA = new Candidate(101, "PETIT Emma");

    static Juror juror(long id, String name, int years, List<Habilitation> habilitations, OtherSession... others) {
        return new Juror(id, name, years, habilitations, List.of(others));
    }

    static Juror juror(long id, String name) {
        return juror(id, name, 10, List.of(year()));
    }

    static Habilitation year() {
        return new Habilitation(TRI, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    static final Juror HELENE = juror(1, "Hélène MOREAU");
    static final Juror KARIM = juror(2, "Karim BENALI");
    static final Juror PAUL = juror(3, "Paul RENAUD");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("deux jurés habilités, expérimentés, libres", List.of(HELENE, KARIM), List.of(LUCAS),
                        List.of(), null, null),
                Arguments.of("un seul juré", List.of(HELENE), List.of(LUCAS), List.of(), JURY_SIZE,
                        "Le jury compte 1 membre : il en faut au moins 2."),
                Arguments.of("aucun juré", List.of(), List.of(), List.of(), JURY_SIZE,
                        "Le jury compte 0 membre : il en faut au moins 2."),
                Arguments.of("habilitation qui finit la veille du dernier jour",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(new Habilitation(TRI,
                                LocalDate.of(2026, 1, 1), END.minusDays(1))))), List.of(LUCAS), List.of(), HABILITATION,
                        "Karim BENALI n'est pas habilité(e) pour le titre TP-00496 le 17/06/2026"),
                Arguments.of("habilitation qui commence le lendemain du premier jour",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(new Habilitation(TRI, START.plusDays(1),
                                LocalDate.of(2026, 12, 31))))), List.of(LUCAS), List.of(), HABILITATION,
                        "Karim BENALI n'est pas habilité(e) pour le titre TP-00496 le 15/06/2026"),
                Arguments.of("habilitation exactement sur les jours de la session",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(new Habilitation(TRI, START, END)))),
                        List.of(LUCAS), List.of(), null, null),
                Arguments.of("deux habilitations qui se suivent couvrent la session",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(
                                new Habilitation(TRI, LocalDate.of(2026, 1, 1), START),
                                new Habilitation(TRI, START.plusDays(1), LocalDate.of(2026, 12, 31))))),
                        List.of(LUCAS), List.of(), null, null),
                Arguments.of("habilitation pour un autre titre",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(new Habilitation("TP-01234",
                                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))), List.of(LUCAS), List.of(),
                        HABILITATION, "Karim BENALI n'est pas habilité(e) pour le titre TP-00496"),
                Arguments.of("trois ans d'expérience", List.of(HELENE, juror(2, "Karim BENALI", 3, List.of(year()))),
                        List.of(LUCAS), List.of(), null, null),
                Arguments.of("deux ans d'expérience", List.of(HELENE, juror(2, "Karim BENALI", 2, List.of(year()))),
                        List.of(LUCAS), List.of(), EXPERIENCE,
                        "Karim BENALI justifie de 2 ans d'expérience dans le métier : il en faut au moins 3."),
                Arguments.of("autre session qui chevauche le dernier jour",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(year()),
                                new OtherSession(9, "Session titre TRI du 17/06/2026 au 18/06/2026", END,
                                        END.plusDays(1)))), List.of(LUCAS), List.of(), OVERLAP,
                        "Karim BENALI siège déjà à la Session titre TRI du 17/06/2026 au 18/06/2026"),
                Arguments.of("autre session qui finit la veille",
                        List.of(HELENE, juror(2, "Karim BENALI", 10, List.of(year()),
                                new OtherSession(9, "Session titre TRI", START.minusDays(2), START.minusDays(1)))),
                        List.of(LUCAS), List.of(), null, null),
                Arguments.of("conflit : deux jurés sans lien restent sur trois", List.of(HELENE, KARIM, PAUL),
                        List.of(LUCAS, EMMA), List.of(new Conflict(1, 100, "formateur ou formatrice du candidat")),
                        null, null),
                Arguments.of("conflit : il ne reste qu'un juré pour le candidat", List.of(HELENE, KARIM),
                        List.of(LUCAS, EMMA), List.of(new Conflict(1, 100, "formateur ou formatrice du candidat")),
                        CONFLICTS, "Pour MARTIN Lucas, il ne reste que 1 juré sans conflit d'intérêts (lien déclaré : "
                                + "Hélène MOREAU (formateur ou formatrice du candidat)) : il en faut au moins 2."),
                Arguments.of("conflits de deux jurés sur trois pour le même candidat", List.of(HELENE, KARIM, PAUL),
                        List.of(LUCAS), List.of(new Conflict(1, 100, "employeur du candidat"),
                                new Conflict(3, 100, "lien familial")), CONFLICTS,
                        "Pour MARTIN Lucas, il ne reste que 1 juré sans conflit d'intérêts"),
                Arguments.of("conflit d'un juré qui ne siège pas", List.of(HELENE, KARIM), List.of(LUCAS),
                        List.of(new Conflict(3, 100, "collègue du candidat")), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleWithItsFrenchMessage(String name, List<Juror> jurors, List<Candidate> candidates,
                                      List<Conflict> conflicts, String rule, String message) {
        List<Violation> violations = JuryCompositionPolicy.check(SESSION, jurors, candidates, conflicts);
        if (rule == null) {
            assertThat(violations).as(name).isEmpty();
        } else {
            assertThat(violations).as(name).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo(rule);
                assertThat(v.message()).contains(message);
            });
        }
    }

    @Test
    void theOtherCandidateIsNotNamedWhenOnlyOneLacksJurors() {
        List<Violation> violations = JuryCompositionPolicy.check(SESSION, List.of(HELENE, KARIM), List.of(LUCAS, EMMA),
                List.of(new Conflict(2, 101, "autre lien")));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("PETIT Emma").doesNotContain("MARTIN Lucas");
        });
    }

    /** The jury size and the juror experience are the regulation's figures (dated data), not constants. */
    @Test
    void theFiguresComeFromTheRegulationInForce() {
        Session stricter = Session.under(new Regulation.Jury(3, 5, List.of()), TRI, START, END);
        assertThat(JuryCompositionPolicy.check(stricter, List.of(HELENE, KARIM), List.of(LUCAS), List.of()))
                .extracting(Violation::message).contains("Le jury compte 2 membres : il en faut au moins 3.");
        assertThat(JuryCompositionPolicy.checkJuror(stricter, juror(2, "Karim BENALI", 4, List.of(year()))))
                .extracting(Violation::message)
                .containsExactly("Karim BENALI justifie de 4 ans d'expérience dans le métier : il en faut au moins 5.");
        assertThat(JuryCompositionPolicy.checkJuror(SESSION, juror(2, "Karim BENALI", 4, List.of(year())))).isEmpty();
    }

    /**
     * A started session: a candidate left by a late conflict with fewer jurors without conflict than the minimum is
     * named, with the rule (DOMAIN "Centres, jurors": two members at every decision; Arrêté du 21 juillet 2016).
     */
    @Test
    void aCandidateLeftWithOneJurorIsNamedWithTheRule() {
        List<IncompleteJury> incomplete = JuryCompositionPolicy.incompleteJuries(SESSION, List.of(1L, 2L),
                List.of(LUCAS, EMMA), List.of(new Conflict(2, 100, "formateur ou formatrice du candidat"),
                        new Conflict(3, 101, "collègue du candidat")));
        assertThat(incomplete).singleElement().satisfies(i -> {
            assertThat(i.candidateId()).isEqualTo(100);
            assertThat(i.jurorsWithoutConflict()).isEqualTo(1);
            assertThat(i.minimum()).isEqualTo(2);
            assertThat(i.message()).startsWith("Jury incomplet pour MARTIN Lucas : un juré doit être ajouté. "
                    + "Un juré ne décide jamais seul : pour MARTIN Lucas, il ne reste que 1 juré sans conflit");
        });
        // a third juror added: two remain without conflict
        assertThat(JuryCompositionPolicy.incompleteJuries(SESSION, List.of(1L, 2L, 3L), List.of(LUCAS, EMMA),
                List.of(new Conflict(2, 100, "formateur ou formatrice du candidat")))).isEmpty();
    }

    @Test
    void aJurorIsCheckedAloneOnAssignment() {
        Juror unfit = juror(5, "Paul RENAUD", 1, List.of(), new OtherSession(9, "Session CCP TRI", START, START));
        assertThat(JuryCompositionPolicy.checkJuror(SESSION, unfit)).extracting(Violation::rule)
                .containsExactly(EXPERIENCE, HABILITATION, OVERLAP);
        assertThat(JuryCompositionPolicy.checkJuror(SESSION, HELENE)).isEmpty();
    }
}
