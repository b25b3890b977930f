package fr.titrepro.bench;

import fr.titrepro.deliberation.Attendance;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.FinalInterview;
import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.scoring.GridCompositionPolicy.PartSpec;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.audit.LinkHash;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One planned session and all that hangs on it: its CCPs, its transitions, its jury, its enrolments; once held, the
 * jurors' grids (recent sessions), the deliberation of each candidate (hash-chained as the application chains it),
 * the CCPs held and titles obtained, the livrets, parchemins and the PV.
 */
final class NationalSessions {

    private static final List<String> PATH = List.of("DRAFT", "SCHEDULED", "IN_PROGRESS", "DELIBERATION", "CLOSED",
            "VALIDATED");

    private final NationalTables t;
    private final NationalPeople people;
    private final NationalReferential referential;
    private final NationalPlan plan;
    private final NationalGrids grids;
    private final NationalDocuments documents;
    private final Random random;
    private final Map<Long, BitSet> held = new HashMap<>();
    private final long sessionBase;
    private long transition;
    private long jury;
    private long enrolment;
    private long deliberation;
    private long heldId;
    private long obtainedId;

    NationalSessions(NationalTables t, NationalPeople people, NationalReferential referential, NationalPlan plan,
                     NationalGrids grids, NationalDocuments documents, Random random) {
        this.t = t;
        this.people = people;
        this.referential = referential;
        this.plan = plan;
        this.grids = grids;
        this.documents = documents;
        this.random = random;
        this.sessionBase = t.base("exam_session");
        this.transition = t.base("session_transition");
        this.jury = t.base("jury_member");
        this.enrolment = t.base("enrolment");
        this.deliberation = t.base("candidate_deliberation");
        this.heldId = t.base("held_ccp");
        this.obtainedId = t.base("obtained_title");
    }

    void write(int index, NationalPlan.Session s) throws SQLException {
        long id = sessionBase + index;
        NationalReferential.Title title = referential.titles().get(s.title());
        String staff = people.staffLogin(s.centre());
        FrenchNames.Town town = people.town(s.centre());
        String place = town.name();
        LocalDateTime created = s.start().minusDays(60).atTime(9, 30);
        t.session.row(id, title.versionId(), s.titleSession() ? "TITLE" : "CCP", people.centreId(s.centre()),
                people.approvalId(s.centre(), s.title()), people.centreName(s.centre()) + " – Site principal, " + place,
                s.start(), s.end(), Math.max(s.size(), 12), "Responsable " + (s.centre() + 1), null, s.status().name(),
                created, staff, 1);
        if (!s.titleSession()) {
            t.sessionCcp.row(id, s.ccpNumber());
        }
        transitions(id, s, created, staff);
        long[] jurors = new long[s.jurors()];
        String[] logins = new String[s.jurors()];
        for (int j = 0; j < jurors.length; j++) {
            int pick;
            do {
                pick = random.nextInt(plan.targets.jurors());
            } while (contains(jurors, people.jurorBase + pick, j));
            jurors[j] = people.jurorBase + pick;
            logins[j] = people.jurorLogin(pick);
            t.jury.row(jury++, id, jurors[j], created.plusDays(1), staff);
        }
        List<Integer> ccps = s.titleSession() ? title.ccpNumbers() : List.of(s.ccpNumber());
        int[] candidates = people.enrol(s.centre(), s.size(), s.start(), title.code());
        boolean held = s.status() == NationalPlan.Status.VALIDATED;
        LocalDateTime decided = s.end().atTime(17, 0);
        long creationRev = s.withGrids() ? grids.creation(s.start().atTime(8, 0), staff) : 0;
        String head = LinkHash.GENESIS;
        for (int ordinal : candidates) {
            long candidateId = people.candidateId(ordinal);
            long enrolmentId = enrolment++;
            boolean strong = random.nextDouble() < 0.8;
            Map<Integer, Boolean> decisions = new HashMap<>();
            for (int n : ccps) {
                decisions.put(n, random.nextDouble() < (strong ? 0.95 : 0.4));
            }
            if (s.withGrids()) {
                boolean training = people.training.get(ordinal);
                for (int j = 0; j < jurors.length; j++) {
                    for (int n : ccps) {
                        PartSpec part = (training ? title.trainingParts() : title.otherParts()).get(n);
                        boolean acquired = grids.write(id, enrolmentId, candidateId, jurors[j], logins[j], part, strong,
                                creationRev, s.start().atTime(8, 0), s.start().atTime(10 + j, 15 + n));
                        if (j == 0) {
                            decisions.put(n, acquired);
                        }
                    }
                }
            }
            Outcome outcome = null;
            if (held) {
                CandidateDeliberation d = deliberate(id, enrolmentId, candidateId, ordinal, s, title, decisions,
                        decided, logins[0]);
                d.previousHash = head;
                d.hash = DeliberationChain.hash(head, d);
                head = d.hash;
                outcome = d.outcome;
                t.deliberation.row(deliberation++, id, enrolmentId, candidateId, 1, true, d.attendance.name(),
                        d.finalInterview == null ? null : d.finalInterview.name(), d.ccpDecisions, d.acquiredNow,
                        d.heldAfter, d.computedOutcome.name(), d.outcome.name(), d.decidedBy, decided,
                        d.previousHash, d.hash);
                certify(id, ordinal, candidateId, title, d, s, place, decided);
            }
            t.enrolment.row(enrolmentId, id, candidateId, "ENROLLED", s.titleSession(),
                    outcome == null ? null : outcome.name(), outcome == null ? null : decided.plusDays(3),
                    created.plusDays(2 + random.nextInt(30)), staff, outcome == null ? 0 : 1);
            for (int n : ccps) {
                t.enrolmentCcp.row(enrolmentId, n);
            }
        }
        if (held) {
            LocalDateTime validated = decided.plusDays(3);
            t.pv.row(id, s.end(), 1, NationalDocuments.sha256(("PV " + id).getBytes()), decided.plusHours(1), validated,
                    "admin");
            documents.issue("PV", "PV/" + id, 1, null, people.centreName(s.centre()), title,
                    "Procès-verbal de session", s.end(), place, id, validated);
        }
    }

    private CandidateDeliberation deliberate(long sessionId, long enrolmentId, long candidateId, int ordinal,
                                             NationalPlan.Session s, NationalReferential.Title title,
                                             Map<Integer, Boolean> decisions, LocalDateTime decided, String juror) {
        CandidateDeliberation d = new CandidateDeliberation();
        d.sessionId = sessionId;
        d.enrolmentId = enrolmentId;
        d.candidateId = candidateId;
        d.version = 1;
        d.current = true;
        d.decidedBy = juror;
        d.decidedAt = decided.toInstant(ZoneOffset.UTC);
        TreeSet<Integer> before = new TreeSet<>();
        for (int n : title.ccpNumbers()) {
            if (held.computeIfAbsent(title.ccpIds().get(n), k -> new BitSet()).get(ordinal)) {
                before.add(n);
            }
        }
        TreeSet<Integer> acquired = new TreeSet<>();
        if (random.nextDouble() < 0.04) {
            d.attendance = Attendance.ABSENT;
            d.ccpDecisions = "";
            d.outcome = Outcome.ABSENT;
        } else {
            d.attendance = Attendance.PRESENT;
            decisions.forEach((n, ok) -> {
                if (ok && !before.contains(n)) {
                    acquired.add(n);
                }
            });
            d.ccpDecisions = new java.util.TreeMap<>(decisions).entrySet().stream()
                    .map(e -> e.getKey() + "=" + (e.getValue() ? "ACQUIRED" : "NOT_ACQUIRED"))
                    .collect(Collectors.joining(";"));
            TreeSet<Integer> after = new TreeSet<>(before);
            after.addAll(acquired);
            boolean all = after.containsAll(title.ccpNumbers());
            if (s.titleSession()) {
                d.finalInterview = random.nextDouble() < 0.96 ? FinalInterview.HELD_FAVOURABLY
                        : FinalInterview.HELD_UNFAVOURABLY;
            }
            d.outcome = s.titleSession() && all && d.finalInterview == FinalInterview.HELD_FAVOURABLY
                    ? Outcome.FULL_SUCCESS : acquired.isEmpty() ? Outcome.FAILURE : Outcome.PARTIAL_SUCCESS;
        }
        TreeSet<Integer> after = new TreeSet<>(before);
        after.addAll(acquired);
        d.acquiredNow = acquired.stream().map(String::valueOf).collect(Collectors.joining(","));
        d.heldAfter = after.stream().map(String::valueOf).collect(Collectors.joining(","));
        d.computedOutcome = d.outcome;
        return d;
    }

    private void certify(long sessionId, int ordinal, long candidateId, NationalReferential.Title title,
                         CandidateDeliberation d, NationalPlan.Session s, String place, LocalDateTime decided)
            throws SQLException {
        LocalDateTime recorded = decided.plusDays(3);
        List<Integer> acquired = d.acquiredNow.isEmpty() ? List.of()
                : java.util.Arrays.stream(d.acquiredNow.split(",")).map(Integer::parseInt).toList();
        for (int n : acquired) {
            long ccpId = title.ccpIds().get(n);
            held.get(ccpId).set(ordinal);
            t.held.row(heldId++, candidateId, ccpId, s.end(), place, sessionId, "admin", recorded);
        }
        String holder = people.names.get(ordinal);
        if (d.outcome == Outcome.FULL_SUCCESS) {
            people.titled.set(ordinal);
            t.obtained.row(obtainedId++, candidateId, title.versionId(), s.end(), place, sessionId, 1, "admin", recorded);
            documents.issue("PARCHEMIN", "PARCHEMIN/" + candidateId + "/" + title.code(), 1, candidateId, holder,
                    title, "Titre professionnel obtenu", s.end(), place, sessionId, recorded);
        }
        if (!acquired.isEmpty()) {
            int version = ++people.livretVersion[ordinal];
            documents.issue("LIVRET", "LIVRET/" + candidateId + "/" + title.code(), version, candidateId,
                    holder, title, d.outcome == Outcome.FULL_SUCCESS ? "Titre professionnel obtenu"
                            : "CCP obtenus : " + d.heldAfter, s.end(), place, sessionId, recorded);
            if (version > 1) {
                documents.supersede();
            }
        }
        if (d.outcome != Outcome.FULL_SUCCESS && random.nextDouble() < 0.6) {
            people.waitForResit(s.centre(), ordinal);
        }
    }

    private void transitions(long id, NationalPlan.Session s, LocalDateTime created, String actor) throws SQLException {
        List<String> path = switch (s.status()) {
            case DRAFT -> PATH.subList(0, 1);
            case SCHEDULED -> PATH.subList(0, 2);
            case DELIBERATION -> PATH.subList(0, 4);
            case VALIDATED -> PATH;
            case CANCELLED -> List.of("DRAFT", "SCHEDULED", "CANCELLED");
        };
        List<LocalDateTime> at = new ArrayList<>(List.of(created, created.plusDays(1), s.start().atTime(8, 0),
                s.end().atTime(16, 0), s.end().atTime(17, 0), s.end().plusDays(3).atTime(11, 0)));
        String from = null;
        for (int i = 0; i < path.size(); i++) {
            LocalDateTime when = s.status() == NationalPlan.Status.CANCELLED && i == 2 ? created.plusDays(20) : at.get(i);
            t.transition.row(transition++, id, from, path.get(i), when, i >= 4 ? "admin" : actor);
            from = path.get(i);
        }
    }

    private static boolean contains(long[] values, long value, int count) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
