package fr.titrepro.support;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.GridCriterion;
import fr.titrepro.scoring.GridSection;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.SectionKind;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.session.jury.ConflictKind;
import fr.titrepro.session.jury.ConflictOfInterest;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorHabilitation;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.session.jury.JuryMember;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Test data of the scoring capability, written straight to the database on top of {@link SessionFixtures}: a
 * session titre TRI running today (IN_PROGRESS), its jury (jurors of the registry linked to logins), its candidates
 * (training or VAE), declared conflicts of interest. Every centre and candidate is new; jurors are shared by login
 * (a login is one juror), since the Keycloak users jury, jury2, jury3 are the same for every test class.
 */
@ApplicationScoped
public class ScoringFixtures {

    private record CachedToken(String value, Instant fetchedAt) {
    }

    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    @Inject
    SessionFixtures sessions;

    @Inject
    EntityManager em;

    @Inject
    JurorRepository jurors;

    @Inject
    TitleVersionRepository versions;

    /** What a scenario created. */
    public record Scenario(long sessionId, long centreId, Map<String, Long> jurorIds, List<Long> candidateIds,
                           List<Long> enrolmentIds) {
        public long enrolment(int i) {
            return enrolmentIds.get(i);
        }

        public String gridsPath(int candidate) {
            return "/api/sessions/" + sessionId + "/enrolments/" + enrolment(candidate) + "/grids";
        }

        public String reconciliationPath(int candidate) {
            return "/api/sessions/" + sessionId + "/enrolments/" + enrolment(candidate) + "/reconciliation";
        }

        public String decisionsPath(int candidate) {
            return "/api/sessions/" + sessionId + "/enrolments/" + enrolment(candidate) + "/decisions";
        }
    }

    public ScenarioBuilder scenario() {
        return new ScenarioBuilder(this);
    }

    /** The juror of the registry with this login, habilitated for TRI; created the first time. */
    @Transactional
    public long juror(String username) {
        return jurors.findByUsername(username).map(j -> j.id).orElseGet(() -> {
            Juror j = new Juror();
            j.username = username;
            j.lastName = "Juré" + SessionFixtures.unique();
            j.firstName = "Dominique";
            j.profession = "Technicien réseaux";
            j.employer = "Réseaux du Nord";
            j.yearsOfExperience = 12;
            j.createdAt = Instant.now();
            JurorHabilitation h = new JurorHabilitation();
            h.juror = j;
            h.titleCode = SessionFixtures.TRI;
            h.validFrom = LocalDate.now().minusYears(1);
            h.validUntil = LocalDate.now().plusYears(2);
            h.grantedAt = Instant.now();
            h.grantedBy = "test";
            j.habilitations.add(h);
            em.persist(j);
            return j.id;
        });
    }

    @Transactional
    public void setStatus(long sessionId, SessionStatus status) {
        em.find(ExamSession.class, sessionId).status = status;
    }

    @Transactional
    public void declareConflict(long sessionId, long jurorId, long candidateId) {
        ConflictOfInterest c = new ConflictOfInterest();
        c.session = em.find(ExamSession.class, sessionId);
        c.juror = em.find(Juror.class, jurorId);
        c.candidate = em.find(Candidate.class, candidateId);
        c.kind = ConflictKind.TRAINER;
        c.note = "Formateur du candidat";
        c.declaredAt = Instant.now();
        c.declaredBy = "test";
        em.persist(c);
    }

    /**
     * Makes a grid look like one made before issue 11 (finding 6): an entretien final section scored « non
     * concluant », and the DP line scored « non concluant » (as the old grids did), written straight to the database.
     */
    @Transactional
    public void makeLegacy(long gridId) {
        EvaluationGrid g = em.find(EvaluationGrid.class, gridId);
        g.sections.stream().filter(x -> x.kind == SectionKind.DOSSIER).flatMap(x -> x.criteria.stream())
                .forEach(c -> {
                    c.score = ScoreValue.NOT_MET;
                    c.observation = "Dossier incomplet (ancienne grille)";
                });
        GridSection ef = new GridSection();
        ef.grid = g;
        ef.position = g.sections.size() + 1;
        ef.kind = SectionKind.FINAL_INTERVIEW;
        ef.sectionKey = "EF";
        ef.title = "Entretien final";
        GridCriterion line = new GridCriterion();
        line.grid = g;
        line.section = ef;
        line.position = 1;
        line.itemKey = "EF";
        line.text = "Entretien final avec le jury (20 min) : éléments du CCP.";
        line.score = ScoreValue.NOT_MET;
        line.observation = "Réponses confuses (ancienne grille)";
        ef.criteria.add(line);
        g.sections.add(ef);
    }

    @Transactional
    long persistSession(ScenarioBuilder b, long centreId, List<Long> candidateIds, Map<String, Long> jurorIds,
                        List<Long> enrolmentIds) {
        Centre centre = em.find(Centre.class, centreId);
        TitleVersion version = versions.findVersion(b.titleCode, b.titleVersion).orElseThrow();
        CentreApproval approval = centre.approvals.stream().filter(a -> a.titleCode.equals(b.titleCode)).findFirst()
                .orElseThrow();
        ExamSession s = new ExamSession();
        s.titleVersion = version;
        s.type = b.type;
        if (b.type == SessionType.CCP) {
            s.ccpNumbers.addAll(b.ccps);
        }
        s.ccsCode = b.ccsCode;
        s.centre = centre;
        s.approval = approval;
        s.siteLabel = approval.siteLabel();
        s.startDate = b.start;
        s.endDate = b.start.plusDays(1);
        s.capacity = Math.max(1, candidateIds.size());
        s.managerName = "Responsable test";
        s.status = b.status;
        s.createdAt = Instant.now();
        s.createdBy = "test";
        em.persist(s);
        for (Map.Entry<String, Long> j : jurorIds.entrySet()) {
            JuryMember m = new JuryMember();
            m.session = s;
            m.juror = em.find(Juror.class, j.getValue());
            m.assignedAt = Instant.now();
            m.assignedBy = "test";
            em.persist(m);
        }
        for (Long candidateId : candidateIds) {
            Enrolment e = new Enrolment();
            e.session = s;
            e.candidate = em.find(Candidate.class, candidateId);
            e.status = EnrolmentStatus.ENROLLED;
            e.ccpNumbers.addAll(s.assessedCcpNumbers());
            e.finalInterview = b.type == SessionType.TITLE;
            e.enrolledAt = Instant.now();
            e.enrolledBy = "test";
            em.persist(e);
            enrolmentIds.add(e.id);
        }
        return s.id;
    }

    /** Enrols one more candidate in a session as it stands (no eligibility check), e.g. the record of a login. */
    @Transactional
    public long enrolAsIs(long sessionId, long candidateId) {
        ExamSession s = em.find(ExamSession.class, sessionId);
        Enrolment e = new Enrolment();
        e.session = s;
        e.candidate = em.find(Candidate.class, candidateId);
        e.status = EnrolmentStatus.ENROLLED;
        e.ccpNumbers.addAll(s.assessedCcpNumbers());
        e.finalInterview = s.type == SessionType.TITLE;
        e.enrolledAt = Instant.now();
        e.enrolledBy = "test";
        em.persist(e);
        s.capacity = s.capacity + 1;
        return e.id;
    }

    /** A bearer token of a Keycloak demo user (password = user name), renewed well before its 15 minutes expire. */
    public static String token(String username) {
        return TOKENS.compute(username, (u, cached) -> cached != null
                && cached.fetchedAt().isAfter(Instant.now().minusSeconds(600)) ? cached
                : new CachedToken(Tokens.request(u, u), Instant.now())).value();
    }

    /** A request as a real Keycloak user. */
    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().oauth2(token(username)).contentType(ContentType.JSON);
    }

    public static Map<String, Object> score(String value, String observation, int baseVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", value);
        body.put("observation", observation);
        body.put("baseVersion", baseVersion);
        return body;
    }

    /** The ids of a login's grids of a candidate (generating them if needed), in CCP order. */
    public static List<Long> gridIds(String login, Scenario scenario, int candidate) {
        return as(login).get(scenario.gridsPath(candidate)).then().statusCode(200).extract().jsonPath()
                .getList("grids.id", Long.class);
    }

    public static Map<String, Object> consultation(Boolean consulted, String observation, int baseVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consulted", consulted);
        body.put("observation", observation);
        body.put("baseVersion", baseVersion);
        return body;
    }

    /**
     * Scores every scored line of a grid (value by line key; NOT_MET lines get an observation), proposes a decision
     * for every competency (by section key) and for the CCP, and hands the grid in. The evidence the jury consults
     * (DP, ECF) is left as it is: it is never required.
     */
    public static void fillAndSubmit(String login, long gridId, Function<String, String> valueOfLine,
                                     Function<String, String> proposalOfCompetency, String ccpProposal) {
        JsonPath grid = as(login).get("/api/grids/" + gridId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> sections = grid.getList("sections");
        for (Map<String, Object> section : sections) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> criteria = (List<Map<String, Object>>) section.get("criteria");
            for (Map<String, Object> c : Boolean.TRUE.equals(section.get("scored")) ? criteria
                    : List.<Map<String, Object>>of()) {
                String value = valueOfLine.apply((String) c.get("key"));
                as(login).body(score(value, "NOT_MET".equals(value) ? "Constat : " + c.get("key") : null,
                                (Integer) c.get("version")))
                        .put("/api/grids/" + gridId + "/criteria/" + c.get("id")).then().statusCode(200);
            }
            if (Boolean.TRUE.equals(section.get("competency"))) {
                as(login).body(Map.of("decision", proposalOfCompetency.apply((String) section.get("key")),
                                "baseVersion", section.get("version")))
                        .put("/api/grids/" + gridId + "/competencies/" + section.get("id") + "/proposal")
                        .then().statusCode(200);
            }
        }
        as(login).body(Map.of("decision", ccpProposal, "baseVersion", grid.getInt("version")))
                .put("/api/grids/" + gridId + "/proposal").then().statusCode(200);
        as(login).post("/api/grids/" + gridId + "/submit").then().statusCode(200);
    }

    /** A session titre TRI (by default) running today with its jury and candidates. */
    public static final class ScenarioBuilder {
        private final ScoringFixtures fixtures;
        String titleCode = SessionFixtures.TRI;
        String titleVersion = "05";
        SessionType type = SessionType.TITLE;
        List<Integer> ccps = List.of();
        String ccsCode;
        SessionStatus status = SessionStatus.IN_PROGRESS;
        List<String> jurorLogins = List.of("jury", "jury2");
        int trainees = 1;
        int vaeCandidates = 0;
        Integer extraTime;
        String assistance;
        final List<Conflict> conflicts = new ArrayList<>();
        String staff;
        LocalDate start = LocalDate.now();

        record Conflict(String login, int candidateIndex) {
        }

        ScenarioBuilder(ScoringFixtures fixtures) {
            this.fixtures = fixtures;
        }

        public ScenarioBuilder jurors(String... logins) {
            this.jurorLogins = List.of(logins);
            return this;
        }

        public ScenarioBuilder trainees(int n) {
            this.trainees = n;
            return this;
        }

        public ScenarioBuilder vaeCandidates(int n) {
            this.vaeCandidates = n;
            return this;
        }

        public ScenarioBuilder status(SessionStatus status) {
            this.status = status;
            return this;
        }

        public ScenarioBuilder title(String code, String version) {
            this.titleCode = code;
            this.titleVersion = version;
            return this;
        }

        public ScenarioBuilder ccpSession(Integer... numbers) {
            this.type = SessionType.CCP;
            this.ccps = List.of(numbers);
            return this;
        }

        /** A session CCS of {@code ccsCode} (the title must have it). */
        public ScenarioBuilder ccsSession(String ccsCode) {
            this.type = SessionType.CCS;
            this.ccsCode = ccsCode;
            return this;
        }

        /** Accommodations of every candidate created. */
        public ScenarioBuilder accommodations(int extraTimePercent, String assistance) {
            this.extraTime = extraTimePercent;
            this.assistance = assistance;
            return this;
        }

        /** Organised by the centre of this staff login (a real Keycloak user), instead of a new centre. */
        public ScenarioBuilder inCentreOf(String staffLogin) {
            this.staff = staffLogin;
            return this;
        }

        /**
         * Held from {@code start} for two days instead of today (still in progress): a juror shared by every test
         * class can then be added through the API without overlapping the other tests' sessions of today.
         */
        public ScenarioBuilder startingOn(LocalDate start) {
            this.start = start;
            return this;
        }

        /** The juror with this login declared a link with the candidate at this index. */
        public ScenarioBuilder conflict(String login, int candidateIndex) {
            conflicts.add(new Conflict(login, candidateIndex));
            return this;
        }

        public Scenario create() {
            SessionFixtures s = fixtures.sessions;
            long centreId = staff == null ? s.centre("Centre t5 " + SessionFixtures.unique())
                    : s.centreOfStaff(staff);
            if (!titleCode.equals(SessionFixtures.TRI)) {
                s.approval(centreId, titleCode, LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
            }
            List<Long> candidates = new ArrayList<>();
            for (int i = 0; i < trainees + vaeCandidates; i++) {
                SessionFixtures.CandidateBuilder b = s.candidate().named("Notation" + SessionFixtures.unique(),
                        i < trainees ? "Lucie" : "Marc").followedBy(centreId);
                if (i >= trainees) {
                    b.vae(LocalDate.now().minusMonths(2));
                } else {
                    b.training(titleCode);
                }
                if (extraTime != null) {
                    b.extraTime(extraTime, assistance);
                }
                candidates.add(b.create());
            }
            Map<String, Long> jurorIds = new LinkedHashMap<>();
            for (String login : jurorLogins) {
                jurorIds.put(login, fixtures.juror(login));
            }
            List<Long> enrolments = new ArrayList<>();
            long sessionId = fixtures.persistSession(this, centreId, candidates, jurorIds, enrolments);
            for (Conflict c : conflicts) {
                fixtures.declareConflict(sessionId, jurorIds.get(c.login()), candidates.get(c.candidateIndex()));
            }
            return new Scenario(sessionId, centreId, jurorIds, candidates, enrolments);
        }
    }
}
