package fr.titrepro.support;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateFollow;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.candidate.acquired.ObtainedTitle;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.centre.CentreStaff;
import fr.titrepro.referential.ReferentialService;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentService;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorHabilitation;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.session.jury.JuryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data of the session capability, written straight to the database (centres, approvals, staff, candidates,
 * CCPs held, jurors, past sessions). Every name is unique within a run; staff links are idempotent, since the
 * centre/candidate capability's data may already link a user name.
 */
@ApplicationScoped
public class SessionFixtures {

    public static final String TRI = "TP-00496";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject
    EntityManager em;

    @Inject
    CentreRepository centres;

    @Inject
    TitleVersionRepository versions;

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    JuryService jury;

    @Inject
    ReferentialService referential;

    /** A unique suffix of lower-case letters, for names that must not collide within a run. */
    public static String unique() {
        long n = SEQUENCE.incrementAndGet() * 7919 + ThreadLocalRandom.current().nextInt(1000);
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.toString();
    }

    /** The centre the staff member works for; created (approved for TRI around today) when there is none. */
    @Transactional
    public long centreOfStaff(String username) {
        Centre centre = centres.ofStaff(username).orElse(null);
        if (centre == null) {
            centre = newCentre("Centre " + username);
            CentreStaff staff = new CentreStaff();
            staff.centre = centre;
            staff.username = username;
            staff.fullName = "Personnel " + username;
            em.persist(staff);
        }
        if (centre.approvalCovering(TRI, LocalDate.now(), LocalDate.now().plusMonths(18)).isEmpty()) {
            addApproval(centre, TRI, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        }
        return centre.id;
    }

    /** A new centre approved for TRI from a year ago to two years ahead. */
    @Transactional
    public long centre(String name) {
        Centre centre = newCentre(name);
        addApproval(centre, TRI, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        return centre.id;
    }

    @Transactional
    public long approval(long centreId, String titleCode, LocalDate from, LocalDate until) {
        return addApproval(em.find(Centre.class, centreId), titleCode, from, until).id;
    }

    public CandidateBuilder candidate() {
        return new CandidateBuilder(this);
    }

    /** The session takes place on a site of this postal code and town (its approval's site moves there). */
    @Transactional
    public void siteIn(long sessionId, String postalCode, String city) {
        ExamSession s = em.find(ExamSession.class, sessionId);
        s.approval.sitePostalCode = postalCode;
        s.approval.siteCity = city;
        s.siteLabel = s.approval.siteLabel();
    }

    /** The candidate holds CCP {@code number} of {@code code} version {@code version}. */
    @Transactional
    public void holds(long candidateId, String code, String version, int number) {
        Candidate c = em.find(Candidate.class, candidateId);
        TitleVersion v = versions.findVersion(code, version).orElseThrow();
        HeldCcp held = new HeldCcp();
        held.candidate = c;
        held.ccp = v.ccps.stream().filter(x -> x.number == number).findFirst().orElseThrow();
        held.obtainedOn = LocalDate.now().minusMonths(6);
        held.place = "Lille";
        held.recordedBy = "test";
        held.recordedAt = Instant.now();
        c.heldCcps.add(held);
    }

    /** The candidate obtained the title {@code code} version {@code version} (a recorded fact, as a PV would leave it). */
    @Transactional
    public void obtained(long candidateId, String code, String version) {
        Candidate c = em.find(Candidate.class, candidateId);
        ObtainedTitle t = new ObtainedTitle();
        t.candidate = c;
        t.titleVersion = versions.findVersion(code, version).orElseThrow();
        t.obtainedOn = LocalDate.now().minusMonths(6);
        t.place = "Lille";
        t.recordedBy = "test";
        t.recordedAt = Instant.now();
        c.obtainedTitles.add(t);
    }

    /**
     * A person already registered as a candidate (by a centre) with this identity: what a VAE recevabilité of the
     * same birth name, first name, birth date and place matches (identity key). Returns the candidate's id.
     */
    @Transactional
    public long registeredPerson(String birthName, String firstNames, LocalDate birthDate, String birthCommune,
                                 String birthDepartment, Pathway pathway, String titleCode) {
        Candidate c = new Candidate();
        c.reference = "T4-" + unique().toUpperCase();
        c.identity.birthName = birthName;
        c.identity.firstNames = firstNames;
        c.identity.sex = Sex.F;
        c.identity.birthDate = birthDate;
        c.identity.birthCommune = birthCommune;
        c.identity.birthDepartment = birthDepartment;
        c.identity.nationality = "française";
        c.pathway = pathway;
        c.trainingTitleCode = titleCode;
        c.createdAt = Instant.now();
        c.refreshIdentityKey();
        em.persist(c);
        return c.id;
    }

    /** The centre starts following the candidate (CandidateFollow). */
    @Transactional
    public void follow(long candidateId, long centreId) {
        em.persist(CandidateFollow.of(em.find(Candidate.class, candidateId), em.find(Centre.class, centreId)));
    }

    /** The centre follows the candidate, unless it already does. */
    @Transactional
    public void followIfNot(long candidateId, long centreId) {
        if (em.find(CandidateFollow.class, new CandidateFollow.Key(candidateId, centreId)) == null) {
            follow(candidateId, centreId);
        }
    }

    /** A juror of the registry habilitated for {@code titleCode} from {@code from} to {@code until}. */
    @Transactional
    public long juror(String username, int years, String titleCode, LocalDate from, LocalDate until) {
        Juror j = new Juror();
        j.username = username;
        j.lastName = "Juré" + unique();
        j.firstName = "Camille";
        j.profession = "Technicienne réseaux";
        j.employer = "Réseaux du Nord";
        j.email = username + "@jury.test";
        j.phone = "06 12 34 56 78";
        j.yearsOfExperience = years;
        j.createdAt = Instant.now();
        if (titleCode != null) {
            JurorHabilitation h = new JurorHabilitation();
            h.juror = j;
            h.titleCode = titleCode;
            h.validFrom = from;
            h.validUntil = until;
            h.grantedAt = Instant.now();
            h.grantedBy = "test";
            j.habilitations.add(h);
        }
        em.persist(j);
        return j.id;
    }

    /** A juror habilitated for TRI from a year ago to two years ahead, with 10 years of experience. */
    public long triJuror() {
        return juror("t4-jury-" + unique(), 10, TRI, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
    }

    /**
     * A TRI session written directly (the API refuses past dates), in the given state, with the candidate
     * enrolled and, when given, their outcome: the history the resit limit reads.
     */
    @Transactional
    public long pastSession(long centreId, SessionType type, LocalDate start, SessionStatus status,
                            Long candidateId, Outcome outcome) {
        Centre centre = em.find(Centre.class, centreId);
        TitleVersion tri = versions.findVersion(TRI, "05").orElseThrow();
        CentreApproval approval = centre.approvals.stream().filter(a -> a.titleCode.equals(TRI)).findFirst()
                .orElseGet(() -> addApproval(centre, TRI, start.minusYears(1), start.plusYears(1)));
        ExamSession s = new ExamSession();
        s.titleVersion = tri;
        s.type = type;
        if (type == SessionType.CCP) {
            s.ccpNumbers.add(1);
        }
        s.centre = centre;
        s.approval = approval;
        s.siteLabel = approval.siteLabel();
        s.startDate = start;
        s.endDate = start.plusDays(1);
        s.capacity = 10;
        s.managerName = "Responsable test";
        s.status = status;
        s.createdAt = Instant.now();
        s.createdBy = "test";
        em.persist(s);
        if (candidateId != null) {
            Enrolment e = new Enrolment();
            e.session = s;
            e.candidate = em.find(Candidate.class, candidateId);
            e.status = EnrolmentStatus.ENROLLED;
            e.ccpNumbers.addAll(s.assessedCcpNumbers());
            e.finalInterview = type == SessionType.TITLE;
            e.outcome = outcome;
            e.enrolledAt = Instant.now();
            e.enrolledBy = "test";
            em.persist(e);
        }
        return s.id;
    }

    /** The staff of a centre, as the services see them. */
    public Viewer staff(String username) {
        return new Viewer(username, Viewer.Kind.CENTRE, centreOfStaff(username), null, null);
    }

    public static Viewer admin() {
        return new Viewer("t4-admin", Viewer.Kind.ADMIN, null, null, null);
    }

    /** A TRI session planned through the service by the centre of {@code staff}, in DRAFT. */
    public long plannedSession(String staff, SessionType type, LocalDate start, LocalDate end, int capacity,
                               Integer... ccps) {
        return sessions.create(new SessionCommands.NewSession(TRI, null, type, Set.of(ccps), null, start, end, capacity,
                "Responsable " + staff, "responsable@centre.test", null, null), staff(staff));
    }

    /** A session titre TRI of the centre of {@code staff}, from {@code start} for two days, 10 places. */
    public long plannedSession(String staff, LocalDate start) {
        return plannedSession(staff, SessionType.TITLE, start, start.plusDays(1), 10);
    }

    public long enrol(long sessionId, long candidateId) {
        return enrolments.enrol(sessionId, new SessionCommands.NewEnrolment(candidateId, null), admin());
    }

    public void assign(long sessionId, long jurorId) {
        jury.assign(sessionId, jurorId, admin());
    }

    /** A link of a juror with a candidate, declared through the service by the administration. */
    public long conflict(long sessionId, long jurorId, long candidateId, String note) {
        return jury.declareConflict(sessionId, new SessionCommands.NewConflict(jurorId, candidateId,
                fr.titrepro.session.jury.ConflictKind.TRAINER, note), admin());
    }

    /** Imports a title version (YAML of the référentiel format) as the administration would. */
    public void importTitle(String yaml) {
        referential.importFile(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /** A title code no other test uses (TP-4xxxx). */
    public static String uniqueTitleCode() {
        return "TP-4" + String.format("%04d", SEQUENCE.incrementAndGet() % 10_000);
    }

    /** The candidate's data was erased (RGPD). */
    @Transactional
    public void erase(long candidateId) {
        em.find(Candidate.class, candidateId).erasedAt = Instant.now();
    }

    /** Seats a juror directly (no rule checked): to build overlaps the API would refuse. */
    @Transactional
    public void seat(long sessionId, long jurorId) {
        JuryMember m = new JuryMember();
        m.session = em.find(ExamSession.class, sessionId);
        m.juror = em.find(Juror.class, jurorId);
        m.assignedAt = Instant.now();
        m.assignedBy = "test";
        em.persist(m);
    }

    /** Forces a state, as the later issues (scoring, deliberation) will reach it. */
    @Transactional
    public void forceStatus(long sessionId, SessionStatus status) {
        em.find(ExamSession.class, sessionId).status = status;
    }

    /** Moves a session's dates directly (the API refuses past dates). */
    @Transactional
    public void moveDates(long sessionId, LocalDate start, LocalDate end) {
        ExamSession s = em.find(ExamSession.class, sessionId);
        s.startDate = start;
        s.endDate = end;
    }

    @Transactional
    public void setJurorExperience(long jurorId, int years) {
        em.find(Juror.class, jurorId).yearsOfExperience = years;
    }

    @Transactional
    long persistCandidate(CandidateBuilder b) {
        Candidate c = new Candidate();
        c.reference = "T4-" + unique().toUpperCase();
        c.identity.birthName = b.birthName;
        c.identity.firstNames = b.firstNames;
        c.identity.sex = Sex.F;
        c.identity.birthDate = LocalDate.of(1995, 4, 12);
        c.identity.birthCommune = "Lille";
        c.identity.birthDepartment = "59";
        c.identity.nationality = "française";
        c.pathway = b.pathway;
        c.trainingTitleCode = b.trainingTitleCode;
        c.trainingStart = b.trainingStart;
        c.trainedCcpNumbers.addAll(b.trainedCcps);
        c.vaeDecisionDate = b.vaeDecisionDate;
        c.vaeDecisionReference = b.vaeDecisionDate == null ? null : "REC-" + unique();
        c.extraTimePercent = b.extraTimePercent;
        c.assistance = b.assistance;
        c.username = b.username;
        c.createdAt = Instant.now();
        c.refreshIdentityKey();
        em.persist(c);
        for (Long centreId : b.followedBy) {
            em.persist(CandidateFollow.of(c, em.find(Centre.class, centreId)));
        }
        return c.id;
    }

    private Centre newCentre(String name) {
        Centre centre = new Centre();
        centre.name = name;
        centre.siret = String.valueOf(10_000_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999_999L));
        centre.addressLine = "12 rue des Tests";
        centre.postalCode = "59000";
        centre.city = "Lille";
        centre.createdAt = Instant.now();
        em.persist(centre);
        return centre;
    }

    private CentreApproval addApproval(Centre centre, String titleCode, LocalDate from, LocalDate until) {
        CentreApproval a = new CentreApproval();
        a.centre = centre;
        a.titleCode = titleCode;
        a.siteName = "Plateau technique réseaux";
        a.siteAddressLine = "3 avenue du Réseau";
        a.sitePostalCode = "59650";
        a.siteCity = "Villeneuve-d'Ascq";
        a.validFrom = from;
        a.validUntil = until;
        a.createdAt = Instant.now();
        centre.approvals.add(a);
        em.persist(a);
        return a;
    }

    /** A candidate to create: TRI trainee by default, with a unique name. */
    public static final class CandidateBuilder {
        private final SessionFixtures fixtures;
        String birthName = "Martin" + unique();
        String firstNames = "Lucie";
        Pathway pathway = Pathway.TRAINING;
        String trainingTitleCode = TRI;
        LocalDate trainingStart;
        Set<Integer> trainedCcps = Set.of();
        LocalDate vaeDecisionDate;
        Integer extraTimePercent;
        String assistance;
        String username;
        List<Long> followedBy = List.of();

        CandidateBuilder(SessionFixtures fixtures) {
            this.fixtures = fixtures;
        }

        public CandidateBuilder named(String birthName, String firstNames) {
            this.birthName = birthName;
            this.firstNames = firstNames;
            return this;
        }

        public CandidateBuilder pathway(Pathway pathway) {
            this.pathway = pathway;
            if (pathway != Pathway.TRAINING) {
                trainingTitleCode = null;
            }
            return this;
        }

        public CandidateBuilder training(String titleCode, Integer... ccps) {
            this.pathway = Pathway.TRAINING;
            this.trainingTitleCode = titleCode;
            this.trainedCcps = Set.of(ccps);
            return this;
        }

        public CandidateBuilder trainingStart(LocalDate start) {
            this.trainingStart = start;
            return this;
        }

        public CandidateBuilder vae(LocalDate decisionDate) {
            this.pathway = Pathway.VAE;
            this.trainingTitleCode = null;
            this.vaeDecisionDate = decisionDate;
            return this;
        }

        public CandidateBuilder extraTime(int percent, String assistance) {
            this.extraTimePercent = percent;
            this.assistance = assistance;
            return this;
        }

        public CandidateBuilder username(String username) {
            this.username = username;
            return this;
        }

        public CandidateBuilder followedBy(Long... centreIds) {
            this.followedBy = List.of(centreIds);
            return this;
        }

        public long create() {
            return fixtures.persistCandidate(this);
        }
    }
}
