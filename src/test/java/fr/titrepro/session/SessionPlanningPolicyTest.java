package fr.titrepro.session;

import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.session.SessionPlanningPolicy.Approval;
import fr.titrepro.session.SessionPlanningPolicy.Context;
import fr.titrepro.session.SessionPlanningPolicy.Plan;
import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Today 01/06/2026; the centre is approved for TRI from 01/01/2026 to 31/12/2026; TRI has no CCS unless said. */
class SessionPlanningPolicyTest {

    /** The regulation's figures (regulation/certification-rules.yaml), not a copy of them. */
    static final EnrolmentEligibilityPolicy.Limits LIMITS = EnrolmentEligibilityPolicy.Limits.of(
            fr.titrepro.referential.regulation.RegulationBook.on(java.time.LocalDate.of(2026, 6, 15)));

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate START = LocalDate.of(2026, 6, 15);
    static final EnrolmentEligibilityPolicy.Title TRI = new EnrolmentEligibilityPolicy.Title("TP-00496",
            "TRI TP-00496 version 05", TitleStatus.ACTIVE, LocalDate.of(2021, 1, 11), null, null,
            new TreeSet<>(Set.of(1, 2)));
    static final Context CONTEXT = new Context(TODAY, true, "Centre Nord",
            List.of(new Approval(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))), Set.of(), 0);

    static Plan plan(SessionType type, LocalDate start, LocalDate end, int capacity, Set<Integer> ccps, String ccs) {
        return new Plan(type, start, end, capacity, ccps, ccs);
    }

    static Plan title(LocalDate start, LocalDate end) {
        return plan(SessionType.TITLE, start, end, 10, Set.of(), null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("session titre valide", title(START, START.plusDays(1)), CONTEXT, null, null),
                Arguments.of("fin avant le début", title(START, START.minusDays(1)), CONTEXT, "endDate",
                        "La date de fin doit être le jour de début ou après."),
                Arguments.of("début passé", title(TODAY.minusDays(1), TODAY), CONTEXT, "startDate",
                        "La date de début (31/05/2026) est passée."),
                Arguments.of("début passé mais dates inchangées", title(TODAY.minusDays(1), TODAY),
                        new Context(TODAY, false, "Centre Nord", CONTEXT.approvals(), Set.of(), 0), null, null),
                Arguments.of("capacité sous les inscrits", plan(SessionType.TITLE, START, START, 2, Set.of(), null),
                        new Context(TODAY, true, "Centre Nord", CONTEXT.approvals(), Set.of(), 3), "capacity",
                        "3 candidats sont déjà inscrits"),
                Arguments.of("session CCP sans CCP", plan(SessionType.CCP, START, START, 10, Set.of(), null), CONTEXT,
                        "ccpNumbers", "Choisissez au moins un CCP"),
                Arguments.of("session CCP d'un CCP inconnu", plan(SessionType.CCP, START, START, 10, Set.of(1, 3),
                        null), CONTEXT, "ccpNumbers", "n'a pas de CCP n° 3 (ses CCP : 1, 2)"),
                Arguments.of("CCP choisis pour une session titre", plan(SessionType.TITLE, START, START, 10, Set.of(1),
                        null), CONTEXT, "ccpNumbers", "Les CCP ne se choisissent que pour une session CCP."),
                Arguments.of("session CCS d'un titre sans CCS", plan(SessionType.CCS, START, START, 10, Set.of(), "X"),
                        CONTEXT, "ccsCode", "n'a pas de CCS."),
                Arguments.of("session CCS d'un CCS inconnu", plan(SessionType.CCS, START, START, 10, Set.of(), "X"),
                        new Context(TODAY, true, "Centre Nord", CONTEXT.approvals(), Set.of("CCS1"), 0), "ccsCode",
                        "n'a pas de CCS « X » (ses CCS : CCS1)"),
                Arguments.of("session CCS valide", plan(SessionType.CCS, START, START, 10, Set.of(), "CCS1"),
                        new Context(TODAY, true, "Centre Nord", CONTEXT.approvals(), Set.of("CCS1"), 0), null, null),
                Arguments.of("agrément jusqu'au dernier jour", title(LocalDate.of(2026, 12, 30),
                        LocalDate.of(2026, 12, 31)), CONTEXT, null, null),
                Arguments.of("agrément échu le dernier jour", title(LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 1)), CONTEXT, "startDate",
                        "Le centre Centre Nord n'a pas d'agrément pour le titre TP-00496 couvrant chaque jour de la "
                                + "session (agrément(s) : du 01/01/2026 au 31/12/2026)."),
                Arguments.of("aucun agrément", title(START, START), new Context(TODAY, true, "Centre Nord", List.of(),
                        Set.of(), 0), "startDate", "(aucun agrément pour ce titre)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleNamesItsField(String name, Plan plan, Context context, String field, String message) {
        List<FieldError> errors = SessionPlanningPolicy.check(plan, TRI, context,
                LIMITS);
        if (field == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.message()).contains(message);
            });
        }
    }

    static EnrolmentEligibilityPolicy.Title version(TitleStatus status, LocalDate from, LocalDate until) {
        return new EnrolmentEligibilityPolicy.Title("TP-00496", "TRI TP-00496 version 05", status, from, until, null,
                new TreeSet<>(Set.of(1, 2)));
    }

    /** DOMAIN « Référentiel » (a title has a validity period) and « Capitalisation and validity » (l. 60): a session is
     * held only on days the title version is valid. */
    static Stream<Arguments> validity() {
        return Stream.of(
                Arguments.of("valide depuis avant la session", version(TitleStatus.ACTIVE, START.minusYears(1), null),
                        null),
                Arguments.of("valide à partir du premier jour", version(TitleStatus.ACTIVE, START, null), null),
                Arguments.of("pas encore valide le premier jour",
                        version(TitleStatus.ACTIVE, START.plusDays(1), null), "valable à partir du 16/06/2026"),
                Arguments.of("valide jusqu'au dernier jour",
                        version(TitleStatus.REVISED, START.minusYears(1), START.plusDays(1)), null),
                Arguments.of("échu la veille du dernier jour",
                        version(TitleStatus.REVISED, START.minusYears(1), START),
                        "du 15/06/2025 au 15/06/2026"),
                Arguments.of("version remplacée depuis longtemps",
                        version(TitleStatus.REVISED, LocalDate.of(2010, 11, 5), LocalDate.of(2021, 1, 10)),
                        "du 05/11/2010 au 10/01/2021"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validity")
    void aTitleOutOfValidityIsRefusedOnTheTitleField(String name, EnrolmentEligibilityPolicy.Title version,
                                                     String message) {
        List<FieldError> errors = SessionPlanningPolicy.check(title(START, START.plusDays(1)), version, CONTEXT,
                LIMITS);
        if (message == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("titleCode");
                assertThat(e.message()).contains(message);
            });
        }
    }
}
