package fr.titrepro.eligibility.rules;

import fr.titrepro.eligibility.rules.VaeEligibilityResult.Aspect;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Outcome;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static fr.titrepro.eligibility.rules.VaeCases.ccpOnly;
import static fr.titrepro.eligibility.rules.VaeCases.experience;
import static fr.titrepro.eligibility.rules.VaeCases.job;
import static fr.titrepro.eligibility.rules.VaeCases.ongoing;
import static fr.titrepro.eligibility.rules.VaeCases.previous;
import static fr.titrepro.eligibility.rules.VaeCases.wholeTri;
import static fr.titrepro.eligibility.rules.VaeEligibilityResult.Verdict.ELIGIBLE;
import static fr.titrepro.eligibility.rules.VaeEligibilityResult.Verdict.INCOMPLETE;
import static fr.titrepro.eligibility.rules.VaeEligibilityResult.Verdict.NOT_ELIGIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The VAE rule table, case by case, at every boundary of the shipped rule sets. */
class VaeEligibilityPolicyTest {

    static final VaeEligibilityPolicy POLICY = new VaeEligibilityPolicy(VaeRuleBook.shipped());
    static final Double FULL_TIME = 35.0;

    static Stream<Arguments> ruleChanges() {
        // two years full time, related to the title
        List<VaeCase.Experience> twoYears = List.of(job("2015-09-01", "2017-08-31", FULL_TIME, null, 1, 2));
        // 800 hours, related
        List<VaeCase.Experience> eightHundredHours = List.of(job("2022-01-01", "2022-12-31", null, 800.0, 5));
        // only a training placement (PMSMP), 2,000 hours, related
        List<VaeCase.Experience> placementOnly = List.of(
                experience(ExperienceKind.TRAINING_PLACEMENT, "2022-01-01", "2023-06-30", null, 2000.0, 3));
        // plenty of hours and the same certification applied for earlier in the year
        List<VaeCase.Experience> plenty = List.of(job("2019-01-01", "2022-12-31", FULL_TIME, null, 1));
        return Stream.of(
                arguments("2 ans, la veille de la réforme de 2017 (3 ans exigés)", wholeTri("2017-09-30", twoYears), NOT_ELIGIBLE, "VAE-2002"),
                arguments("2 ans, le jour de la réforme de 2017 (1 607 h)", wholeTri("2017-10-01", twoYears), ELIGIBLE, "VAE-2017"),
                arguments("800 h, la veille de la réforme de 2024", wholeTri("2023-12-31", eightHundredHours), NOT_ELIGIBLE, "VAE-2017"),
                arguments("800 h, le jour de la réforme de 2024 (pas de minimum)", wholeTri("2024-01-01", eightHundredHours), ELIGIBLE, "VAE-2024"),
                arguments("stage seul, avant 2017 (non pris en compte)", wholeTri("2017-09-30",
                        List.of(experience(ExperienceKind.TRAINING_PLACEMENT, "2012-01-01", "2016-12-31", null, 6000.0, 3))), NOT_ELIGIBLE, "VAE-2002"),
                arguments("stage seul, la veille de 2024 (limité à la durée des autres activités)", wholeTri("2023-12-31", placementOnly), NOT_ELIGIBLE, "VAE-2017"),
                arguments("stage seul, le jour de 2024 (compte)", wholeTri("2024-01-01", placementOnly), ELIGIBLE, "VAE-2024"),
                arguments("même certification déjà demandée dans l'année, la veille de 2024 (R. 335-7 : déjà limité)",
                        wholeTri("2023-12-31", plenty, List.of(previous("TP-00496", "2023-03-01", false))), NOT_ELIGIBLE, "VAE-2017"),
                arguments("même certification déjà demandée dans l'année, le jour de 2024",
                        wholeTri("2024-01-01", plenty, List.of(previous("TP-00496", "2024-01-01", false))), NOT_ELIGIBLE, "VAE-2024"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleChanges")
    void theRuleSetInForceOnTheApplicationDateDecides(String label, VaeCase c, Verdict expected, String rule) {
        VaeEligibilityResult result = POLICY.evaluate(c);
        assertThat(result.rule().id()).isEqualTo(rule);
        assertThat(result.verdict()).as(result.reasons().toString()).isEqualTo(expected);
        assertThat(result.reasons()).allSatisfy(r -> assertThat(r.rule()).isEqualTo(rule));
        assertThat(result.reasons()).filteredOn(r -> r.aspect() != Aspect.INFORMATION)
                .allSatisfy(r -> assertThat(r.references()).isNotEmpty());
    }

    static Stream<Arguments> hours() {
        String app = "2020-06-01";
        return Stream.of(
                arguments("exactement 1 607 h (total)", wholeTri(app, List.of(job("2018-01-01", "2019-12-31", null, 1607.0, 1))), ELIGIBLE, 1607.0),
                arguments("1 606 h (total)", wholeTri(app, List.of(job("2018-01-01", "2019-12-31", null, 1606.0, 1))), NOT_ELIGIBLE, 1606.0),
                arguments("7 h par semaine pendant 1 607 jours", wholeTri(app, List.of(job("2015-01-01", "2019-05-26", 7.0, null, 1))), ELIGIBLE, 1607.0),
                arguments("7 h par semaine pendant 1 606 jours", wholeTri(app, List.of(job("2015-01-01", "2019-05-25", 7.0, null, 1))), NOT_ELIGIBLE, 1606.0),
                arguments("mi-temps sur deux ans", wholeTri(app, List.of(job("2018-01-01", "2019-12-31", 17.5, null, 2))), ELIGIBLE, 1825.0),
                arguments("mi-temps sur un an", wholeTri(app, List.of(job("2019-01-01", "2019-12-31", 17.5, null, 2))), NOT_ELIGIBLE, 912.5),
                arguments("deux temps pleins simultanés comptés une fois", wholeTri(app, List.of(
                        job("2019-01-01", "2019-07-19", FULL_TIME, null, 1), job("2019-01-01", "2019-07-19", FULL_TIME, null, 2))), NOT_ELIGIBLE, 1000.0),
                arguments("les deux mêmes temps pleins l'un après l'autre", wholeTri(app, List.of(
                        job("2019-01-01", "2019-07-19", FULL_TIME, null, 1), job("2019-07-20", "2020-02-04", FULL_TIME, null, 2))), ELIGIBLE, 2000.0),
                arguments("chevauchement partiel de 100 jours", wholeTri(app, List.of(
                        job("2019-01-01", "2019-07-19", FULL_TIME, null, 1), job("2019-04-11", "2019-10-27", FULL_TIME, null, 2))), NOT_ELIGIBLE, 1500.0),
                arguments("deux mi-temps simultanés s'additionnent", wholeTri(app, List.of(
                        job("2019-01-01", "2019-12-31", 17.5, null, 1), job("2019-01-01", "2019-12-31", 17.5, null, 5))), ELIGIBLE, 1825.0),
                arguments("temps plein + bénévolat simultanés : 35 h par semaine au plus", wholeTri(app, List.of(
                        job("2019-01-01", "2019-07-19", FULL_TIME, null, 1),
                        experience(ExperienceKind.VOLUNTEERING, "2019-01-01", "2019-07-19", 17.5, null, 6))), NOT_ELIGIBLE, 1000.0),
                arguments("compté jusqu'à la date de la demande", wholeTri("2019-06-30", List.of(job("2019-01-01", "2025-12-31", FULL_TIME, null, 1))), NOT_ELIGIBLE, 905.0),
                arguments("expérience en cours, comptée jusqu'à la demande", wholeTri(app, List.of(ongoing("2019-01-01", FULL_TIME, 1))), ELIGIBLE, 2590.0),
                arguments("une expérience sans rapport ne compte pas", wholeTri(app, List.of(
                        job("2010-01-01", "2017-12-31", FULL_TIME, null), job("2019-01-01", "2019-12-31", null, 800.0, 4))), NOT_ELIGIBLE, 800.0),
                arguments("stage limité à la durée des autres activités (700 h)", wholeTri(app, List.of(
                        experience(ExperienceKind.TRAINING_PLACEMENT, "2018-01-01", "2018-12-31", null, 1000.0, 3),
                        job("2019-01-01", "2019-12-31", null, 700.0, 4))), NOT_ELIGIBLE, 1400.0),
                arguments("stage plus court que les autres activités : compté en entier", wholeTri(app, List.of(
                        experience(ExperienceKind.TRAINING_PLACEMENT, "2018-01-01", "2018-12-31", null, 800.0, 3),
                        job("2019-01-01", "2019-12-31", null, 900.0, 4))), ELIGIBLE, 1700.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hours")
    void from2017HoursInDirectRelationAreCountedOnceAndPartTimeAsHours(String label, VaeCase c, Verdict expected,
                                                                      double countedHours) {
        VaeEligibilityResult result = POLICY.evaluate(c);
        assertThat(result.rule().id()).isEqualTo("VAE-2017");
        assertThat(result.countedHours()).isEqualTo(countedHours);
        assertThat(result.verdict()).as(result.reasons().toString()).isEqualTo(expected);
        assertThat(result.reasons()).filteredOn(r -> r.aspect() == Aspect.DURATION).singleElement()
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(expected == ELIGIBLE ? Outcome.MET : Outcome.NOT_MET);
                    assertThat(r.message()).contains("1 607 h");
                    assertThat(r.references()).anyMatch(t -> t.contains("TP-00496"));
                });
    }

    static Stream<Arguments> years() {
        String app = "2017-09-30";
        return Stream.of(
                arguments("exactement 3 ans", wholeTri(app, List.of(job("2011-09-01", "2014-08-31", FULL_TIME, null, 1))), ELIGIBLE, 1096L),
                arguments("3 ans moins un jour", wholeTri(app, List.of(job("2011-09-01", "2014-08-30", FULL_TIME, null, 1))), NOT_ELIGIBLE, 1095L),
                arguments("exactement 3 ans finissant un 29 février", wholeTri(app, List.of(job("2013-03-01", "2016-02-29", FULL_TIME, null, 1))), ELIGIBLE, 1096L),
                arguments("3 ans moins un jour finissant un 28 février", wholeTri(app, List.of(job("2013-03-01", "2016-02-28", FULL_TIME, null, 1))), NOT_ELIGIBLE, 1095L),
                arguments("deux périodes qui se chevauchent : 3 ans en tout", wholeTri(app, List.of(
                        job("2012-01-01", "2013-12-31", FULL_TIME, null, 1), job("2013-01-01", "2014-12-31", FULL_TIME, null, 2))), ELIGIBLE, 1096L),
                arguments("deux périodes qui se chevauchent : un jour de moins", wholeTri(app, List.of(
                        job("2012-01-01", "2013-12-31", FULL_TIME, null, 1), job("2013-01-01", "2014-12-30", FULL_TIME, null, 2))), NOT_ELIGIBLE, 1095L),
                arguments("temps partiel : compté en temps calendaire", wholeTri(app, List.of(job("2011-09-01", "2014-08-31", 10.0, null, 1))), ELIGIBLE, 1096L),
                arguments("bénévolat pris en compte", wholeTri(app, List.of(
                        experience(ExperienceKind.VOLUNTEERING, "2011-09-01", "2014-08-31", null, null, 1))), ELIGIBLE, 1096L),
                arguments("mandat électif non pris en compte avant 2017", wholeTri(app, List.of(
                        experience(ExperienceKind.ELECTED_OFFICE, "2011-09-01", "2014-08-31", null, null, 1))), NOT_ELIGIBLE, 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void until2017ThreeYearsRelatedToTheTitle(String label, VaeCase c, Verdict expected, long countedDays) {
        VaeEligibilityResult result = POLICY.evaluate(c);
        assertThat(result.rule().id()).isEqualTo("VAE-2002");
        assertThat(result.countedDays()).isEqualTo(countedDays);
        assertThat(result.verdict()).as(result.reasons().toString()).isEqualTo(expected);
        assertThat(result.reasons()).filteredOn(r -> r.aspect() == Aspect.DURATION).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("3 ans"));
    }

    static Stream<Arguments> yearlyLimits() {
        String app = "2024-06-15";
        List<VaeCase.Experience> one = List.of(job("2023-01-01", "2023-12-31", FULL_TIME, null, 1, 5));
        return Stream.of(
                arguments("aucune demande antérieure", wholeTri(app, one, List.of()), ELIGIBLE),
                arguments("même certification plus tôt dans l'année", wholeTri(app, one, List.of(previous("TP-00496", "2024-02-01", false))), NOT_ELIGIBLE),
                arguments("même certification l'année civile précédente", wholeTri(app, one, List.of(previous("TP-00496", "2023-12-31", false))), ELIGIBLE),
                arguments("même certification, demande antérieure pour des CCP seulement (non comptée)",
                        wholeTri(app, one, List.of(previous("TP-00496", "2024-02-01", true))), ELIGIBLE),
                arguments("deux autres certifications : la troisième est permise", wholeTri(app, one, List.of(
                        previous("TP-00001", "2024-01-10", false), previous("TP-00002", "2024-03-10", false))), ELIGIBLE),
                arguments("trois autres certifications : la quatrième est refusée", wholeTri(app, one, List.of(
                        previous("TP-00001", "2024-01-10", false), previous("TP-00002", "2024-03-10", false),
                        previous("TP-00003", "2024-04-10", false))), NOT_ELIGIBLE),
                arguments("trois autres dont une pour des CCP seulement (non comptée)", wholeTri(app, one, List.of(
                        previous("TP-00001", "2024-01-10", false), previous("TP-00002", "2024-03-10", true),
                        previous("TP-00003", "2024-04-10", false))), ELIGIBLE),
                arguments("demande pour des CCP après une demande pour le titre entier la même année (R6412-3 : les dossiers antérieurs comptent)",
                        ccpOnly(app, Set.of(5, 6, 7, 8), one, List.of(previous("TP-00496", "2024-02-01", false))), NOT_ELIGIBLE),
                arguments("limite dépassée même si le dossier est incomplet", wholeTri(app,
                        List.of(job("2023-01-01", null, FULL_TIME, null, 1)), List.of(previous("TP-00496", "2024-02-01", false))), NOT_ELIGIBLE),
                arguments("date d'une demande antérieure manquante", wholeTri(app, one, List.of(previous("TP-00001", null, false))), INCOMPLETE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearlyLimits")
    void from2024AtMostOneApplicationPerCertificationAndThreeCertificationsPerYear(String label, VaeCase c,
                                                                                  Verdict expected) {
        VaeEligibilityResult result = POLICY.evaluate(c);
        assertThat(result.rule().id()).isEqualTo("VAE-2024");
        assertThat(result.verdict()).as(result.reasons().toString()).isEqualTo(expected);
        if (expected == NOT_ELIGIBLE) {
            assertThat(result.reasons()).filteredOn(r -> r.outcome() == Outcome.NOT_MET).singleElement()
                    .satisfies(r -> {
                        assertThat(r.aspect()).isEqualTo(Aspect.LIMITS);
                        assertThat(r.references()).anyMatch(t -> t.contains("R. 6412-3"));
                    });
        }
    }

    /**
     * DOMAIN « VAE eligibility »: the yearly limits « already existed before the reform (decree of 2002 codified in
     * the code de l'éducation) »: code de l'éducation, art. R. 335-7 (« une seule demande pendant la même année civile
     * et pour le même diplôme, titre ou certificat de qualification ... pas plus de trois demandes » for different
     * ones). A pre-2017 case (VAE-2002) and a 2017–2023 case (VAE-2017); no exception for part of a title then.
     */
    static Stream<Arguments> yearlyLimitsBeforeTheReform() {
        List<VaeCase.Experience> fourYears = List.of(job("2010-01-01", "2013-12-31", FULL_TIME, null, 1, 5));
        List<VaeCase.Experience> twoYears = List.of(job("2018-01-01", "2019-12-31", FULL_TIME, null, 1, 5));
        return Stream.of(
                arguments("2015 : aucune demande antérieure", wholeTri("2015-06-15", fourYears, List.of()), ELIGIBLE, "VAE-2002"),
                arguments("2015 : même titre en mars puis en juin", wholeTri("2015-06-15", fourYears,
                        List.of(previous("TP-00496", "2015-03-02", false))), NOT_ELIGIBLE, "VAE-2002"),
                arguments("2015 : même titre l'année précédente", wholeTri("2015-06-15", fourYears,
                        List.of(previous("TP-00496", "2014-11-20", false))), ELIGIBLE, "VAE-2002"),
                arguments("2015 : trois autres titres, le quatrième refusé", wholeTri("2015-06-15", fourYears, List.of(
                        previous("TP-00001", "2015-01-10", false), previous("TP-00002", "2015-02-10", false),
                        previous("TP-00003", "2015-03-10", false))), NOT_ELIGIBLE, "VAE-2002"),
                arguments("2015 : demande antérieure pour une partie du titre (comptée avant la réforme)",
                        wholeTri("2015-06-15", fourYears, List.of(previous("TP-00496", "2015-03-02", true))),
                        NOT_ELIGIBLE, "VAE-2002"),
                arguments("2020 : même titre en février puis en juin", wholeTri("2020-06-15", twoYears,
                        List.of(previous("TP-00496", "2020-02-03", false))), NOT_ELIGIBLE, "VAE-2017"),
                arguments("2020 : deux autres titres, le troisième permis", wholeTri("2020-06-15", twoYears, List.of(
                        previous("TP-00001", "2020-01-10", false), previous("TP-00002", "2020-02-10", false))),
                        ELIGIBLE, "VAE-2017"),
                arguments("2020 : trois autres titres, le quatrième refusé", wholeTri("2020-06-15", twoYears, List.of(
                        previous("TP-00001", "2020-01-10", false), previous("TP-00002", "2020-02-10", false),
                        previous("TP-00003", "2020-03-10", false))), NOT_ELIGIBLE, "VAE-2017"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearlyLimitsBeforeTheReform")
    void beforeTheReformTheSameYearlyLimitsApply(String label, VaeCase c, Verdict expected, String rule) {
        VaeEligibilityResult result = POLICY.evaluate(c);
        assertThat(result.rule().id()).isEqualTo(rule);
        assertThat(result.verdict()).as(result.reasons().toString()).isEqualTo(expected);
        assertThat(result.reasons()).filteredOn(r -> r.aspect() == Aspect.LIMITS && r.outcome() != Outcome.INFO)
                .singleElement().satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(expected == NOT_ELIGIBLE ? Outcome.NOT_MET : Outcome.MET);
                    assertThat(r.references()).anyMatch(t -> t.startsWith("Code de l'éducation, art. R. 335-7"));
                });
    }

    static Stream<Arguments> relationAndCompleteness() {
        return Stream.of(
                arguments("aucune expérience", wholeTri("2024-05-01", List.of()), INCOMPLETE, List.of("experiences")),
                arguments("expérience sans rapport avec le titre", wholeTri("2024-05-01",
                        List.of(job("2020-01-01", "2023-12-31", FULL_TIME, null))), NOT_ELIGIBLE, List.of()),
                arguments("CCP 2 visé, activités reliées au seul CCP 1", ccpOnly("2024-05-01", Set.of(5, 6, 7, 8),
                        List.of(job("2020-01-01", "2023-12-31", FULL_TIME, null, 1, 2)), List.of()), NOT_ELIGIBLE, List.of()),
                arguments("CCP 2 visé, activités reliées au CCP 2", ccpOnly("2024-05-01", Set.of(5, 6, 7, 8),
                        List.of(job("2020-01-01", "2023-12-31", FULL_TIME, null, 1, 6)), List.of()), ELIGIBLE, List.of()),
                arguments("sans date de fin (2017-2023)", wholeTri("2020-05-01",
                        List.of(job("2015-01-01", null, FULL_TIME, null, 1))), INCOMPLETE, List.of("experiences[0].endDate")),
                arguments("sans heures (2017-2023)", wholeTri("2020-05-01",
                        List.of(job("2015-01-01", "2019-12-31", null, null, 1))), INCOMPLETE, List.of("experiences[0].hoursPerWeek")),
                arguments("sans heures (depuis 2024 : pas de minimum, donc non exigées)", wholeTri("2024-05-01",
                        List.of(job("2015-01-01", "2019-12-31", null, null, 1))), ELIGIBLE, List.of()),
                arguments("sans date de début ni de fin", wholeTri("2024-05-01",
                        List.of(job(null, null, FULL_TIME, null, 1))), INCOMPLETE,
                        List.of("experiences[0].startDate", "experiences[0].endDate")),
                arguments("type d'activité manquant", wholeTri("2024-05-01",
                        List.of(experience(null, "2020-01-01", "2020-12-31", FULL_TIME, null, 1))), INCOMPLETE, List.of("experiences[0].kind")),
                arguments("expérience sans rapport et incomplète : rien n'est exigé pour elle", wholeTri("2020-05-01", List.of(
                        job("2015-01-01", "2019-12-31", FULL_TIME, null, 1), job(null, null, null, null))), ELIGIBLE, List.of()),
                arguments("une expérience complète suffisante et une autre à compléter", wholeTri("2020-05-01", List.of(
                        job("2015-01-01", "2019-12-31", FULL_TIME, null, 1), job("2019-01-01", null, FULL_TIME, null, 2))), INCOMPLETE,
                        List.of("experiences[1].endDate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relationAndCompleteness")
    void onlyExperiencesRelatedToTheTargetCcpsCountAndTheyMustBeComplete(String label, VaeCase c, Verdict expected,
                                                                        List<String> missingFields) {
        VaeEligibilityResult result = POLICY.evaluate(c);
        assertThat(result.verdict()).as(result.reasons().toString()).isEqualTo(expected);
        assertThat(result.missing()).extracting(VaeEligibilityResult.MissingItem::field)
                .containsExactlyElementsOf(missingFields);
        if (expected == INCOMPLETE) {
            assertThat(result.reasons()).anySatisfy(r -> {
                assertThat(r.outcome()).isEqualTo(Outcome.MISSING);
                assertThat(r.message()).contains("manquante");
            });
        }
        if (expected == NOT_ELIGIBLE) {
            assertThat(result.reasons()).anySatisfy(r -> {
                assertThat(r.aspect()).isEqualTo(Aspect.RELATION);
                assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
                assertThat(r.message()).contains("en rapport direct avec le titre");
            });
        }
    }
}
