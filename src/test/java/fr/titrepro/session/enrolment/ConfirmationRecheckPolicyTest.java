package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Candidate;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Limits;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Request;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Session;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Title;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.session.enrolment.ConfirmationRecheckPolicy.Enrolled;
import fr.titrepro.session.enrolment.ConfirmationRecheckPolicy.Refused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « enrolment refused by a late rule change »: at the confirmation, each enrolment is checked as a new one
 * with the facts of that day. Sources: the rules of {@link EnrolmentEligibilityPolicy} (fiche TP-00496 l. 98 for the
 * closed title's completion year; DOMAIN « Capitalisation and validity »; regulation/certification-rules.yaml for the
 * figures). Session CCP 1–2 on 15–16/06/2026, title TRI.
 */
class ConfirmationRecheckPolicyTest {

    static final LocalDate START = LocalDate.of(2026, 6, 15);
    static final LocalDate END = START.plusDays(1);
    static final Limits LIMITS = Limits.of(RegulationBook.on(START));
    static final String TRI = "TP-00496";

    static final Title ACTIVE = title(TitleStatus.ACTIVE, null, null);
    /** Closed meanwhile: end of validity 30/06/2025, completion (CCP sessions) possible until 30/06/2026. */
    static final Title CLOSED = title(TitleStatus.CLOSED, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30));
    /** Revised meanwhile: the version now ends the day before the session. */
    static final Title ENDED = title(TitleStatus.REVISED, START.minusDays(1), null);

    static Title title(TitleStatus status, LocalDate until, LocalDate closedOn) {
        return new Title(TRI, "TRI TP-00496 version 05", status, LocalDate.of(2021, 1, 11), until, closedOn,
                new TreeSet<>(Set.of(1, 2)));
    }

    static Session ccpSession(Title t, int capacity) {
        return new Session(42, SessionType.CCP, t, new TreeSet<>(Set.of(1, 2)), START, END, capacity, 99);
    }

    static Enrolled partial(long id, Integer... held) {
        return new Enrolled(id, "CANDIDAT" + id + " Lucie", new Candidate("CANDIDAT" + id + " Lucie",
                Pathway.PARTIAL, null, Set.of(), null, null, new TreeSet<>(Set.of(held)), false, List.of()),
                new Request(Set.of(1, 2), null));
    }

    static Enrolled holdingOne(long id) {
        Enrolled e = partial(id, 1);
        return new Enrolled(id, e.candidateName(), e.candidate(), new Request(Set.of(2), null));
    }

    static Enrolled titleHolder(long id) {
        return new Enrolled(id, "CANDIDAT" + id + " Lucie", new Candidate("CANDIDAT" + id + " Lucie",
                Pathway.PARTIAL, null, Set.of(), null, null, new TreeSet<>(), true, List.of()),
                new Request(Set.of(1, 2), null));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the rules have not changed: nobody is refused (the session's own count is not used)
                Arguments.of("rien n'a changé", ccpSession(ACTIVE, 10), List.of(partial(1), holdingOne(2)),
                        List.of()),
                // the title was closed: only the candidates completing it (holding a CCP) stay
                Arguments.of("titre clos entre-temps", ccpSession(CLOSED, 10), List.of(partial(1), holdingOne(2)),
                        List.of("1:titre-clos")),
                // the version ends before the session: every enrolment fails the title's validity
                Arguments.of("version révisée, fin avant la session", ccpSession(ENDED, 10),
                        List.of(partial(1), holdingOne(2)), List.of("1:titre-valide", "2:titre-valide")),
                // the title was obtained elsewhere meanwhile
                Arguments.of("titre obtenu entre-temps", ccpSession(ACTIVE, 10), List.of(partial(1), titleHolder(2)),
                        List.of("2:titre-detenu")),
                // fewer places than enrolments: the latest enrolments are refused, in enrolment order
                Arguments.of("capacité réduite", ccpSession(ACTIVE, 2), List.of(partial(1), partial(2), partial(3)),
                        List.of("3:capacite")),
                // a refused enrolment frees no place for the next one: the count is of those kept
                Arguments.of("refus puis capacité", ccpSession(ACTIVE, 1), List.of(titleHolder(1), partial(2),
                        partial(3)), List.of("1:titre-detenu", "3:capacite")),
                // an erased candidate (RGPD) is not convened
                Arguments.of("candidat effacé", ccpSession(ACTIVE, 10), List.of(new Enrolled(4, "Effacé", null,
                        Request.NONE), partial(5)), List.of("4:candidat-efface")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachEnrolmentIsCheckedAsANewOneWithTheRulesOfTheConfirmationDay(String name, Session session,
                                                                          List<Enrolled> enrolled,
                                                                          List<String> expected) {
        List<Refused> refused = ConfirmationRecheckPolicy.refused(session, enrolled, LIMITS);
        assertThat(refused).extracting(r -> r.enrolmentId() + ":" + r.refusals().getFirst().rule())
                .containsExactlyElementsOf(expected);
        refused.forEach(r -> assertThat(r.reason()).isNotBlank().contains(r.refusals().getFirst().message()));
    }
}
