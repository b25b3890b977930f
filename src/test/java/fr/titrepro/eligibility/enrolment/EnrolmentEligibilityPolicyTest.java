package fr.titrepro.eligibility.enrolment;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Attempt;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.AttemptResult;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Candidate;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Decision;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Limits;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Session;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Title;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.referential.regulation.RegulationBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CANDIDATE_BUSY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CAPACITY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CCP_HELD;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CCP_OF_SESSION;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CCS_ROUTE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.FINAL_INTERVIEW_ONLY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CLOSED_TITLE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.PARENT_TITLE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.PATHWAY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.RECEVABILITE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.RESIT_COUNT;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.RESIT_DELAY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.TITLE_HELD;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.TITLE_VALIDITY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of enrolment at its boundaries: session 15–16/06/2026, title TRI (CCP 1 and 2) unless said. Sources:
 * the fiche TP-00496 (shared/referentiels/fiche-titre-tri-TP-00496-modalites.txt, lines cited), DOMAIN.md, and the
 * figures of regulation/certification-rules.yaml (read, never copied).
 */
class EnrolmentEligibilityPolicyTest {

    static final Regulation REGULATION = RegulationBook.on(LocalDate.of(2026, 6, 15));
    static final Limits LIMITS = Limits.of(REGULATION);

    static final LocalDate START = LocalDate.of(2026, 6, 15);
    static final LocalDate END = START.plusDays(1);
    static final String TRI = "TP-00496";
    static final String NAME = "MARTIN Lucie";

    static final Title ACTIVE = new Title(TRI, "TRI TP-00496 version 05", TitleStatus.ACTIVE, LocalDate.of(2021, 1, 11),
            null, null, set(1, 2));
    static final Title ENDING = new Title(TRI, "TRI TP-00496 version 05", TitleStatus.ACTIVE, LocalDate.of(2021, 1, 11),
            END, null, set(1, 2));
    /** Closed: end of validity 30/06/2025, completion possible until 30/06/2026. */
    static final Title CLOSED = new Title(TRI, "TRI TP-00496 version 05", TitleStatus.CLOSED, LocalDate.of(2021, 1, 11),
            LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), set(1, 2));
    static final Title CLOSED_NO_UNTIL = new Title(TRI, "TRI TP-00496 version 05", TitleStatus.CLOSED,
            LocalDate.of(2021, 1, 11), null, LocalDate.of(2025, 6, 30), set(1, 2));

    static Session session(SessionType kind, Title title, LocalDate start, LocalDate end, Set<Integer> ccps,
                           int capacity, int enrolled) {
        return new Session(42, kind, title, kind == SessionType.TITLE ? title.ccpNumbers() : new TreeSet<>(ccps),
                start, end, capacity, enrolled);
    }

    static Session ccs() {
        return session(SessionType.CCS, ACTIVE, START, END, Set.of(), 10, 0);
    }

    static Session titleSession() {
        return session(SessionType.TITLE, ACTIVE, START, END, Set.of(), 10, 0);
    }

    static Session ccpSession(Title title, LocalDate end, Integer... ccps) {
        return session(SessionType.CCP, title, end.minusDays(1), end, Set.of(ccps), 10, 0);
    }

    static Candidate trainee() {
        return new Candidate(NAME, Pathway.TRAINING, TRI, Set.of(), null, null, set(), false, List.of());
    }

    static Candidate trainee(String titleCode, Integer... trained) {
        return new Candidate(NAME, Pathway.TRAINING, titleCode, Set.of(trained), null, null, set(), false,
                List.of());
    }

    static Candidate vae(LocalDate decision, String titleCode) {
        return new Candidate(NAME, Pathway.VAE, titleCode, Set.of(), null, decision, set(), false, List.of());
    }

    static Candidate holding(Pathway pathway, Integer... held) {
        return new Candidate(NAME, pathway, pathway == Pathway.TRAINING ? TRI : null, Set.of(), null, null, set(held),
                false, List.of());
    }

    /** The title obtained: the recorded fact (ObtainedTitle), with every CCP held. */
    static Candidate titleHolder(Pathway pathway) {
        return new Candidate(NAME, pathway, pathway == Pathway.TRAINING ? TRI : null, Set.of(), null, null, set(1, 2),
                true, List.of());
    }

    static Candidate withAttempts(LocalDate trainingStart, Attempt... attempts) {
        return new Candidate(NAME, Pathway.TRAINING, TRI, Set.of(), trainingStart, null, set(), false,
                List.of(attempts));
    }

    static Attempt titleAttempt(long id, LocalDate start, AttemptResult result) {
        return new Attempt(id, "Session titre TRI n° " + id, SessionType.TITLE, TRI, start, start.plusDays(1), result);
    }

    static SortedSet<Integer> set(Integer... numbers) {
        return new TreeSet<>(List.of(numbers));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // validity of the title on the session days
                Arguments.of("titre valide jusqu'au dernier jour de la session",
                        session(SessionType.TITLE, ENDING, START, END, Set.of(), 10, 0), trainee(), null, null, null),
                Arguments.of("titre échu le lendemain de sa fin de validité",
                        session(SessionType.TITLE, ENDING, START, END.plusDays(1), Set.of(), 10, 0), trainee(), null,
                        TITLE_VALIDITY, "n'est pas valide sur toute la durée de la session"),
                Arguments.of("titre pas encore en vigueur la veille de sa validité",
                        session(SessionType.TITLE, ACTIVE, LocalDate.of(2021, 1, 10), LocalDate.of(2021, 1, 11),
                                Set.of(), 10, 0), trainee(), null, TITLE_VALIDITY, "à partir du 11/01/2021"),
                Arguments.of("titre clos : session CCP le dernier jour du délai d'un an",
                        ccpSession(CLOSED, LocalDate.of(2026, 6, 30), 1, 2), holding(Pathway.PARTIAL, 1), null, null,
                        null),
                Arguments.of("titre clos sans fin de validité : le délai court depuis la clôture",
                        ccpSession(CLOSED_NO_UNTIL, LocalDate.of(2026, 6, 30), 1, 2), holding(Pathway.PARTIAL, 1),
                        null, null, null),
                Arguments.of("titre clos : le lendemain du délai d'un an",
                        ccpSession(CLOSED, LocalDate.of(2026, 7, 1), 1, 2), holding(Pathway.PARTIAL, 1), null,
                        TITLE_VALIDITY, "seulement jusqu'au 30/06/2026"),
                Arguments.of("titre clos : candidat qui ne détient aucun CCP",
                        ccpSession(CLOSED, LocalDate.of(2026, 6, 30), 1, 2), holding(Pathway.PARTIAL), null,
                        CLOSED_TITLE, NAME + " ne détient aucun CCP du titre TP-00496"),
                Arguments.of("titre clos : pas de session titre après sa fin de validité",
                        session(SessionType.TITLE, CLOSED, START, END, Set.of(), 10, 0), trainee(), null,
                        TITLE_VALIDITY, "seules des sessions CCP permettent encore de le compléter"),
                // session titre: pathways
                Arguments.of("formation à un autre titre", titleSession(), trainee("TP-01234"), null, PATHWAY,
                        NAME + " n'est pas en formation pour le titre TP-00496 (formation suivie : TP-01234)"),
                Arguments.of("formation à une partie des CCP seulement", titleSession(), trainee(TRI, 1), null, PATHWAY,
                        "n'est formé(e) qu'au(x) CCP 1"),
                Arguments.of("formation à tous les CCP nommés", titleSession(), trainee(TRI, 1, 2), null, null, null),
                Arguments.of("VAE : recevabilité d'un an jour pour jour", titleSession(),
                        vae(START.minusYears(1), null), null, null, null),
                Arguments.of("VAE : recevabilité expirée la veille", titleSession(),
                        vae(START.minusYears(1).minusDays(1), null), null, RECEVABILITE,
                        "n'était valable que jusqu'au 14/06/2026"),
                Arguments.of("VAE : décision le jour même", titleSession(), vae(START, null), null, null, null),
                Arguments.of("VAE : décision après le début de la session", titleSession(), vae(END, null), null,
                        RECEVABILITE, "postérieure au début de la session"),
                Arguments.of("VAE : aucune décision", titleSession(), vae(null, null), null, RECEVABILITE,
                        "aucune décision de recevabilité n'est enregistrée pour " + NAME),
                Arguments.of("VAE : recevabilité pour un autre titre", titleSession(), vae(START, "TP-01234"), null,
                        RECEVABILITE, "porte sur le titre TP-01234"),
                Arguments.of("capitalisation : pas de session titre", titleSession(), holding(Pathway.PARTIAL, 1), null,
                        PATHWAY, "obtient le titre par capitalisation"),
                // DOMAIN « Sessions and evaluation »: the title obtained is a recorded fact, not the CCPs held
                Arguments.of("titre déjà obtenu (fait enregistré)", titleSession(), titleHolder(Pathway.TRAINING), null,
                        TITLE_HELD, NAME + " est titulaire du titre TP-00496 (titre obtenu enregistré)"),
                Arguments.of("titre déjà obtenu : pas de session CCP non plus", ccpSession(ACTIVE, END, 1, 2),
                        titleHolder(Pathway.PARTIAL), null, TITLE_HELD, "il n'y a plus rien à présenter"),
                // DOMAIN: every CCP held but the title refused → not a dead end: entretien final seul
                Arguments.of("tous les CCP sans le titre : session titre pour l'entretien final seul", titleSession(),
                        holding(Pathway.TRAINING, 1, 2), null, null, null),
                Arguments.of("tous les CCP sans le titre, en capitalisation : session titre pour l'entretien final",
                        titleSession(), holding(Pathway.PARTIAL, 1, 2), null, null, null),
                Arguments.of("tous les CCP sans le titre : session CCP pour l'entretien final seul",
                        ccpSession(ACTIVE, END, 1), holding(Pathway.PARTIAL, 1, 2), null, null, null),
                Arguments.of("tous les CCP sans le titre : un CCP demandé est refusé", ccpSession(ACTIVE, END, 1, 2),
                        holding(Pathway.PARTIAL, 1, 2), Set.of(1), CCP_HELD,
                        "ne peut s'inscrire que pour l'entretien final"),
                Arguments.of("titre clos, délai de grâce : entretien final seul en session CCP",
                        ccpSession(CLOSED, LocalDate.of(2026, 6, 30), 1, 2), holding(Pathway.PARTIAL, 1, 2), null,
                        null, null),
                // resit without new training
                Arguments.of("représentation un an jour pour jour après la première session", titleSession(),
                        withAttempts(null, titleAttempt(1, START.minusYears(1), AttemptResult.NOT_PASSED)), null, null,
                        null),
                Arguments.of("représentation un an et un jour après", titleSession(),
                        withAttempts(null, titleAttempt(1, START.minusYears(1).minusDays(1), AttemptResult.NOT_PASSED)),
                        null, RESIT_DELAY, "ne peut se représenter que jusqu'au 14/06/2026"),
                Arguments.of("troisième session titre de l'année", titleSession(),
                        withAttempts(null, titleAttempt(1, START.minusMonths(8), AttemptResult.NOT_PASSED),
                                titleAttempt(2, START.minusMonths(3), AttemptResult.NOT_PASSED)), null, null, null),
                Arguments.of("quatrième session titre de l'année", titleSession(),
                        withAttempts(null, titleAttempt(1, START.minusMonths(10), AttemptResult.NOT_PASSED),
                                titleAttempt(2, START.minusMonths(6), AttemptResult.NOT_PASSED),
                                titleAttempt(3, START.minusMonths(2), AttemptResult.PENDING)), null, RESIT_COUNT,
                        "compterait 4 sessions titre dans l'année qui suit sa première présentation"),
                Arguments.of("les absences excusées ne comptent pas", titleSession(),
                        withAttempts(null, titleAttempt(1, START.minusMonths(10), AttemptResult.EXCUSED),
                                titleAttempt(2, START.minusMonths(6), AttemptResult.EXCUSED),
                                titleAttempt(3, START.minusMonths(2), AttemptResult.EXCUSED)), null, null, null),
                Arguments.of("une nouvelle formation remet le compteur à zéro", titleSession(),
                        withAttempts(START.minusMonths(4),
                                titleAttempt(1, START.minusYears(2), AttemptResult.NOT_PASSED),
                                titleAttempt(2, START.minusMonths(20), AttemptResult.NOT_PASSED)), null, null, null),
                Arguments.of("les sessions d'un autre titre ne comptent pas", titleSession(),
                        withAttempts(null, new Attempt(1, "Session titre X", SessionType.TITLE, "TP-01234",
                                START.minusYears(3), START.minusYears(3), AttemptResult.NOT_PASSED)), null, null, null),
                Arguments.of("les sessions CCP ne comptent pas", titleSession(),
                        withAttempts(null, new Attempt(1, "Session CCP TRI", SessionType.CCP, TRI,
                                START.minusYears(3), START.minusYears(3), AttemptResult.NOT_PASSED)), null, null, null),
                // session CCP
                Arguments.of("CCP manquant : entretien final quand il complète le titre",
                        ccpSession(ACTIVE, END, 1, 2), holding(Pathway.PARTIAL, 1), null, null, null),
                Arguments.of("CCP demandé absent de la session", ccpSession(ACTIVE, END, 1), holding(Pathway.PARTIAL),
                        Set.of(2), CCP_OF_SESSION, "le CCP 2 n'est pas évalué à cette session (CCP 1)"),
                Arguments.of("CCP demandé déjà détenu", ccpSession(ACTIVE, END, 1, 2), holding(Pathway.PARTIAL, 1),
                        Set.of(1), CCP_HELD, NAME + " détient déjà le CCP 1"),
                Arguments.of("tous les CCP de la session déjà détenus (pas tous ceux du titre)", ccpSession(ACTIVE, END, 1),
                        holding(Pathway.PARTIAL, 1), null, CCP_HELD, "détient déjà le CCP évalué à cette session"),
                Arguments.of("formation sans le CCP de la session", ccpSession(ACTIVE, END, 2), trainee(TRI, 1), null,
                        PATHWAY, "n'est pas formé(e) au(x) CCP 2"),
                Arguments.of("VAE sans CCP détenu : pas de session CCP", ccpSession(ACTIVE, END, 1),
                        vae(START, null), null, PATHWAY, "la recevabilité VAE ouvre une session titre"),
                // session CCS (fiche TP-00496 l. 114: « déjà titulaire du titre professionnel auquel le CCS est
                // associé » ; l. 116: « soit à la suite d'un parcours de formation, soit directement s'il justifie
                // de 1 an d'expérience dans le métier visé »)
                Arguments.of("CCS : titulaire du titre, issu de formation", ccs(), titleHolder(Pathway.TRAINING),
                        null, null, null),
                Arguments.of("CCS : tous les CCP sans le titre obtenu", ccs(), holding(Pathway.PARTIAL, 1, 2), null,
                        PARENT_TITLE, NAME + " ne l'a pas obtenu"),
                Arguments.of("CCS sans le titre parent", ccs(), holding(Pathway.PARTIAL, 1), null, PARENT_TITLE,
                        "un CCS n'est ouvert qu'aux titulaires du titre TP-00496"),
                // availability, capacity
                Arguments.of("déjà inscrit à une session aux mêmes dates", titleSession(),
                        withAttempts(null, new Attempt(7, "Session CCP TRI n° 7", SessionType.CCP, TRI, END, END,
                                AttemptResult.PENDING)), null, CANDIDATE_BUSY, "aux mêmes dates"),
                Arguments.of("inscrit à une session qui finit la veille", titleSession(),
                        withAttempts(null, new Attempt(7, "Session CCP TRI n° 7", SessionType.CCP, TRI,
                                START.minusDays(2), START.minusDays(1), AttemptResult.PENDING)), null, null, null),
                Arguments.of("dernière place", session(SessionType.TITLE, ACTIVE, START, END, Set.of(), 10, 9),
                        trainee(), null, null, null),
                Arguments.of("session complète", session(SessionType.TITLE, ACTIVE, START, END, Set.of(), 10, 10),
                        trainee(), null, CAPACITY, "la session est complète (10 places, toutes prises)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleAtItsBoundary(String name, Session session, Candidate candidate, Set<Integer> requested,
                               String rule, String message) {
        Decision decision = EnrolmentEligibilityPolicy.decide(session, candidate,
                new EnrolmentEligibilityPolicy.Request(requested, null), LIMITS);
        if (rule == null) {
            assertThat(decision.refusals()).as(name).isEmpty();
            assertThat(decision.eligible()).isTrue();
        } else {
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.refusals()).as(name).anySatisfy(r -> {
                assertThat(r.rule()).isEqualTo(rule);
                assertThat(r.message()).contains(message);
            });
        }
    }

    @Test
    void aTitleSessionTakesEveryCcpAndTheFinalInterview() {
        Decision d = EnrolmentEligibilityPolicy.decide(titleSession(), trainee(), null, LIMITS);
        assertThat(d.ccpNumbers()).containsExactly(1, 2);
        assertThat(d.finalInterview()).isTrue();
    }

    @Test
    void aCcpSessionPlansTheFinalInterviewOnlyWhenTheCcpsCompleteTheTitle() {
        Decision completes = EnrolmentEligibilityPolicy.decide(ccpSession(ACTIVE, END, 1, 2),
                holding(Pathway.PARTIAL, 1), null, LIMITS);
        assertThat(completes.ccpNumbers()).containsExactly(2);
        assertThat(completes.finalInterview()).isTrue();

        Decision partial = EnrolmentEligibilityPolicy.decide(ccpSession(ACTIVE, END, 1, 2), holding(Pathway.PARTIAL),
                new EnrolmentEligibilityPolicy.Request(Set.of(1), null), LIMITS);
        assertThat(partial.ccpNumbers()).containsExactly(1);
        assertThat(partial.finalInterview()).isFalse();
    }

    /** Fiche TP-00496 l. 118-123: the CCS évaluation lists « un entretien final avec le jury ». */
    @Test
    void aCcsSessionHasAFinalInterviewAndNoCcp() {
        Decision d = EnrolmentEligibilityPolicy.decide(ccs(), titleHolder(Pathway.TRAINING), null, LIMITS);
        assertThat(d.ccpNumbers()).isEmpty();
        assertThat(d.finalInterview()).isTrue();
        assertThat(d.finalInterviewOnly()).isFalse();
    }

    /** Fiche TP-00496 l. 116: the direct route, « s'il justifie de 1 an d'expérience dans le métier visé ». */
    @ParameterizedTest(name = "CCS, parcours {0}, expérience {1} mois → {2}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
            "TRAINING, -,  -",
            "PARTIAL,  -,  indiquez l'expérience dans le métier visé qu'il (elle) justifie (au moins 1 an)",
            "PARTIAL,  11, justifie de 11 mois d'expérience dans le métier visé ; l'accès direct au CCS en demande au moins 1 an",
            "PARTIAL,  12, -",
            "VAE,      30, -",
            "VAE,      0,  justifie de 0 mois",
    })
    void theCcsIsPresentedAfterTrainingOrDirectlyWithExperience(Pathway pathway, Integer months, String refusal) {
        Decision d = EnrolmentEligibilityPolicy.decide(ccs(), titleHolder(pathway),
                new EnrolmentEligibilityPolicy.Request(null, months), LIMITS);
        if (refusal == null) {
            assertThat(d.refusals()).isEmpty();
        } else {
            assertThat(d.refusals()).singleElement().satisfies(r -> {
                assertThat(r.rule()).isEqualTo(CCS_ROUTE);
                assertThat(r.message()).contains(refusal);
            });
        }
    }

    @Test
    void theCcsDirectRouteReadsTheRegulationFigure() {
        // the same candidate, 12 months: enough under the shipped rule (12), not under a rule asking 18
        Limits eighteen = new Limits(LIMITS.resitWindowMonths(), LIMITS.maxTitleSessionsInWindow(),
                LIMITS.recevabiliteMonths(), REGULATION, 18, LIMITS.finalInterview());
        EnrolmentEligibilityPolicy.Request twelve = new EnrolmentEligibilityPolicy.Request(null, 12);
        assertThat(EnrolmentEligibilityPolicy.decide(ccs(), titleHolder(Pathway.PARTIAL), twelve, LIMITS).eligible())
                .isTrue();
        assertThat(EnrolmentEligibilityPolicy.decide(ccs(), titleHolder(Pathway.PARTIAL), twelve, eighteen)
                .refusals()).extracting(EnrolmentEligibilityPolicy.Refusal::message)
                .containsExactly("Accès au CCS : " + NAME + " justifie de 1 an d'expérience dans le métier visé ; "
                        + "l'accès direct au CCS en demande au moins 18 mois.");
    }

    /**
     * DOMAIN « Sessions and evaluation »: a candidate who holds every CCP but was refused the title « can be
     * enrolled in a later session of the title to take the entretien final »; fiche l. 110: « un entretien final se
     * déroule en fin de session du dernier CCP ».
     */
    @Test
    void everyCcpHeldWithoutTheTitleEnrolsForTheFinalInterviewAlone() {
        for (Session s : List.of(titleSession(), ccpSession(ACTIVE, END, 1, 2))) {
            Decision d = EnrolmentEligibilityPolicy.decide(s, holding(Pathway.PARTIAL, 1, 2), null, LIMITS);
            assertThat(d.refusals()).as(s.kind().name()).isEmpty();
            assertThat(d.ccpNumbers()).as(s.kind().name()).isEmpty();
            assertThat(d.finalInterview()).isTrue();
            assertThat(d.finalInterviewOnly()).isTrue();
            assertThat(d.note()).isEqualTo("Tous les CCP sont détenus : inscription pour l'entretien final (sans CCP "
                    + "à présenter).");
        }
    }

    /** « the exact form is configurable » (DOMAIN): Regulation.finalInterview().retakeAtTitleSession/CcpSession. */
    @ParameterizedTest(name = "titre {0}, CCP {1}")
    @org.junit.jupiter.params.provider.CsvSource({"true, false", "false, true"})
    void whereTheFinalInterviewIsRetakenIsConfigurable(boolean atTitleSession, boolean atCcpSession) {
        Limits limits = new Limits(LIMITS.resitWindowMonths(), LIMITS.maxTitleSessionsInWindow(),
                LIMITS.recevabiliteMonths(), REGULATION, LIMITS.ccsDirectExperienceMonths(),
                new Regulation.FinalInterview(atTitleSession, atCcpSession, List.of()));
        Decision title = EnrolmentEligibilityPolicy.decide(titleSession(), holding(Pathway.PARTIAL, 1, 2), null,
                limits);
        Decision ccp = EnrolmentEligibilityPolicy.decide(ccpSession(ACTIVE, END, 1, 2), holding(Pathway.PARTIAL, 1, 2),
                null, limits);
        assertThat(title.eligible()).isEqualTo(atTitleSession);
        assertThat(ccp.eligible()).isEqualTo(atCcpSession);
        Decision refused = atTitleSession ? ccp : title;
        assertThat(refused.refusals()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(FINAL_INTERVIEW_ONLY);
            assertThat(r.message()).contains("fait repasser l'entretien final à une session "
                    + (atTitleSession ? "titre" : "CCP") + " de ce titre, pas à cette session");
        });
    }

    /** Fiche TP-00496 l. 98: « dispose d'un an à compter de la date de la fin de validité du titre ». */
    @Test
    void theClosedTitleGraceIsTheRegulationFigure() {
        assertThat(REGULATION.graceEnd(CLOSED.validUntil())).isEqualTo(LocalDate.of(2026, 6, 30));
        EnrolmentEligibilityPolicy.TitleWindow window = EnrolmentEligibilityPolicy.titleWindow(SessionType.CCP, CLOSED,
                LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 30), LIMITS);
        assertThat(window.open()).isTrue();
        assertThat(window.completionOnly()).isTrue();
        assertThat(window.completionDeadline()).isEqualTo(REGULATION.graceEnd(CLOSED.validUntil()));
    }

    @Test
    void theResitLimitIsConfigurable() {
        Limits sixMonthsTwice = new Limits(6, 2, LIMITS.recevabiliteMonths(), REGULATION,
                LIMITS.ccsDirectExperienceMonths(), LIMITS.finalInterview());
        Candidate once = withAttempts(null, titleAttempt(1, START.minusMonths(4), AttemptResult.NOT_PASSED));
        assertThat(EnrolmentEligibilityPolicy.decide(titleSession(), once, null, sixMonthsTwice).eligible()).isTrue();

        Candidate late = withAttempts(null, titleAttempt(1, START.minusMonths(7), AttemptResult.NOT_PASSED));
        assertThat(EnrolmentEligibilityPolicy.decide(titleSession(), late, null, sixMonthsTwice).refusals())
                .extracting(EnrolmentEligibilityPolicy.Refusal::rule).containsExactly(RESIT_DELAY);

        Candidate twice = withAttempts(null, titleAttempt(1, START.minusMonths(4), AttemptResult.NOT_PASSED),
                titleAttempt(2, START.minusMonths(2), AttemptResult.NOT_PASSED));
        assertThat(EnrolmentEligibilityPolicy.decide(titleSession(), twice, null, sixMonthsTwice).refusals())
                .extracting(EnrolmentEligibilityPolicy.Refusal::message)
                .containsExactly("Nombre de sessions titre : " + NAME + " compterait 3 sessions titre dans l'année qui "
                        + "suit sa première présentation (le 15/02/2026) ; au plus 2 sont permises.");
    }

    @Test
    void everyRefusalIsListedNotOnlyTheFirst() {
        Session full = session(SessionType.TITLE, ACTIVE, START, END, Set.of(), 1, 1);
        List<String> rules = new ArrayList<>(EnrolmentEligibilityPolicy.decide(full, holding(Pathway.PARTIAL, 1), null,
                LIMITS).refusals().stream().map(EnrolmentEligibilityPolicy.Refusal::rule).toList());
        assertThat(rules).containsExactlyInAnyOrder(PATHWAY, CAPACITY);
    }
}
