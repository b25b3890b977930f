package fr.titrepro.session.jury;

import fr.titrepro.referential.regulation.Regulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may sit on a session's jury (Arrêté du 21 juillet 2016, règlement général des sessions d'examen; DOMAIN
 * "Centres, jurors"): at least the regulation's minimum of jurors (2), each with its minimum years of experience in
 * the trade (3), habilitated for the title on every day of the session, not sitting on another session at the same
 * time; a juror who declared a link with a candidate takes no part in that candidate's evaluation, and every
 * candidate keeps the minimum of jurors. The figures are the regulation's, dated data
 * ({@code regulation/certification-rules.yaml}), passed in with the session. Pure and table-tested.
 */
public final class JuryCompositionPolicy {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Stable rule codes. */
    public static final String JURY_SIZE = "jury-effectif";
    public static final String HABILITATION = "habilitation";
    public static final String EXPERIENCE = "experience";
    public static final String OVERLAP = "chevauchement";
    public static final String CONFLICTS = "conflit-interets";

    /**
     * @param minimumJurors            the regulation's minimum of jurors (Regulation.jury().minimumMembers())
     * @param minimumYearsOfExperience the regulation's minimum experience of a juror in the trade
     */
    public record Session(String titleCode, LocalDate start, LocalDate end, int minimumJurors,
                          int minimumYearsOfExperience) {

        /** The session under the jury rules in force on its first day. */
        public static Session under(Regulation.Jury rules, String titleCode, LocalDate start, LocalDate end) {
            return new Session(titleCode, start, end, rules.minimumMembers(), rules.jurorMinimumExperienceYears());
        }
    }

    public record Habilitation(String titleCode, LocalDate validFrom, LocalDate validUntil) {
    }

    /** Another session the juror sits on (cancelled ones excluded by the caller). */
    public record OtherSession(long id, String label, LocalDate start, LocalDate end) {
    }

    public record Juror(long id, String name, int yearsOfExperience, List<Habilitation> habilitations,
                        List<OtherSession> otherSessions) {
    }

    public record Candidate(long id, String name) {
    }

    public record Conflict(long jurorId, long candidateId, String kindLabel) {
    }

    public record Violation(String rule, String message) {
    }

    /**
     * A candidate of a started session left by declared conflicts with fewer jurors without conflict than the
     * minimum: no decision about them until a juror is added.
     */
    public record IncompleteJury(long candidateId, String candidateName, int jurorsWithoutConflict, int minimum,
                                 String message) {
    }

    /** What the quorum's refusal says the decisions about a candidate are. */
    static final String EVERY_DECISION = "toute décision le concernant (réconciliation des grilles, délibération, "
            + "recours)";

    private JuryCompositionPolicy() {
    }

    /** The whole composition, as required to start the session: every reason, in French. */
    public static List<Violation> check(Session session, List<Juror> jurors, List<Candidate> candidates,
                                        List<Conflict> conflicts) {
        List<Violation> violations = new ArrayList<>();
        if (jurors.size() < session.minimumJurors()) {
            violations.add(new Violation(JURY_SIZE, "Le jury compte " + jurors.size() + " membre"
                    + (jurors.size() > 1 ? "s" : "") + " : il en faut au moins " + session.minimumJurors() + "."));
        }
        for (Juror juror : jurors) {
            violations.addAll(checkJuror(session, juror));
        }
        for (Candidate candidate : candidates) {
            List<Conflict> own = conflicts.stream()
                    .filter(c -> c.candidateId() == candidate.id())
                    .filter(c -> jurors.stream().anyMatch(j -> j.id() == c.jurorId()))
                    .toList();
            long free = jurors.stream().filter(j -> own.stream().noneMatch(c -> c.jurorId() == j.id())).count();
            if (!own.isEmpty() && free < session.minimumJurors()) {
                String who = own.stream().map(c -> nameOf(jurors, c.jurorId()) + " (" + c.kindLabel() + ")")
                        .collect(Collectors.joining(", "));
                violations.add(new Violation(CONFLICTS, "Pour " + candidate.name() + ", il ne reste que " + free
                        + " juré" + (free > 1 ? "s" : "") + " sans conflit d'intérêts (lien déclaré : " + who
                        + ") : il en faut au moins " + session.minimumJurors() + "."));
            }
        }
        return violations;
    }

    /**
     * The candidates whose jurors without a declared link are fewer than the minimum (DOMAIN "Centres, jurors": the
     * jury must still have two members for that candidate at every decision; Arrêté du 21 juillet 2016), each with
     * the warning the session page shows: « Jury incomplet pour X : un juré doit être ajouté » and the rule.
     */
    public static List<IncompleteJury> incompleteJuries(Session session, List<Long> jurorIds,
                                                        List<Candidate> candidates, List<Conflict> conflicts) {
        List<IncompleteJury> incomplete = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int free = (int) jurorIds.stream().filter(j -> conflicts.stream().noneMatch(c -> c.jurorId() == j
                    && c.candidateId() == candidate.id())).count();
            JuryQuorum.refusal(candidate.name(), free, session.minimumJurors(), EVERY_DECISION).ifPresent(rule ->
                    incomplete.add(new IncompleteJury(candidate.id(), candidate.name(), free,
                            session.minimumJurors(), "Jury incomplet pour " + candidate.name()
                            + " : un juré doit être ajouté. " + rule)));
        }
        return incomplete;
    }

    /** What makes one juror unfit for the session, checked when they are assigned and again at the start. */
    public static List<Violation> checkJuror(Session session, Juror juror) {
        List<Violation> violations = new ArrayList<>();
        if (juror.yearsOfExperience() < session.minimumYearsOfExperience()) {
            violations.add(new Violation(EXPERIENCE, juror.name() + " justifie de " + juror.yearsOfExperience()
                    + " an" + (juror.yearsOfExperience() > 1 ? "s" : "") + " d'expérience dans le métier : il en faut "
                    + "au moins " + session.minimumYearsOfExperience() + "."));
        }
        LocalDate uncovered = firstUncoveredDay(session, juror.habilitations());
        if (uncovered != null) {
            violations.add(new Violation(HABILITATION, juror.name() + " n'est pas habilité(e) pour le titre "
                    + session.titleCode() + " le " + DAY.format(uncovered) + " : l'habilitation doit couvrir chaque "
                    + "jour de la session (" + period(session.start(), session.end()) + ")."));
        }
        for (OtherSession other : juror.otherSessions()) {
            if (!other.start().isAfter(session.end()) && !other.end().isBefore(session.start())) {
                violations.add(new Violation(OVERLAP, juror.name() + " siège déjà à la " + other.label()
                        + ", dont les dates chevauchent celles de cette session."));
            }
        }
        return violations;
    }

    /** The first day of the session no habilitation for its title covers, or null. */
    static LocalDate firstUncoveredDay(Session session, List<Habilitation> habilitations) {
        for (LocalDate day = session.start(); !day.isAfter(session.end()); day = day.plusDays(1)) {
            LocalDate d = day;
            boolean covered = habilitations.stream().anyMatch(h -> h.titleCode().equals(session.titleCode())
                    && !d.isBefore(h.validFrom()) && !d.isAfter(h.validUntil()));
            if (!covered) {
                return day;
            }
        }
        return null;
    }

    private static String nameOf(List<Juror> jurors, long id) {
        return jurors.stream().filter(j -> j.id() == id).map(Juror::name).findFirst().orElse("?");
    }

    static String period(LocalDate start, LocalDate end) {
        return start.equals(end) ? "le " + DAY.format(start) : "du " + DAY.format(start) + " au " + DAY.format(end);
    }
}
