package fr.titrepro.session;

import fr.titrepro.session.SessionLifecyclePolicy.Actor;
import fr.titrepro.session.SessionLifecyclePolicy.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static fr.titrepro.session.SessionStatus.CANCELLED;
import static fr.titrepro.session.SessionStatus.CLOSED;
import static fr.titrepro.session.SessionStatus.DELIBERATION;
import static fr.titrepro.session.SessionStatus.DRAFT;
import static fr.titrepro.session.SessionStatus.IN_PROGRESS;
import static fr.titrepro.session.SessionStatus.SCHEDULED;
import static fr.titrepro.session.SessionStatus.VALIDATED;
import static org.assertj.core.api.Assertions.assertThat;

/** Today is 15/06/2026; the session runs 15–16/06/2026 with one candidate and a valid jury unless said. */
class SessionLifecyclePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Facts facts(SessionStatus status) {
        return new Facts(status, TODAY, TODAY, TODAY.plusDays(1), 1, List.of(), false);
    }

    static Facts facts(SessionStatus status, LocalDate today, int enrolled, List<String> problems, boolean reason) {
        return new Facts(status, today, TODAY, TODAY.plusDays(1), enrolled, problems, reason);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(DRAFT, SCHEDULED, Actor.CENTRE, facts(DRAFT), null),
                Arguments.of(DRAFT, SCHEDULED, Actor.CENTRE, facts(DRAFT, TODAY.plusDays(1), 0, List.of(), false),
                        "La session devait commencer le 15/06/2026 : cette date est passée"),
                Arguments.of(DRAFT, IN_PROGRESS, Actor.ADMIN, facts(DRAFT),
                        "Une session « Brouillon » ne peut pas passer à l'état « En cours »."),
                Arguments.of(SCHEDULED, IN_PROGRESS, Actor.CENTRE, facts(SCHEDULED), null),
                Arguments.of(SCHEDULED, IN_PROGRESS, Actor.CENTRE, facts(SCHEDULED, TODAY.minusDays(1), 1, List.of(),
                        false), "La session ne peut pas commencer avant son premier jour, le 15/06/2026."),
                Arguments.of(SCHEDULED, IN_PROGRESS, Actor.CENTRE, facts(SCHEDULED, TODAY.plusDays(2), 1, List.of(),
                        false), "Le dernier jour de la session (16/06/2026) est passé."),
                Arguments.of(SCHEDULED, IN_PROGRESS, Actor.CENTRE, facts(SCHEDULED, TODAY, 0, List.of(), false),
                        "Aucun candidat n'est inscrit."),
                Arguments.of(SCHEDULED, IN_PROGRESS, Actor.CENTRE, facts(SCHEDULED, TODAY, 1,
                        List.of("Le jury compte 1 membre : il en faut au moins 2."), false),
                        "Le jury compte 1 membre : il en faut au moins 2."),
                Arguments.of(IN_PROGRESS, DELIBERATION, Actor.CENTRE, facts(IN_PROGRESS), null),
                Arguments.of(DELIBERATION, CLOSED, Actor.CENTRE, facts(DELIBERATION),
                        "close par la signature du procès-verbal par tous les membres du jury"),
                Arguments.of(DELIBERATION, CLOSED, Actor.ADMIN, facts(DELIBERATION),
                        "close par la signature du procès-verbal par tous les membres du jury"),
                Arguments.of(DELIBERATION, CLOSED, Actor.PV, facts(DELIBERATION), null),
                Arguments.of(CLOSED, VALIDATED, Actor.CENTRE, facts(CLOSED),
                        "validée par l'administration (DREETS) au vu du procès-verbal signé"),
                Arguments.of(CLOSED, VALIDATED, Actor.ADMIN, facts(CLOSED),
                        "validée par l'administration (DREETS) au vu du procès-verbal signé"),
                Arguments.of(CLOSED, VALIDATED, Actor.PV, facts(CLOSED), null),
                Arguments.of(IN_PROGRESS, CLOSED, Actor.PV, facts(IN_PROGRESS),
                        "Une session « En cours » ne peut pas passer à l'état « Close »."),
                Arguments.of(CLOSED, CANCELLED, Actor.ADMIN, facts(CLOSED),
                        "Une session « Close » ne peut pas passer à l'état « Annulée »."),
                Arguments.of(VALIDATED, DRAFT, Actor.ADMIN, facts(VALIDATED), "elle est définitivement validée."),
                Arguments.of(CANCELLED, SCHEDULED, Actor.ADMIN, facts(CANCELLED), "elle est définitivement annulée."),
                Arguments.of(SCHEDULED, CANCELLED, Actor.CENTRE, facts(SCHEDULED), "Indiquez le motif de l'annulation."),
                Arguments.of(SCHEDULED, CANCELLED, Actor.CENTRE, facts(SCHEDULED, TODAY, 1, List.of(), true), null),
                Arguments.of(IN_PROGRESS, CANCELLED, Actor.CENTRE, facts(IN_PROGRESS, TODAY, 1, List.of(), true),
                        "Une session en cours ne peut être annulée que par l'administration."),
                Arguments.of(IN_PROGRESS, CANCELLED, Actor.ADMIN, facts(IN_PROGRESS, TODAY, 1, List.of(), true), null),
                Arguments.of(DELIBERATION, CANCELLED, Actor.ADMIN, facts(DELIBERATION, TODAY, 1, List.of(), true),
                        "ne peut pas passer à l'état « Annulée »"));
    }

    @ParameterizedTest(name = "{0} → {1} par {2}")
    @MethodSource("cases")
    void eachMoveIsCheckedWithItsReason(SessionStatus from, SessionStatus to, Actor actor, Facts facts,
                                        String reason) {
        List<String> refusals = SessionLifecyclePolicy.refusals(to, actor, facts);
        if (reason == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).anySatisfy(r -> assertThat(r).contains(reason));
        }
    }

    @Test
    void everyReasonToNotStartIsListed() {
        List<String> refusals = SessionLifecyclePolicy.refusals(IN_PROGRESS, Actor.CENTRE, facts(SCHEDULED,
                TODAY.minusDays(3), 0, List.of("Le jury compte 0 membre : il en faut au moins 2."), false));
        assertThat(refusals).hasSize(3);
    }

    @Test
    void theOptionsAreTheMovesOutOfTheCurrentStateInOrder() {
        assertThat(SessionLifecyclePolicy.options(Actor.CENTRE, facts(SCHEDULED, TODAY, 0, List.of(), true)))
                .containsOnlyKeys(IN_PROGRESS, CANCELLED)
                .hasEntrySatisfying(IN_PROGRESS, r -> assertThat(r).containsExactly("Aucun candidat n'est inscrit."))
                .hasEntrySatisfying(CANCELLED, r -> assertThat(r).isEmpty());
        assertThat(SessionLifecyclePolicy.options(Actor.ADMIN, facts(VALIDATED))).isEmpty();
    }
}
