package fr.titrepro.eligibility;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.TitleStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may be enrolled in a session, and for what (Arrêté du 22 décembre 2015, Arrêté du 21 juillet 2016, fiche du
 * titre): every rule that refuses gives its code and a French reason naming the candidate. Pure: the facts come in,
 * the decision goes out. Dates are inclusive: "within 1 year" of D means up to D + 1 year included.
 */
public final class EnrolmentEligibilityPolicy {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Stable rule codes (the {@code field} of the problem's errors). */
    public static final String TITLE_VALIDITY = "titre-valide";
    public static final String CLOSED_TITLE = "titre-clos";
    public static final String PATHWAY = "parcours";
    public static final String RECEVABILITE = "recevabilite";
    public static final String TITLE_HELD = "titre-detenu";
    public static final String CCP_OF_SESSION = "ccp-session";
    public static final String CCP_HELD = "ccp-detenus";
    public static final String PARENT_TITLE = "titre-parent";
    public static final String RESIT_DELAY = "representation-delai";
    public static final String RESIT_COUNT = "representation-nombre";
    public static final String CANDIDATE_BUSY = "candidat-indisponible";
    public static final String CAPACITY = "capacite";

    public enum SessionKind { TITLE, CCP, CCS }

    /** What became of an earlier enrolment: the resit limit ignores justified absences only. */
    public enum AttemptResult { PENDING, PASSED, NOT_PASSED, EXCUSED }

    /**
     * @param resitWindowMonths        a training candidate resits without new training within this many months
     *                                 of their first session titre
     * @param maxTitleSessionsInWindow at most this many sessions titre in that window, the first included
     * @param recevabiliteMonths       a VAE recevabilité is valid this long
     * @param closedTitleGraceMonths   a closed title can be completed this long after its end of validity
     */
    public record Limits(int resitWindowMonths, int maxTitleSessionsInWindow, int recevabiliteMonths,
                         int closedTitleGraceMonths) {
        public static final Limits DEFAULT = new Limits(12, 3, 12, 12);
    }

    /** The session's title version; {@code ccpNumbers} are all its CCPs. */
    public record Title(String code, String label, TitleStatus status, LocalDate validFrom, LocalDate validUntil,
                        LocalDate closedOn, SortedSet<Integer> ccpNumbers) {
        LocalDate endOfValidity() {
            return validUntil != null ? validUntil : closedOn;
        }
    }

    /** {@code ccpNumbers}: the CCPs the session assesses (all of them for a session titre). */
    public record Session(long id, SessionKind kind, Title title, SortedSet<Integer> ccpNumbers, LocalDate start,
                          LocalDate end, int capacity, int enrolled) {
    }

    /** Another active enrolment of the candidate, in a session that is not cancelled. */
    public record Attempt(long sessionId, String sessionLabel, SessionKind kind, String titleCode, LocalDate start,
                          LocalDate end, AttemptResult result) {
    }

    /** {@code creditedCcps}: CCP numbers of the session's version held, directly or by correspondence. */
    public record Candidate(String name, Pathway pathway, String trainingTitleCode, Set<Integer> trainedCcpNumbers,
                            LocalDate trainingStart, LocalDate vaeDecisionDate, SortedSet<Integer> creditedCcps,
                            List<Attempt> attempts) {
    }

    public record Refusal(String rule, String message) {
    }

    /** The refusals (none: eligible), the CCPs taken and whether the entretien final is planned. */
    public record Decision(List<Refusal> refusals, SortedSet<Integer> ccpNumbers, boolean finalInterview) {
        public boolean eligible() {
            return refusals.isEmpty();
        }
    }

    /** Whether sessions of that kind may be held for the title on those days, and on which condition. */
    public record TitleWindow(boolean open, boolean completionOnly, LocalDate completionDeadline, String reason) {
    }

    private EnrolmentEligibilityPolicy() {
    }

    /**
     * A title is open on every day of its validity. A CLOSED title is open after its end of validity only to CCP
     * sessions of candidates who complete it, for {@code closedTitleGraceMonths}.
     */
    public static TitleWindow titleWindow(SessionKind kind, Title t, LocalDate start, LocalDate end, Limits limits) {
        boolean afterStart = !start.isBefore(t.validFrom());
        LocalDate endOfValidity = t.endOfValidity();
        if (afterStart && (endOfValidity == null || !end.isAfter(endOfValidity))) {
            return new TitleWindow(true, false, null, null);
        }
        if (t.status() == TitleStatus.CLOSED && afterStart && endOfValidity != null) {
            LocalDate deadline = endOfValidity.plusMonths(limits.closedTitleGraceMonths());
            if (kind == SessionKind.CCP && !end.isAfter(deadline)) {
                return new TitleWindow(true, true, deadline, null);
            }
            return new TitleWindow(false, false, deadline, "Le titre " + t.label() + " est clos (fin de validité le "
                    + DAY.format(endOfValidity) + ") : seules des sessions CCP permettent encore de le compléter, "
                    + (end.isAfter(deadline) ? "et seulement jusqu'au " : "jusqu'au ") + DAY.format(deadline) + ".");
        }
        return new TitleWindow(false, false, null, "Le titre " + t.label() + " n'est pas valide sur toute la durée "
                + "de la session : il est valable " + (t.validUntil() == null ? "à partir du " + DAY.format(t.validFrom())
                : "du " + DAY.format(t.validFrom()) + " au " + DAY.format(t.validUntil())) + ".");
    }

    public static Decision decide(Session s, Candidate c, Set<Integer> requestedCcps, Limits limits) {
        List<Refusal> refusals = new ArrayList<>();
        Title t = s.title();
        SortedSet<Integer> credited = new TreeSet<>(c.creditedCcps());
        credited.retainAll(t.ccpNumbers());

        TitleWindow window = titleWindow(s.kind(), t, s.start(), s.end(), limits);
        if (!window.open()) {
            refusals.add(new Refusal(TITLE_VALIDITY, "Validité du titre : " + window.reason()));
        } else if (window.completionOnly() && credited.isEmpty()) {
            refusals.add(new Refusal(CLOSED_TITLE, "Titre clos : " + c.name() + " ne détient aucun CCP du titre "
                    + t.code() + " ; un titre clos n'accepte que les candidats qui complètent leurs CCP manquants, "
                    + "jusqu'au " + DAY.format(window.completionDeadline()) + "."));
        }

        SortedSet<Integer> ccps = new TreeSet<>();
        boolean finalInterview = switch (s.kind()) {
            case TITLE -> {
                ccps.addAll(t.ccpNumbers());
                if (credited.containsAll(t.ccpNumbers())) {
                    refusals.add(new Refusal(TITLE_HELD, "Titre déjà obtenu : " + c.name() + " détient déjà tous les "
                            + "CCP du titre " + t.code() + " (directement ou par correspondance)."));
                }
                titleSessionPathway(s, c, limits, refusals);
                yield true;
            }
            case CCP -> {
                ccps.addAll(ccpSessionChoice(s, c, credited, requestedCcps, refusals));
                ccpSessionPathway(s, c, credited, ccps, refusals);
                SortedSet<Integer> afterwards = new TreeSet<>(credited);
                afterwards.addAll(ccps);
                yield afterwards.containsAll(t.ccpNumbers());
            }
            case CCS -> {
                SortedSet<Integer> missing = new TreeSet<>(t.ccpNumbers());
                missing.removeAll(credited);
                if (!missing.isEmpty()) {
                    refusals.add(new Refusal(PARENT_TITLE, "Titre parent : un CCS n'est ouvert qu'aux titulaires du "
                            + "titre " + t.code() + " ; il manque à " + c.name() + " le(s) " + ccpList(missing) + "."));
                }
                yield true;
            }
        };

        for (Attempt a : c.attempts()) {
            if (a.sessionId() != s.id() && !a.start().isAfter(s.end()) && !a.end().isBefore(s.start())) {
                refusals.add(new Refusal(CANDIDATE_BUSY, "Disponibilité : " + c.name() + " est déjà inscrit(e) à la "
                        + a.sessionLabel() + ", aux mêmes dates."));
            }
        }
        if (s.enrolled() >= s.capacity()) {
            refusals.add(new Refusal(CAPACITY, "Capacité : la session est complète (" + s.capacity()
                    + (s.capacity() > 1 ? " places, toutes prises)." : " place, déjà prise).")));
        }
        return new Decision(List.copyOf(refusals), ccps, finalInterview);
    }

    private static void titleSessionPathway(Session s, Candidate c, Limits limits, List<Refusal> refusals) {
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
                .filter(a -> a.kind() == SessionKind.TITLE && a.titleCode().equals(s.title().code())
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

    private static SortedSet<Integer> ccpSessionChoice(Session s, Candidate c, SortedSet<Integer> credited,
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

    private static void ccpSessionPathway(Session s, Candidate c, SortedSet<Integer> credited,
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

    static String ccpList(SortedSet<Integer> numbers) {
        return "CCP " + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
