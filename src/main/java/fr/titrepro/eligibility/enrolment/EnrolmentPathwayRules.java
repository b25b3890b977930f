package fr.titrepro.eligibility.enrolment;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Attempt;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.AttemptResult;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Candidate;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Limits;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Refusal;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Request;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Session;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Title;
import fr.titrepro.referential.SessionType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CCP_HELD;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CCP_OF_SESSION;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.CCS_ROUTE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.DAY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.PARENT_TITLE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.PATHWAY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.RECEVABILITE;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.RESIT_COUNT;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.RESIT_DELAY;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.ccpList;
import static fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.months;

/**
 * The rules of {@link EnrolmentEligibilityPolicy} that depend on the candidate's pathway (training, VAE,
 * capitalisation) and on the kind of session: what a session titre, a session CCP or a CCS asks of each pathway,
 * the VAE recevabilité, the resit limits. Pure; table-tested through {@code EnrolmentEligibilityPolicyTest}.
 */
final class EnrolmentPathwayRules {

    private EnrolmentPathwayRules() {
    }

    /**
     * A CCS is prepared by a holder of the parent title, who presents it after a training course or directly with
     * the experience in the trade the regulation sets (fiche TP-00496 l. 114-116).
     */
    static void ccsRoute(Session s, Candidate c, Request request, Limits limits, List<Refusal> refusals) {
        Title t = s.title();
        if (!c.titleObtained()) {
            refusals.add(new Refusal(PARENT_TITLE, "Titre parent : un CCS n'est ouvert qu'aux titulaires du titre "
                    + t.code() + " ; " + c.name() + " ne l'a pas obtenu (aucun titre obtenu n'est enregistré)."));
        }
        boolean fromTraining = c.pathway() == Pathway.TRAINING && t.code().equals(c.trainingTitleCode());
        if (fromTraining) {
            return;
        }
        int required = limits.ccsDirectExperienceMonths();
        Integer declared = request.ccsExperienceMonths();
        if (declared == null) {
            refusals.add(new Refusal(CCS_ROUTE, "Accès au CCS : " + c.name() + " ne vient pas d'un parcours de "
                    + "formation ; indiquez l'expérience dans le métier visé qu'il (elle) justifie (au moins "
                    + months(required) + ")."));
        } else if (declared < required) {
            refusals.add(new Refusal(CCS_ROUTE, "Accès au CCS : " + c.name() + " justifie de " + months(declared)
                    + " d'expérience dans le métier visé ; l'accès direct au CCS en demande au moins "
                    + months(required) + "."));
        }
    }

    static void titleSessionPathway(Session s, Candidate c, Limits limits, List<Refusal> refusals) {
        Title t = s.title();
        switch (c.pathway()) {
            case TRAINING -> {
                if (!t.code().equals(c.trainingTitleCode())) {
                    refusals.add(new Refusal(PATHWAY, "Parcours : " + c.name() + " n'est pas en formation pour le "
                            + "titre " + t.code() + (c.trainingTitleCode() == null ? "" : " (formation suivie : "
                            + c.trainingTitleCode() + ")") + "."));
                } else if (!c.trainedCcpNumbers().isEmpty() && !c.trainedCcpNumbers().containsAll(t.ccpNumbers())) {
                    refusals.add(new Refusal(PATHWAY, "Parcours : " + c.name() + " n'est formé(e) qu'au(x) "
                            + ccpList(new TreeSet<>(c.trainedCcpNumbers())) + " : inscrivez-le (la) à une session CCP."));
                }
                resitLimit(s, c, limits, refusals);
            }
            case VAE -> recevabilite(s, c, limits, refusals);
            case PARTIAL -> refusals.add(new Refusal(PATHWAY, "Parcours : " + c.name() + " obtient le titre par "
                    + "capitalisation : il (elle) s'inscrit à ses CCP manquants en session CCP, l'entretien final "
                    + "ayant lieu à la session de son dernier CCP."));
        }
    }

    private static void recevabilite(Session s, Candidate c, Limits limits, List<Refusal> refusals) {
        LocalDate decision = c.vaeDecisionDate();
        if (decision == null) {
            refusals.add(new Refusal(RECEVABILITE, "Recevabilité VAE : aucune décision de recevabilité n'est "
                    + "enregistrée pour " + c.name() + "."));
            return;
        }
        if (c.trainingTitleCode() != null && !c.trainingTitleCode().equals(s.title().code())) {
            refusals.add(new Refusal(RECEVABILITE, "Recevabilité VAE : la recevabilité de " + c.name() + " porte sur "
                    + "le titre " + c.trainingTitleCode() + ", pas sur " + s.title().code() + "."));
        }
        LocalDate until = decision.plusMonths(limits.recevabiliteMonths());
        if (s.start().isBefore(decision)) {
            refusals.add(new Refusal(RECEVABILITE, "Recevabilité VAE : la décision du " + DAY.format(decision)
                    + " est postérieure au début de la session (" + DAY.format(s.start()) + ")."));
        } else if (s.start().isAfter(until)) {
            refusals.add(new Refusal(RECEVABILITE, "Recevabilité VAE : la recevabilité de " + c.name() + " du "
                    + DAY.format(decision) + " n'était valable que jusqu'au " + DAY.format(until) + "."));
        }
    }

    /** Without new training, a candidate resits within the window after their first session titre, a few times. */
    private static void resitLimit(Session s, Candidate c, Limits limits, List<Refusal> refusals) {
        List<Attempt> earlier = c.attempts().stream()
                .filter(a -> a.kind() == SessionType.TITLE && a.titleCode().equals(s.title().code())
                        && a.sessionId() != s.id() && a.result() != AttemptResult.EXCUSED)
                .filter(a -> c.trainingStart() == null || !a.start().isBefore(c.trainingStart()))
                .sorted(Comparator.comparing(Attempt::start))
                .toList();
        if (earlier.isEmpty()) {
            return;
        }
        LocalDate first = earlier.getFirst().start().isBefore(s.start()) ? earlier.getFirst().start() : s.start();
        LocalDate until = first.plusMonths(limits.resitWindowMonths());
        if (s.start().isAfter(until)) {
            refusals.add(new Refusal(RESIT_DELAY, "Délai de représentation : la première session titre de "
                    + c.name() + " a eu lieu le " + DAY.format(first) + " ; sans nouvelle formation, il (elle) ne peut "
                    + "se représenter que jusqu'au " + DAY.format(until) + "."));
            return;
        }
        long inWindow = earlier.stream().filter(a -> !a.start().isAfter(until)).count() + 1;
        if (inWindow > limits.maxTitleSessionsInWindow()) {
            refusals.add(new Refusal(RESIT_COUNT, "Nombre de sessions titre : " + c.name() + " compterait "
                    + inWindow + " sessions titre dans l'année qui suit sa première présentation (le "
                    + DAY.format(first) + ") ; au plus " + limits.maxTitleSessionsInWindow() + " sont permises."));
        }
    }

    static SortedSet<Integer> ccpSessionChoice(Session s, Candidate c, SortedSet<Integer> credited,
                                                       Set<Integer> requested, List<Refusal> refusals) {
        SortedSet<Integer> chosen = new TreeSet<>();
        if (requested == null || requested.isEmpty()) {
            chosen.addAll(s.ccpNumbers());
            chosen.removeAll(credited);
            if (chosen.isEmpty()) {
                refusals.add(new Refusal(CCP_HELD, "CCP déjà détenus : " + c.name() + " détient déjà "
                        + (s.ccpNumbers().size() > 1 ? "tous les CCP évalués" : "le CCP évalué") + " à cette session ("
                        + ccpList(s.ccpNumbers()) + ")."));
            }
            return chosen;
        }
        for (int number : new TreeSet<>(requested)) {
            if (!s.ccpNumbers().contains(number)) {
                refusals.add(new Refusal(CCP_OF_SESSION, "CCP de la session : le CCP " + number + " n'est pas évalué "
                        + "à cette session (" + ccpList(s.ccpNumbers()) + ")."));
            } else if (credited.contains(number)) {
                refusals.add(new Refusal(CCP_HELD, "CCP déjà détenus : " + c.name() + " détient déjà le CCP " + number
                        + " (directement ou par correspondance) et ne peut pas s'y présenter à nouveau."));
            } else {
                chosen.add(number);
            }
        }
        return chosen;
    }

    static void ccpSessionPathway(Session s, Candidate c, SortedSet<Integer> credited,
                                          SortedSet<Integer> ccps, List<Refusal> refusals) {
        switch (c.pathway()) {
            case TRAINING -> {
                if (!s.title().code().equals(c.trainingTitleCode())) {
                    refusals.add(new Refusal(PATHWAY, "Parcours : " + c.name() + " n'est pas en formation pour le "
                            + "titre " + s.title().code() + "."));
                } else if (!c.trainedCcpNumbers().isEmpty() && !c.trainedCcpNumbers().containsAll(ccps)) {
                    SortedSet<Integer> untrained = new TreeSet<>(ccps);
                    untrained.removeAll(c.trainedCcpNumbers());
                    refusals.add(new Refusal(PATHWAY, "Parcours : " + c.name() + " n'est pas formé(e) au(x) "
                            + ccpList(untrained) + "."));
                }
            }
            case VAE -> {
                if (credited.isEmpty()) {
                    refusals.add(new Refusal(PATHWAY, "Parcours : la recevabilité VAE ouvre une session titre ; "
                            + c.name() + " ne peut passer une session CCP que pour compléter un titre dont il (elle) "
                            + "détient déjà des CCP."));
                }
            }
            case PARTIAL -> {
                // capitalisation: CCP sessions are this pathway's way to the title
            }
        }
    }
}
