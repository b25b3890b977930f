package fr.titrepro.demo;

import fr.titrepro.scoring.ScoreValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the quality dashboard's demo history holds (issue 19), as pure data: ten past sessions titre TRI of the last
 * two years in three centres of two regions, 12 to 20 candidates each, and how each candidate fares on each
 * criterion. Seeded: the same plan every run, so the figures of the demo can be told in advance. Some criteria are
 * failed (or left unobserved) much more often than the others, weaker candidates fail more, and the second juror's
 * independent reading differs now and then (more often in one jury than in the other) before the reconciliation.
 */
public final class HistoryPlan {

    /** The three centres of the history: the two of the demo logins, and a second one in Auvergne-Rhône-Alpes. */
    public enum Site { LYON, NANTES, GRENOBLE }

    /**
     * One past session.
     *
     * @param index      its rank in the plan (oldest first), also the seed of its candidates
     * @param site       the centre that held it
     * @param monthsAgo  how many months before today it ended
     * @param candidates how many candidates were enrolled
     * @param juryPair   which pair of history jurors formed the jury (0 or 1)
     */
    public record PastSession(int index, Site site, int monthsAgo, int candidates, int juryPair) {
        public LocalDate endOn(LocalDate today) {
            return today.minusMonths(monthsAgo).withDayOfMonth(Math.min(12 + index, 28));
        }
    }

    /** The ten sessions, oldest first (22 months ago to 2 months ago): 4 at Lyon, 4 at Nantes, 2 at Grenoble. */
    public static final List<PastSession> SESSIONS = List.of(
            new PastSession(0, Site.LYON, 22, 14, 0),
            new PastSession(1, Site.NANTES, 20, 13, 1),
            new PastSession(2, Site.GRENOBLE, 18, 12, 0),
            new PastSession(3, Site.LYON, 16, 16, 0),
            new PastSession(4, Site.NANTES, 14, 17, 1),
            new PastSession(5, Site.LYON, 10, 15, 0),
            new PastSession(6, Site.NANTES, 8, 15, 1),
            new PastSession(7, Site.GRENOBLE, 6, 14, 0),
            new PastSession(8, Site.LYON, 4, 18, 0),
            new PastSession(9, Site.NANTES, 2, 16, 1));

    /** Base rate of « non atteint » of a criterion; the criteria not listed fail at {@link #BASE_NOT_MET}. */
    static final Map<String, Double> HARD_CRITERIA = Map.of(
            "C4.2", 0.30,  // la connexion VPN de l'utilisateur est opérationnelle
            "C6.3", 0.24,  // les droits d'accès sont conformes à la politique de l'entreprise
            "C7.4", 0.20,  // les recommandations de sécurité sont appliquées
            "C1.4", 0.16); // les mesures élémentaires de sécurité ont été respectées
    static final double BASE_NOT_MET = 0.05;
    /** Criteria the jury often could not observe (the situation did not allow it). */
    static final Map<String, Double> OFTEN_UNOBSERVED = Map.of("C2.4", 0.12, "C7.1", 0.08);
    static final double BASE_NOT_OBSERVED = 0.01;
    /** How often the second juror's reading differs from the first one's, by jury pair. */
    static final double[] DIVERGENCE = {0.03, 0.08};
    static final double ABSENCE = 0.06;

    private static final String[] LAST_NAMES = {"Aubert", "Barbier", "Blanc", "Boyer", "Brunet", "Caron", "Chevalier",
            "Clément", "Colin", "Denis", "Dumas", "Faure", "Fontaine", "Gauthier", "Gérard", "Guérin", "Henry", "Joly",
            "Lacroix", "Leclerc", "Lemoine", "Marchand", "Masson", "Mercier", "Meunier", "Morin", "Noël", "Perrot",
            "Renard", "Rolland", "Roussel", "Schmitt", "Vidal", "Vincent", "Picard", "Giraud", "Arnaud"};
    private static final String[] FIRST_NAMES = {"Adam", "Alice", "Antoine", "Camille", "Clara", "Enzo", "Jade",
            "Julien", "Léna", "Louis", "Manon", "Mathis", "Nathan", "Noah", "Océane", "Paul", "Romane", "Sarah",
            "Théo", "Yanis", "Zoé", "Maël", "Lina", "Rayan", "Inès", "Axel", "Lou", "Nolan", "Eva", "Sacha", "Yasmine"};

    /** One candidate of a past session: who, how able (a factor on the failure rates) and present or not. */
    public record PastCandidate(String birthName, String firstName, LocalDate birthDate, boolean male, double weakness,
                                boolean present) {
    }

    private HistoryPlan() {
    }

    /** The candidates of a session, the same every run. */
    public static List<PastCandidate> candidates(PastSession s) {
        Random random = new Random(1_000L + s.index());
        List<PastCandidate> list = new ArrayList<>();
        for (int i = 0; i < s.candidates(); i++) {
            int n = s.index() * 20 + i;
            String last = LAST_NAMES[(n * 7 + 3) % LAST_NAMES.length];
            int f = (n * 11 + s.index()) % FIRST_NAMES.length;
            double roll = random.nextDouble();
            double weakness = roll < 0.25 ? 2.6 : roll < 0.6 ? 1.0 : 0.4;
            LocalDate birth = LocalDate.of(1975 + (n % 28), 1 + (n % 12), 1 + (n % 28));
            list.add(new PastCandidate(last, FIRST_NAMES[f], birth, f % 2 == 0, weakness,
                    random.nextDouble() >= ABSENCE));
        }
        return list;
    }

    /** The first juror's (the agreed) reading of a criterion for a candidate. */
    public static ScoreValue reading(String criterionKey, PastCandidate c, Random random) {
        double roll = random.nextDouble();
        double unobserved = OFTEN_UNOBSERVED.getOrDefault(criterionKey, BASE_NOT_OBSERVED);
        if (roll < unobserved) {
            return ScoreValue.NOT_OBSERVED;
        }
        double notMet = Math.min(0.9, HARD_CRITERIA.getOrDefault(criterionKey, BASE_NOT_MET) * c.weakness());
        return roll < unobserved + notMet ? ScoreValue.NOT_MET : ScoreValue.MET;
    }

    /** The second juror's independent reading: the first one's, or now and then the other verdict. */
    public static ScoreValue secondReading(ScoreValue first, int juryPair, Random random) {
        if (random.nextDouble() >= DIVERGENCE[juryPair]) {
            return first;
        }
        return first == ScoreValue.MET ? ScoreValue.NOT_MET : ScoreValue.MET;
    }

    /**
     * The jury's decision on a competency from its agreed readings: acquired when no criterion is « non atteint »,
     * or one only among four or more.
     */
    public static boolean competencyAcquired(int criteria, int notMet) {
        return notMet == 0 || (notMet == 1 && criteria >= 4);
    }

    /** The jury's decision on a CCP: acquired when at most one of its competencies is not acquired. */
    public static boolean ccpAcquired(int competenciesNotAcquired) {
        return competenciesNotAcquired <= 1;
    }
}
