package fr.titrepro.deliberation;

import fr.titrepro.deliberation.DeliberationCase.CcsDecision;
import fr.titrepro.deliberation.DeliberationCase.Fraud;
import fr.titrepro.deliberation.DeliberationCase.PriorCcp;
import fr.titrepro.deliberation.DeliberationCase.RevisionTable;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.deliberation.DeliberationCase.VersionRef;
import fr.titrepro.referential.Correspondences;
import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static fr.titrepro.deliberation.Attendance.ABSENT;
import static fr.titrepro.deliberation.Attendance.EXCUSED;
import static fr.titrepro.deliberation.Attendance.PRESENT;
import static fr.titrepro.scoring.Verdict.ACQUIRED;
import static fr.titrepro.scoring.Verdict.NOT_ACQUIRED;
import static fr.titrepro.deliberation.FinalInterview.HELD_FAVOURABLY;
import static fr.titrepro.deliberation.FinalInterview.HELD_UNFAVOURABLY;
import static fr.titrepro.deliberation.FinalInterview.NOT_HELD;
import static fr.titrepro.referential.SessionType.CCP;
import static fr.titrepro.referential.SessionType.CCS;
import static fr.titrepro.referential.SessionType.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table of DeliberationPolicy. Sources: fiche TP-00496 § 1–3 and CCS (two levels of decision, entretien final
 * « au vu du livret de certification », CCS), DOMAIN.md "Sessions and evaluation", "Référentiel" (official and
 * many-to-one correspondences). The tables here are test data, official by construction: TRI (2 CCPs, version 05) replacing TRTE (3 CCPs, version 2010: 1→1, 2→2, 3→2). */
class DeliberationPolicyTest {

    static final VersionRef TRI = new VersionRef("TP-00496", "05");
    static final VersionRef TRTE = new VersionRef("TP-00496", "2010");
    static final RevisionTable TRTE_TO_TRI = RevisionTable.of(TRTE, TRI,
            Map.of(1, Set.of(1), 2, Set.of(2), 3, Set.of(2)));
    static final TitleRules TRI_RULES = new TitleRules(TRI, Set.of(1, 2), List.of(TRTE_TO_TRI));

    /** A title revised twice: v1 (CCP 1, 2) → v2 (CCP 1, 2, 3: 1→1, 2→2 and 3) → v3 (CCP 1, 2: 1→1, 2→2, 3→2). */
    static final VersionRef V1 = new VersionRef("TP-09990", "1");
    static final VersionRef V2 = new VersionRef("TP-09990", "2");
    static final VersionRef V3 = new VersionRef("TP-09991", "3");
    static final TitleRules V3_RULES = new TitleRules(V3, Set.of(1, 2), List.of(
            RevisionTable.of(V2, V3, Map.of(1, Set.of(1), 2, Set.of(2), 3, Set.of(2))),
            RevisionTable.of(V1, V2, Map.of(1, Set.of(1), 2, Set.of(2, 3)))));

    record Expected(Outcome outcome, Set<Integer> acquiredNow, Set<Integer> heldAfter, Set<Integer> missing,
                    boolean finalInterviewDue, String note) {
    }

    static Arguments row(String name, DeliberationCase c, Expected e) {
        return Arguments.of(Named.of(name, c), e);
    }

    static DeliberationCase present(SessionType kind, List<PriorCcp> before, Map<Integer, Verdict> decisions,
                                    FinalInterview fe) {
        return new DeliberationCase(TRI_RULES, before, kind, PRESENT, decisions, fe, null, null);
    }

    static PriorCcp tri(int n) {
        return new PriorCcp(TRI, n);
    }

    static PriorCcp trte(int n) {
        return new PriorCcp(TRTE, n);
    }

    static Map<Integer, Verdict> decisions(Object... pairs) {
        Map<Integer, Verdict> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Integer) pairs[i], (Verdict) pairs[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                row("session titre, tous les CCP acquis, entretien final favorable → titre",
                        present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(1, 2), Set.of(1, 2), Set.of(), true, null)),
                row("session titre, CCP 2 non acquis : pas de compensation → réussite partielle",
                        present(TITLE, List.of(), decisions(1, ACQUIRED, 2, NOT_ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(1), Set.of(1), Set.of(2), true, null)),
                row("session titre, aucun CCP acquis → échec",
                        present(TITLE, List.of(), decisions(1, NOT_ACQUIRED, 2, NOT_ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.FAILURE, Set.of(), Set.of(), Set.of(1, 2), true, null)),
                row("session titre, tous acquis mais entretien final non tenu → réussite partielle",
                        present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), NOT_HELD),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(1, 2), Set.of(1, 2), Set.of(), true,
                                "l'entretien final n'a pas eu lieu")),
                row("session titre, tous acquis mais avis défavorable à l'entretien final → réussite partielle",
                        present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), HELD_UNFAVOURABLY),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(1, 2), Set.of(1, 2), Set.of(), true,
                                "n'attribue pas le titre à l'issue de l'entretien final")),
                row("capitalisation : CCP 1 détenu, CCP 2 acquis en session CCP + entretien final → titre",
                        present(CCP, List.of(tri(1)), decisions(2, ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(2), Set.of(1, 2), Set.of(), true, null)),
                row("capitalisation : dernier CCP acquis mais entretien final manquant → réussite partielle",
                        present(CCP, List.of(tri(1)), decisions(2, ACQUIRED), NOT_HELD),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(2), Set.of(1, 2), Set.of(), true,
                                "l'entretien final n'a pas eu lieu")),
                row("capitalisation : CCP 1 détenu, CCP 2 non acquis → réussite partielle (un CCP détenu), CCP 1 conservé",
                        present(CCP, List.of(tri(1)), decisions(2, NOT_ACQUIRED), null),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(), Set.of(1), Set.of(2), false, null)),
                row("session CCP, premier CCP acquis : l'entretien final n'est pas dû → réussite partielle",
                        present(CCP, List.of(), decisions(1, ACQUIRED), null),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(1), Set.of(1), Set.of(2), false, null)),
                row("capitalisation : CCP acquis antérieurement puis échoué en session titre, il reste détenu",
                        present(TITLE, List.of(tri(2)), decisions(1, ACQUIRED, 2, NOT_ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(1), Set.of(1, 2), Set.of(), true, null)),
                row("correspondance : TRTE CCP 1 vaut TRI CCP 1, TRI CCP 2 acquis → titre",
                        present(CCP, List.of(trte(1)), decisions(2, ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(2), Set.of(1, 2), Set.of(), true,
                                "Le CCP 1 du titre TP-00496 version 2010 vaut le CCP 1 du titre TP-00496 version 05")),
                row("correspondance : TRTE CCP 3 vaut TRI CCP 2, TRI CCP 1 acquis → titre",
                        present(CCP, List.of(trte(3)), decisions(1, ACQUIRED), HELD_FAVOURABLY),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(1), Set.of(1, 2), Set.of(), true,
                                "vaut le CCP 2")),
                row("correspondance : TRTE CCP 2 et 3 ne valent que TRI CCP 2, CCP 1 non acquis → réussite partielle",
                        present(CCP, List.of(trte(2), trte(3)), decisions(1, NOT_ACQUIRED), null),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(), Set.of(2), Set.of(1), false, null)),
                row("correspondance enchaînée sur deux révisions (v1 CCP 2 → v2 CCP 2 et 3 → v3 CCP 2)",
                        new DeliberationCase(V3_RULES, List.of(new PriorCcp(V1, 2)), CCP, PRESENT,
                                decisions(1, ACQUIRED), HELD_FAVOURABLY, null, null),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(1), Set.of(1, 2), Set.of(), true, null)),
                row("CCP d'un autre titre : il ne compte pas",
                        present(CCP, List.of(new PriorCcp(new VersionRef("TP-01234", "1"), 1)), decisions(2, ACQUIRED),
                                null),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(2), Set.of(2), Set.of(1), false,
                                "n'a pas de correspondance")),
                row("CCP d'un autre titre seul détenu, CCP 2 non acquis → échec (rien du titre n'est détenu)",
                        present(CCP, List.of(new PriorCcp(new VersionRef("TP-01234", "1"), 1)),
                                decisions(2, NOT_ACQUIRED), null),
                        new Expected(Outcome.FAILURE, Set.of(), Set.of(), Set.of(1, 2), false,
                                "n'a pas de correspondance")),
                row("absent : aucun CCP acquis, les CCP détenus restent détenus",
                        new DeliberationCase(TRI_RULES, List.of(tri(1)), CCP, ABSENT, Map.of(), null, null, null),
                        new Expected(Outcome.ABSENT, Set.of(), Set.of(1), Set.of(2), false, null)),
                row("absent excusé",
                        new DeliberationCase(TRI_RULES, List.of(), TITLE, EXCUSED, Map.of(), null, null, null),
                        new Expected(Outcome.EXCUSED, Set.of(), Set.of(), Set.of(1, 2), false, null)),
                row("fraude consignée avec rapport : rien n'est acquis à cette session",
                        new DeliberationCase(TRI_RULES, List.of(tri(1)), TITLE, PRESENT,
                                decisions(1, ACQUIRED, 2, ACQUIRED), HELD_FAVOURABLY, null,
                                new Fraud("Usage d'un téléphone pendant la mise en situation.")),
                        new Expected(Outcome.FRAUD, Set.of(), Set.of(1), Set.of(2), false, "Fraude consignée")),
                row("CCS acquis par un titulaire du titre, entretien final tenu → CCS obtenu (fiche, CCS)",
                        new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT, Map.of(), HELD_FAVOURABLY,
                                new CcsDecision(ACQUIRED, true), null),
                        new Expected(Outcome.CCS_OBTAINED, Set.of(), Set.of(), Set.of(), true, null)),
                row("CCS non acquis → CCS non obtenu",
                        new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT, Map.of(), HELD_FAVOURABLY,
                                new CcsDecision(NOT_ACQUIRED, true), null),
                        new Expected(Outcome.CCS_NOT_OBTAINED, Set.of(), Set.of(), Set.of(), true, null)),
                row("CCS acquis mais le jury ne l'attribue pas à l'entretien final → CCS non obtenu",
                        new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT, Map.of(), HELD_UNFAVOURABLY,
                                new CcsDecision(ACQUIRED, true), null),
                        new Expected(Outcome.CCS_NOT_OBTAINED, Set.of(), Set.of(), Set.of(), true,
                                "n'attribue pas le CCS")),
                row("CCS acquis sans détenir le titre → CCS non obtenu",
                        new DeliberationCase(TRI_RULES, List.of(tri(1), tri(2)), CCS, PRESENT, Map.of(),
                                HELD_FAVOURABLY, new CcsDecision(ACQUIRED, false), null),
                        new Expected(Outcome.CCS_NOT_OBTAINED, Set.of(), Set.of(), Set.of(), true,
                                "qu'au titulaire du titre")),
                row("tous les CCP détenus, titre refusé auparavant : inscrit pour l'entretien final seul, tenu → titre "
                                + "(DOMAIN : pas d'impasse après un entretien final défavorable)",
                        new DeliberationCase(TRI_RULES, List.of(tri(1), tri(2)), TITLE, PRESENT, Map.of(),
                                HELD_FAVOURABLY, null, null, true),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(), Set.of(1, 2), Set.of(), true, null)),
                row("entretien final seul, le jury n'attribue toujours pas le titre → réussite partielle, CCP conservés",
                        new DeliberationCase(TRI_RULES, List.of(tri(1), tri(2)), CCP, PRESENT, Map.of(),
                                HELD_UNFAVOURABLY, null, null, true),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(), Set.of(1, 2), Set.of(), true,
                                "n'attribue pas le titre")),
                row("table officielle plusieurs-pour-un : CCP 2 et 3 de v2 valent ensemble le CCP 2 de v3",
                        new DeliberationCase(new TitleRules(V3, Set.of(1, 2), List.of(new RevisionTable(V2, V3,
                                List.of(new Correspondences.Line(Set.of(2, 3), Set.of(2)))))),
                                List.of(new PriorCcp(V2, 2), new PriorCcp(V2, 3)), CCP, PRESENT,
                                decisions(1, ACQUIRED), HELD_FAVOURABLY, null, null),
                        new Expected(Outcome.FULL_SUCCESS, Set.of(1), Set.of(1, 2), Set.of(), true, "valent le CCP 2")),
                row("table plusieurs-pour-un : le seul CCP 2 de v2 ne suffit pas",
                        new DeliberationCase(new TitleRules(V3, Set.of(1, 2), List.of(new RevisionTable(V2, V3,
                                List.of(new Correspondences.Line(Set.of(2, 3), Set.of(2)))))),
                                List.of(new PriorCcp(V2, 2)), CCP, PRESENT, decisions(1, ACQUIRED), null, null, null),
                        new Expected(Outcome.PARTIAL_SUCCESS, Set.of(1), Set.of(1), Set.of(2), false,
                                "pas de correspondance officielle")),
                row("CCS, absent",
                        new DeliberationCase(TRI_RULES, List.of(), CCS, ABSENT, Map.of(), null, null, null),
                        new Expected(Outcome.ABSENT, Set.of(), Set.of(), Set.of(), false, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void outcomeOfEachCase(DeliberationCase c, Expected e) {
        DeliberationResult r = DeliberationPolicy.decide(c);
        assertThat(r.outcome()).isEqualTo(e.outcome());
        assertThat(r.acquiredNow()).containsExactlyElementsOf(new java.util.TreeSet<>(e.acquiredNow()));
        assertThat(r.heldAfter()).containsExactlyElementsOf(new java.util.TreeSet<>(e.heldAfter()));
        assertThat(r.missing()).containsExactlyElementsOf(new java.util.TreeSet<>(e.missing()));
        assertThat(r.finalInterviewDue()).isEqualTo(e.finalInterviewDue());
        if (e.note() != null) {
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains(e.note()));
        }
        assertThat(r.titleObtained()).isEqualTo(e.outcome() == Outcome.FULL_SUCCESS);
    }

    static Stream<Arguments> inconsistencies() {
        return Stream.of(
                Arguments.of(present(TITLE, List.of(), decisions(1, ACQUIRED), HELD_FAVOURABLY), "ccpDecisions.2",
                        "décision manquante pour le CCP 2"),
                Arguments.of(present(CCP, List.of(), decisions(3, ACQUIRED), null), "ccpDecisions.3",
                        "n'a pas de CCP n° 3"),
                Arguments.of(present(CCP, List.of(), Map.of(), null), "ccpDecisions", "au moins un CCP"),
                Arguments.of(present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), null), "finalInterview",
                        "L'entretien final est dû"),
                Arguments.of(present(CCP, List.of(tri(1)), decisions(2, ACQUIRED), null), "finalInterview",
                        "L'entretien final est dû"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), TITLE, ABSENT, decisions(1, ACQUIRED), null,
                        null, null), "ccpDecisions", "absent n'a pas de décision"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), TITLE, ABSENT, Map.of(), null, null,
                        new Fraud("Rapport")), "fraud", "candidat présent"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), TITLE, PRESENT,
                        decisions(1, ACQUIRED, 2, ACQUIRED), HELD_FAVOURABLY, null, new Fraud("  ")), "fraud.report",
                        "rapport écrit"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT, Map.of(), null, null, null),
                        "ccs.decision", "Décision manquante pour le CCS"),
                // fiche TP-00496, CCS: « un entretien final avec le jury »
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT, Map.of(), null,
                        new CcsDecision(ACQUIRED, true), null), "finalInterview", "L'entretien final est dû"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(tri(1)), TITLE, PRESENT, Map.of(),
                        HELD_FAVOURABLY, null, null, true), "ccpDecisions", "détient déjà tous les CCP"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(tri(1), tri(2)), TITLE, PRESENT,
                        decisions(1, ACQUIRED), HELD_FAVOURABLY, null, null, true), "ccpDecisions",
                        "aucun CCP"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT, decisions(1, ACQUIRED), null,
                        new CcsDecision(ACQUIRED, true), null), "ccpDecisions", "aucun CCP"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), null, PRESENT, Map.of(), null, null, null),
                        "sessionKind", "obligatoire"),
                Arguments.of(new DeliberationCase(TRI_RULES, List.of(), TITLE, null, Map.of(), null, null, null),
                        "attendance", "obligatoire"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("inconsistencies")
    void inconsistentCasesAreRefusedWithEveryFieldInFrench(DeliberationCase c, String field, String message) {
        List<FieldError> errors = DeliberationPolicy.check(c);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).contains(message);
        });
        assertThatThrownBy(() -> DeliberationPolicy.decide(c)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("incohérentes");
    }

    static DeliberationResult computed(DeliberationCase c) {
        return DeliberationPolicy.decide(c);
    }

    static final String REASON = "Le jury a constaté lors de l'entretien final une maîtrise suffisante.";

    static Stream<Arguments> overrides() {
        DeliberationResult partialWithMissing = computed(
                present(TITLE, List.of(), decisions(1, ACQUIRED, 2, NOT_ACQUIRED), HELD_FAVOURABLY));
        DeliberationResult full = computed(
                present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), HELD_FAVOURABLY));
        DeliberationResult completeButUnfavourable = computed(
                present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), HELD_UNFAVOURABLY));
        DeliberationResult failure = computed(
                present(TITLE, List.of(), decisions(1, NOT_ACQUIRED, 2, NOT_ACQUIRED), HELD_FAVOURABLY));
        DeliberationResult absent = computed(
                new DeliberationCase(TRI_RULES, List.of(), TITLE, ABSENT, Map.of(), null, null, null));
        DeliberationResult ccsWithoutTitle = computed(new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT,
                Map.of(), HELD_FAVOURABLY, new CcsDecision(ACQUIRED, false), null));
        DeliberationResult ccsNotAcquired = computed(new DeliberationCase(TRI_RULES, List.of(), CCS, PRESENT,
                Map.of(), HELD_FAVOURABLY, new CcsDecision(NOT_ACQUIRED, true), null));
        DeliberationResult ccsWithoutFinalInterview = computed(new DeliberationCase(TRI_RULES, List.of(), CCS,
                PRESENT, Map.of(), NOT_HELD, new CcsDecision(ACQUIRED, true), null));
        DeliberationResult completeWithoutFinalInterview = computed(
                present(TITLE, List.of(), decisions(1, ACQUIRED, 2, ACQUIRED), NOT_HELD));
        DeliberationResult capitalisedNotComplete = computed(
                present(CCP, List.of(tri(1)), decisions(2, NOT_ACQUIRED), null));
        return Stream.of(
                Arguments.of("le résultat calculé retenu tel quel : pas de motif", full, Outcome.FULL_SUCCESS, null, null),
                Arguments.of("titre retenu malgré un CCP non acquis : refusé (pas de compensation)",
                        partialWithMissing, Outcome.FULL_SUCCESS, REASON, "Pas de compensation entre CCP"),
                Arguments.of("titre retenu, tous les CCP détenus, avis défavorable, motivé : accepté",
                        completeButUnfavourable, Outcome.FULL_SUCCESS, REASON, null),
                Arguments.of("même dérogation sans motif : refusée", completeButUnfavourable, Outcome.FULL_SUCCESS,
                        null, "motif écrit"),
                Arguments.of("motif trop court : refusé", completeButUnfavourable, Outcome.FULL_SUCCESS, "ok",
                        "au moins 20 caractères"),
                Arguments.of("titre ramené à réussite partielle, motivé : accepté", full, Outcome.PARTIAL_SUCCESS,
                        REASON, null),
                Arguments.of("absent changé en échec : refusé (fait consigné)", absent, Outcome.FAILURE, REASON,
                        "faits consignés"),
                Arguments.of("échec changé en fraude : refusé (rapport de fraude)", failure, Outcome.FRAUD, REASON,
                        "faits consignés"),
                Arguments.of("réussite partielle sans CCP acquis : refusée", failure, Outcome.PARTIAL_SUCCESS, REASON,
                        "Aucun CCP du titre n'est détenu"),
                Arguments.of("CCS obtenu sans le titre : refusé", ccsWithoutTitle, Outcome.CCS_OBTAINED, REASON,
                        "titulaire du titre"),
                Arguments.of("CCS obtenu, motivé, par un titulaire : accepté", ccsNotAcquired, Outcome.CCS_OBTAINED,
                        REASON, null),
                Arguments.of("résultat de titre pour une session CCS : refusé", ccsNotAcquired, Outcome.FULL_SUCCESS,
                        REASON, "session CCS"),
                Arguments.of("aucun résultat choisi", full, null, REASON, "Choisissez"),
                // issue 11, finding 1 — DOMAIN: « No title without an entretien final held »
                Arguments.of("titre retenu, tous les CCP acquis mais entretien final non tenu, motivé : refusé",
                        completeWithoutFinalInterview, Outcome.FULL_SUCCESS, REASON, "Pas de titre sans entretien final"),
                Arguments.of("CCS retenu sans entretien final : refusé", ccsWithoutFinalInterview,
                        Outcome.CCS_OBTAINED, REASON, "Pas de titre sans entretien final"),
                // issue 11, finding 2 — DOMAIN: « a failure grants no CCP »
                Arguments.of("échec retenu alors que le CCP 1 est acquis à la session : refusé", partialWithMissing,
                        Outcome.FAILURE, REASON, "Un échec n'attribue aucun CCP"),
                Arguments.of("titre calculé, échec retenu : refusé (les CCP acquis seraient retirés)", full,
                        Outcome.FAILURE, REASON, "les CCP 1 et CCP 2"),
                Arguments.of("échec retenu quand aucun CCP n'est acquis à cette session (CCP 1 détenu avant), motivé : "
                        + "accepté, rien n'est attribué", capitalisedNotComplete, Outcome.FAILURE, REASON, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrides")
    void juryOverride(String name, DeliberationResult computed, Outcome chosen, String reason, String refusal) {
        // minimum length of a written reason: regulation/certification-rules.yaml, override.minimumReasonLength
        var answer = OverridePolicy.overrideRefusal(computed, chosen, reason, 20);
        if (refusal == null) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).hasValueSatisfying(m -> assertThat(m.message()).contains(refusal));
        }
    }

    @Test
    void everyErrorIsListedAtOnce() {
        DeliberationCase c = new DeliberationCase(TRI_RULES, List.of(), TITLE, PRESENT, decisions(3, ACQUIRED), null,
                null, new Fraud(""));
        assertThat(DeliberationPolicy.check(c)).extracting(FieldError::field)
                .contains("ccpDecisions.3", "fraud.report");
    }
}
