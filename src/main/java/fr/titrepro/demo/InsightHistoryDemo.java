package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import fr.titrepro.centre.ApprovalData;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreData;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.insights.InsightRefresher;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demo builder of the quality dashboard's history (issue 19; {@link DemoLoader}, last step): the ten past validated
 * sessions titre TRI of {@link HistoryPlan} in the centres of « centre » (Lyon) and « centre2 » (Nantes) and a
 * third centre without login (Grenoble, same region as Lyon, so that Lyon's region differs from Lyon), with four
 * jurors of their own (the demo logins' sessions stay as they were). Centres, jurors and candidates go through
 * their builders and services; each session is written by {@link PastSessionWriter} in its own transaction. Then
 * the dashboard's aggregates are rebuilt by {@link InsightRefresher#rebuild()}, the same code as the PV validation.
 * Idempotent: a centre's sessions already written (by their author) are not written again.
 */
@ApplicationScoped
public class InsightHistoryDemo {

    private static final Logger LOG = Logger.getLogger(InsightHistoryDemo.class);
    static final String TITLE = "TP-00496";
    static final String AUTHOR = "démonstration historique";

    /** The two juries of the history, each a pair of jurors without a Keycloak login. */
    static final List<List<SessionJuryDemo.DemoJuror>> JURIES = List.of(
            List.of(new SessionJuryDemo.DemoJuror("histo-fabre", "Fabre", "Lucie", "Ingénieure réseaux",
                            "Métropole de Lyon", 12),
                    new SessionJuryDemo.DemoJuror("histo-marchal", "Marchal", "Olivier",
                            "Technicien support et déploiement", "SNCF Réseau Grenoble", 9)),
            List.of(new SessionJuryDemo.DemoJuror("histo-perrin", "Perrin", "Nathalie",
                            "Responsable infrastructure", "CHU de Nantes", 16),
                    new SessionJuryDemo.DemoJuror("histo-roussel", "Roussel", "Damien", "Technicien télécoms",
                            "Orange Pays de la Loire", 7)));

    @Inject
    CentreCandidateDemo centresAndCandidates;

    @Inject
    SessionJuryDemo juries;

    @Inject
    CentreRepository centres;

    @Inject
    JurorRepository jurors;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    PastSessionWriter writer;

    @Inject
    InsightRefresher refresher;

    /** Writes the missing sessions of the history, then rebuilds the aggregates; returns how many were written. */
    public int load() {
        LocalDate today = LocalDate.now();
        Map<HistoryPlan.Site, Centre> sites = sites();
        List<List<Long>> juryIds = JURIES.stream().map(pair -> pair.stream().map(juries::juror).toList()).toList();
        int written = 0;
        for (Map.Entry<HistoryPlan.Site, Centre> site : sites.entrySet()) {
            List<HistoryPlan.PastSession> planned = HistoryPlan.SESSIONS.stream()
                    .filter(p -> p.site() == site.getKey()).toList();
            long done = sessions.countCreatedBy(site.getValue().id, AUTHOR);
            for (HistoryPlan.PastSession plan : planned.subList((int) Math.min(done, planned.size()), planned.size())) {
                long centreId = site.getValue().id;
                boolean ok = QuarkusTransaction.requiringNew().call(() -> write(plan, centreId,
                        juryIds.get(plan.juryPair()), today));
                written += ok ? 1 : 0;
            }
        }
        int aggregated = refresher.rebuild();
        LOG.infof("Démo tableau de bord qualité : %d session(s) historique(s) écrite(s) ; agrégats de %d session(s) "
                + "validée(s).", written, aggregated);
        return written;
    }

    private boolean write(HistoryPlan.PastSession plan, long centreId, List<Long> juryIds, LocalDate today) {
        Centre centre = centres.findById(centreId);
        List<HistoryPlan.PastCandidate> people = HistoryPlan.candidates(plan);
        LocalDate end = plan.endOn(today);
        List<Candidate> candidates = new ArrayList<>();
        for (HistoryPlan.PastCandidate p : people) {
            candidates.add(centresAndCandidates.candidate(centre, null, data(centre, p, end)));
        }
        List<Juror> jury = juryIds.stream().map(id -> jurors.findById(id)).toList();
        boolean written = writer.write(plan, centre, jury, candidates, people, today).isPresent();
        if (!written) {
            LOG.infof("Démo historique : le centre %s n'a pas d'agrément TRI couvrant le %s : session omise.",
                    centre.name, end);
        }
        return written;
    }

    /** The centres of the history; a centre of a demo login that is missing leaves its sessions out. */
    private Map<HistoryPlan.Site, Centre> sites() {
        Map<HistoryPlan.Site, Centre> sites = new EnumMap<>(HistoryPlan.Site.class);
        centres.ofStaff("centre").ifPresent(c -> sites.put(HistoryPlan.Site.LYON, c));
        centres.ofStaff("centre2").ifPresent(c -> sites.put(HistoryPlan.Site.NANTES, c));
        sites.put(HistoryPlan.Site.GRENOBLE, centresAndCandidates.centre(new CentreData("Alpes Réseaux Formation",
                        "38512345000004", "17 rue des Martyrs", "38000", "Grenoble", "Claire Vasseur",
                        "contact@alpes-reseaux-formation.test", "04 76 00 45 67"),
                new ApprovalData(TITLE, "Plateau réseaux de la Presqu'île", "3 avenue des Martyrs", "38000", "Grenoble",
                        LocalDate.of(2023, 9, 1), LocalDate.of(2028, 12, 31)), null, null));
        return sites;
    }

    /** A trainee of the centre who took the session at the end of a ten-month training. */
    static CandidateData data(Centre centre, HistoryPlan.PastCandidate p, LocalDate sessionEnd) {
        String mail = ascii(p.firstName() + "." + p.birthName()) + p.birthDate().getYear() + "@exemple.test";
        return new CandidateData(p.birthName(), null, p.firstName(), p.male() ? Sex.M : Sex.F, p.birthDate(),
                centre.city, centre.postalCode.substring(0, 2), null, "française", mail, null, null, null, null, null, Pathway.TRAINING, TITLE,
                sessionEnd.minusMonths(10), sessionEnd.minusDays(3), Set.of(), null, null, null, null, null, null);
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z.]", "");
    }
}
