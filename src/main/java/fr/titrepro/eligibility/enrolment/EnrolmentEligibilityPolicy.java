package fr.titrepro.eligibility.enrolment;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.regulation.Regulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may be enrolled in a session, and for what (Arrêté du 22 décembre 2015, Arrêté du 21 juillet 2016, fiche du
 * titre): every rule that refuses gives its code and a French reason naming the candidate. Pure: the facts come in,
 * the decision goes out. Dates are inclusive: "within 1 year" of D means up to D + 1 year included. The rules of
 * each pathway (training, VAE, capitalisation, CCS) are in {@link EnrolmentPathwayRules}.
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
    public static final String CCS_ROUTE = "ccs-experience";
    public static final String FINAL_INTERVIEW_ONLY = "entretien-final-seul";
    public static final String RESIT_DELAY = "representation-delai";
    public static final String RESIT_COUNT = "representation-nombre";
    public static final String CANDIDATE_BUSY = "candidat-indisponible";
    public static final String CAPACITY = "capacite";

    /** What became of an earlier enrolment: the resit limit ignores justified absences only. */
    public enum AttemptResult { PENDING, PASSED, NOT_PASSED, EXCUSED }

    /**
     * The regulation's figures the rules read ({@link Regulation}, {@code regulation/certification-rules.yaml}).
     *
     * @param resitWindowMonths        a training candidate resits without new training within this many months
     *                                 of their first session titre
     * @param maxTitleSessionsInWindow at most this many sessions titre in that window, the first included
     * @param recevabiliteMonths       a VAE recevabilité is valid this long
     * @param regulation               the rule set the figures come from; the grace period of a closed title is
     *                                 read through {@link Regulation#graceEnd(LocalDate)} (one figure)
     * @param ccsDirectExperienceMonths a holder of the parent title presents a CCS without training with this much
     *                                 experience in the trade
     * @param finalInterview           where a candidate holding every CCP but not the title retakes the entretien final
     */
    public record Limits(int resitWindowMonths, int maxTitleSessionsInWindow, int recevabiliteMonths,
                         Regulation regulation, int ccsDirectExperienceMonths,
                         Regulation.FinalInterview finalInterview) {

        public static Limits of(Regulation r) {
            return new Limits(r.resit().windowMonths(), r.resit().maxTitleSessions(), r.recevabilite().validityMonths(),
                    r, r.ccs().directExperienceMonths(), r.finalInterview());
        }

        LocalDate graceEnd(LocalDate endOfValidity) {
            return regulation.graceEnd(endOfValidity);
        }
    }

    /** The session's title version; {@code ccpNumbers} are all its CCPs. */
    public record Title(String code, String label, TitleStatus status, LocalDate validFrom, LocalDate validUntil,
                        LocalDate closedOn, SortedSet<Integer> ccpNumbers) {
        LocalDate endOfValidity() {
            return validUntil != null ? validUntil : closedOn;
        }
    }

    /** {@code ccpNumbers}: the CCPs the session assesses (all of them for a session titre). */
    public record Session(long id, SessionType kind, Title title, SortedSet<Integer> ccpNumbers, LocalDate start,
                          LocalDate end, int capacity, int enrolled) {
    }

    /** Another active enrolment of the candidate, in a session that is not cancelled. */
    public record Attempt(long sessionId, String sessionLabel, SessionType kind, String titleCode, LocalDate start,
                          LocalDate end, AttemptResult result) {
    }

    /**
     * @param creditedCcps  CCP numbers of the session's version held, directly or by correspondence
     * @param titleObtained the title of the session was obtained: the recorded fact ({@code ObtainedTitle}), never
     *                      inferred from the CCPs held (a jury may refuse the title to a holder of every CCP)
     */
    public record Candidate(String name, Pathway pathway, String trainingTitleCode, Set<Integer> trainedCcpNumbers,
                            LocalDate trainingStart, LocalDate vaeDecisionDate, SortedSet<Integer> creditedCcps,
                            boolean titleObtained, List<Attempt> attempts) {
    }

    /**
     * What the centre asks for.
     *
     * @param ccpNumbers          for a session CCP, the CCPs taken; all those the candidate does not hold when empty
     * @param ccsExperienceMonths at a session CCS, the experience in the trade the candidate justifies (months), for
     *                            the direct route; null when they come from training
     */
    public record Request(Set<Integer> ccpNumbers, Integer ccsExperienceMonths) {
        public static final Request NONE = new Request(null, null);
    }

    public record Refusal(String rule, String message) {
    }

    /**
     * The refusals (none: eligible), the CCPs taken and whether the entretien final is planned; {@code note} says
     * in French what kind of enrolment it is when it is not the ordinary one (entretien final seul), else null.
     */
    public record Decision(List<Refusal> refusals, SortedSet<Integer> ccpNumbers, boolean finalInterview,
                           String note) {
        public boolean eligible() {
            return refusals.isEmpty();
        }

        /** Every CCP held, the title not obtained: enrolled for the entretien final alone (no CCP). */
        public boolean finalInterviewOnly() {
            return finalInterview && ccpNumbers.isEmpty() && note != null;
        }
    }

    /** Whether sessions of that kind may be held for the title on those days, and on which condition. */
    public record TitleWindow(boolean open, boolean completionOnly, LocalDate completionDeadline, String reason) {
    }

    private EnrolmentEligibilityPolicy() {
    }

    /**
     * A title is open on every day of its validity. A CLOSED title is open after its end of validity only to CCP
     * sessions of candidates who complete it, until the end of its grace period ({@link Regulation#graceEnd}; fiche
     * TP-00496 l. 98: « dispose d'un an à compter de la date de la fin de validité du titre »).
     */
    public static TitleWindow titleWindow(SessionType kind, Title t, LocalDate start, LocalDate end, Limits limits) {
        boolean afterStart = !start.isBefore(t.validFrom());
        LocalDate endOfValidity = t.endOfValidity();
        if (afterStart && (endOfValidity == null || !end.isAfter(endOfValidity))) {
            return new TitleWindow(true, false, null, null);
        }
        if (t.status() == TitleStatus.CLOSED && afterStart && endOfValidity != null) {
            LocalDate deadline = limits.graceEnd(endOfValidity);
            if (kind == SessionType.CCP && !end.isAfter(deadline)) {
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

    /** @param asked what the centre asks for; null: nothing in particular ({@link Request#NONE}) */
    public static Decision decide(Session s, Candidate c, Request asked, Limits limits) {
        Request request = asked == null ? Request.NONE : asked;
        List<Refusal> refusals = new ArrayList<>();
        Title t = s.title();
        SortedSet<Integer> credited = new TreeSet<>(c.creditedCcps());
        credited.retainAll(t.ccpNumbers());
        // DOMAIN « Sessions and evaluation »: every CCP held but the title refused at the entretien final is no
        // dead end: the candidate comes back for the entretien final alone
        boolean everyCcpHeld = !t.ccpNumbers().isEmpty() && credited.containsAll(t.ccpNumbers());
        boolean finalInterviewOnly = everyCcpHeld && !c.titleObtained() && s.kind() != SessionType.CCS;

        validity(s, c, credited, limits, refusals);

        SortedSet<Integer> ccps = new TreeSet<>();
        String note = null;
        boolean finalInterview;
        if (c.titleObtained() && s.kind() != SessionType.CCS) {
            refusals.add(new Refusal(TITLE_HELD, "Titre déjà obtenu : " + c.name() + " est titulaire du titre "
                    + t.code() + " (titre obtenu enregistré) : il n'y a plus rien à présenter pour ce titre."));
            finalInterview = false;
        } else if (finalInterviewOnly) {
            finalInterview = true;
            note = finalInterviewOnly(s, c, request, limits, refusals);
        } else {
            finalInterview = switch (s.kind()) {
                case TITLE -> {
                    ccps.addAll(t.ccpNumbers());
                    EnrolmentPathwayRules.titleSessionPathway(s, c, limits, refusals);
                    yield true;
                }
                case CCP -> {
                    ccps.addAll(EnrolmentPathwayRules.ccpSessionChoice(s, c, credited, request.ccpNumbers(),
                            refusals));
                    EnrolmentPathwayRules.ccpSessionPathway(s, c, credited, ccps, refusals);
                    SortedSet<Integer> afterwards = new TreeSet<>(credited);
                    afterwards.addAll(ccps);
                    yield afterwards.containsAll(t.ccpNumbers());
                }
                case CCS -> {
                    EnrolmentPathwayRules.ccsRoute(s, c, request, limits, refusals);
                    // the fiche lists « un entretien final avec le jury » for the CCS too (TP-00496 l. 118-123)
                    yield true;
                }
            };
        }

        availability(s, c, refusals);
        return new Decision(List.copyOf(refusals), ccps, finalInterview, note);
    }

    /** The title is valid on the session's days; a closed title only for completing its CCPs. */
    private static void validity(Session s, Candidate c, SortedSet<Integer> credited, Limits limits,
                                 List<Refusal> refusals) {
        Title t = s.title();
        TitleWindow window = titleWindow(s.kind(), t, s.start(), s.end(), limits);
        if (!window.open()) {
            refusals.add(new Refusal(TITLE_VALIDITY, "Validité du titre : " + window.reason()));
        } else if (window.completionOnly() && credited.isEmpty()) {
            refusals.add(new Refusal(CLOSED_TITLE, "Titre clos : " + c.name() + " ne détient aucun CCP du titre "
                    + t.code() + " ; un titre clos n'accepte que les candidats qui complètent leurs CCP manquants, "
                    + "jusqu'au " + DAY.format(window.completionDeadline()) + "."));
        }
    }

    /** The candidate is not enrolled elsewhere on the same days, and the session has a place left. */
    private static void availability(Session s, Candidate c, List<Refusal> refusals) {
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
    }

    /**
     * Every CCP held, title not obtained: enrolled with no CCP for the entretien final, at a session titre and/or a
     * session CCP as the regulation says ({@link Regulation.FinalInterview}). Returns the note of the enrolment.
     */
    private static String finalInterviewOnly(Session s, Candidate c, Request request, Limits limits,
                                             List<Refusal> refusals) {
        Title t = s.title();
        if (request.ccpNumbers() != null && !request.ccpNumbers().isEmpty()) {
            refusals.add(new Refusal(CCP_HELD, "CCP déjà détenus : " + c.name() + " détient déjà tous les CCP du "
                    + "titre " + t.code() + " (directement ou par correspondance) ; il (elle) ne peut s'inscrire que "
                    + "pour l'entretien final."));
        }
        boolean allowed = s.kind() == SessionType.TITLE ? limits.finalInterview().retakeAtTitleSession()
                : limits.finalInterview().retakeAtCcpSession();
        if (!allowed) {
            String where = s.kind() == SessionType.TITLE ? "une session CCP" : "une session titre";
            refusals.add(new Refusal(FINAL_INTERVIEW_ONLY, "Entretien final seul : " + c.name() + " détient tous les "
                    + "CCP du titre " + t.code() + " sans l'avoir obtenu ; la réglementation en vigueur fait repasser "
                    + "l'entretien final à " + where + " de ce titre, pas à cette session."));
        }
        return "Tous les CCP sont détenus : inscription pour l'entretien final (sans CCP à présenter).";
    }

    static String months(int n) {
        return n % 12 == 0 && n > 0 ? (n / 12) + (n == 12 ? " an" : " ans") : n + " mois";
    }

    static String ccpList(SortedSet<Integer> numbers) {
        return "CCP " + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
