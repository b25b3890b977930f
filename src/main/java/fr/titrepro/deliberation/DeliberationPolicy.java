package fr.titrepro.deliberation;

import fr.titrepro.deliberation.DeliberationCase.PriorCcp;
import fr.titrepro.deliberation.DeliberationCase.RevisionTable;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.deliberation.DeliberationCase.VersionRef;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the jury's decisions into a candidate's outcome (Arrêté du 22 décembre 2015, Arrêté du 21 juillet 2016):
 * <ul>
 *   <li>the title is obtained when every CCP of the title is held after the session (this session's plus those held
 *   before, through the correspondence tables of revisions) and the entretien final was held with a favourable
 *   opinion; the entretien final is due at a session titre and at the session of the last missing CCP;</li>
 *   <li>no compensation between CCPs: one CCP not acquired is a missing CCP, whatever the others;</li>
 *   <li>otherwise a partial success when at least one CCP of the title is held after the session (acquired now or
 *   before, capitalised), else a failure;</li>
 *   <li>absent, excused and fraud (recorded with a report) are outcomes of their own: nothing is acquired;</li>
 *   <li>a CCS is obtained only by a holder of the parent title.</li>
 * </ul>
 * Pure: no CDI, no I/O.
 */
public final class DeliberationPolicy {

    /** A jury override is written in the PV: a real sentence, not "ok". */
    public static final int MIN_OVERRIDE_REASON = 20;

    private DeliberationPolicy() {
    }

    /** The computed outcome; refuses (400, every error listed) a case whose data do not hold together. */
    public static DeliberationResult decide(DeliberationCase c) {
        List<FieldError> errors = check(c);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Les données de délibération sont incohérentes ; rien n'a été calculé.",
                    errors);
        }
        List<String> notes = new ArrayList<>();
        SortedSet<Integer> before = c.sessionKind() == SessionKind.CCS
                ? new TreeSet<>()
                : heldInVersion(c.title(), c.heldBefore(), notes);
        if (c.attendance() != Attendance.PRESENT) {
            Outcome outcome = c.attendance() == Attendance.ABSENT ? Outcome.ABSENT : Outcome.EXCUSED;
            return result(c, outcome, new TreeSet<>(), before, false, notes);
        }
        if (c.fraud() != null) {
            notes.add("Fraude consignée au procès-verbal : aucun CCP n'est acquis à cette session.");
            return result(c, Outcome.FRAUD, new TreeSet<>(), before, false, notes);
        }
        if (c.sessionKind() == SessionKind.CCS) {
            return ccs(c, notes);
        }
        SortedSet<Integer> acquired = c.ccpDecisions().entrySet().stream()
                .filter(e -> e.getValue() == CcpDecision.ACQUIRED)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        SortedSet<Integer> after = new TreeSet<>(before);
        after.addAll(acquired);
        boolean complete = after.containsAll(c.title().ccpNumbers());
        boolean due = finalInterviewDue(c.sessionKind(), complete);
        Outcome outcome;
        if (complete && c.finalInterview() == FinalInterview.HELD_FAVOURABLY) {
            outcome = Outcome.FULL_SUCCESS;
        } else {
            if (complete) {
                notes.add(c.finalInterview() == FinalInterview.HELD_UNFAVOURABLY
                        ? "Tous les CCP sont détenus, mais l'avis du jury à l'entretien final est défavorable : "
                        + "le titre n'est pas délivré."
                        : "Tous les CCP sont détenus, mais l'entretien final n'a pas eu lieu : le titre n'est pas "
                        + "délivré.");
            }
            outcome = after.isEmpty() ? Outcome.FAILURE : Outcome.PARTIAL_SUCCESS;
        }
        return result(c, outcome, acquired, after, due, notes);
    }

    /** Every inconsistency of the case, with a field path and a French message. */
    public static List<FieldError> check(DeliberationCase c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.title() == null || c.title().ccpNumbers().isEmpty()) {
            errors.add(new FieldError("title", "Le titre de la session et ses CCP sont nécessaires."));
            return errors;
        }
        if (c.sessionKind() == null) {
            errors.add(new FieldError("sessionKind", "Le type de session est obligatoire."));
        }
        if (c.attendance() == null) {
            errors.add(new FieldError("attendance", "La présence du candidat est obligatoire."));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        c.ccpDecisions().forEach((number, decision) -> {
            if (!c.title().ccpNumbers().contains(number)) {
                errors.add(new FieldError("ccpDecisions." + number, "Le titre " + c.title().version()
                        + " n'a pas de CCP n° " + number + "."));
            } else if (decision == null) {
                errors.add(new FieldError("ccpDecisions." + number, "Décision manquante pour le CCP " + number + "."));
            }
        });
        if (c.fraud() != null && (c.fraud().report() == null || c.fraud().report().isBlank())) {
            errors.add(new FieldError("fraud.report", "Une fraude se consigne avec son rapport écrit."));
        }
        if (c.attendance() != Attendance.PRESENT) {
            if (!c.ccpDecisions().isEmpty() || c.ccs() != null) {
                errors.add(new FieldError("ccpDecisions", "Un candidat absent n'a pas de décision de CCP ou de CCS."));
            }
            if (c.fraud() != null) {
                errors.add(new FieldError("fraud", "Une fraude ne peut être consignée que pour un candidat présent."));
            }
            return errors;
        }
        if (c.fraud() != null) {
            return errors;
        }
        switch (c.sessionKind()) {
            case TITLE -> {
                for (Integer n : new TreeSet<>(c.title().ccpNumbers())) {
                    if (!c.ccpDecisions().containsKey(n)) {
                        errors.add(new FieldError("ccpDecisions." + n, "Une session titre évalue tous les CCP : "
                                + "décision manquante pour le CCP " + n + "."));
                    }
                }
            }
            case CCP -> {
                if (c.ccpDecisions().isEmpty()) {
                    errors.add(new FieldError("ccpDecisions", "Une session CCP décide d'au moins un CCP."));
                }
            }
            case CCS -> {
                if (!c.ccpDecisions().isEmpty()) {
                    errors.add(new FieldError("ccpDecisions", "Une session CCS ne décide d'aucun CCP du titre."));
                }
                if (c.ccs() == null || c.ccs().decision() == null) {
                    errors.add(new FieldError("ccs.decision", "Décision manquante pour le CCS."));
                }
            }
        }
        if (errors.isEmpty() && c.sessionKind() != SessionKind.CCS && c.finalInterview() == null
                && finalInterviewDue(c.sessionKind(), completesTitle(c))) {
            errors.add(new FieldError("finalInterview", "L'entretien final est dû à cette session : indiquez s'il "
                    + "a eu lieu et l'avis du jury."));
        }
        return errors;
    }

    /**
     * Why the jury may not retain {@code chosen} instead of the computed outcome, or empty when it may. An override
     * is written with its reason in the PV; facts (absence, fraud) are corrected as facts, and an override never
     * compensates a CCP not acquired.
     */
    public static Optional<String> overrideRefusal(DeliberationResult computed, Outcome chosen, String reason) {
        if (chosen == null) {
            return Optional.of("Choisissez le résultat retenu par le jury.");
        }
        if (chosen == computed.outcome()) {
            return Optional.empty();
        }
        if (Outcome.FACTS.contains(computed.outcome()) || Outcome.FACTS.contains(chosen)) {
            return Optional.of("Absence, absence excusée et fraude sont des faits consignés au procès-verbal : "
                    + "corrigez la présence ou le rapport de fraude, pas le résultat.");
        }
        if (Outcome.CCS_RESULTS.contains(computed.outcome()) != Outcome.CCS_RESULTS.contains(chosen)) {
            return Optional.of(Outcome.CCS_RESULTS.contains(chosen)
                    ? "Le résultat « " + chosen.label() + " » est réservé aux sessions CCS."
                    : "Le résultat d'une session CCS est « CCS obtenu » ou « CCS non obtenu ».");
        }
        if (chosen == Outcome.FULL_SUCCESS && !computed.missing().isEmpty()) {
            return Optional.of("Pas de compensation entre CCP : le titre ne peut être délivré sans "
                    + ccpList(computed.missing()) + ". Modifiez, en la motivant, la décision du CCP plutôt que le "
                    + "résultat.");
        }
        if (chosen == Outcome.CCS_OBTAINED && computed.notes().contains(NO_PARENT_TITLE)) {
            return Optional.of(NO_PARENT_TITLE);
        }
        if (chosen == Outcome.PARTIAL_SUCCESS && computed.heldAfter().isEmpty()) {
            return Optional.of("Aucun CCP du titre n'est détenu, ni acquis à cette session ni auparavant : une "
                    + "réussite partielle ne peut être retenue.");
        }
        if (reason == null || reason.strip().length() < MIN_OVERRIDE_REASON) {
            return Optional.of("Le jury ne peut retenir « " + chosen.label() + " » au lieu de « "
                    + computed.outcome().label() + " » qu'avec un motif écrit (au moins " + MIN_OVERRIDE_REASON
                    + " caractères), porté au procès-verbal.");
        }
        return Optional.empty();
    }

    static final String NO_PARENT_TITLE = "Un CCS ne peut être délivré qu'au titulaire du titre auquel il se rattache.";

    private static DeliberationResult ccs(DeliberationCase c, List<String> notes) {
        if (!c.ccs().parentTitleHeld()) {
            notes.add(NO_PARENT_TITLE);
            return result(c, Outcome.CCS_NOT_OBTAINED, new TreeSet<>(), new TreeSet<>(), false, notes);
        }
        Outcome outcome = c.ccs().decision() == CcpDecision.ACQUIRED ? Outcome.CCS_OBTAINED : Outcome.CCS_NOT_OBTAINED;
        return result(c, outcome, new TreeSet<>(), new TreeSet<>(), false, notes);
    }

    private static boolean finalInterviewDue(SessionKind kind, boolean completesTitle) {
        return kind == SessionKind.TITLE || (kind == SessionKind.CCP && completesTitle);
    }

    private static boolean completesTitle(DeliberationCase c) {
        Set<Integer> after = new HashSet<>(heldInVersion(c.title(), c.heldBefore(), new ArrayList<>()));
        c.ccpDecisions().forEach((n, d) -> {
            if (d == CcpDecision.ACQUIRED) {
                after.add(n);
            }
        });
        return after.containsAll(c.title().ccpNumbers());
    }

    /**
     * The CCPs held before, numbered in the session's version: a CCP of an older version counts through the
     * correspondence table of each revision between its version and the session's (several revisions chain).
     */
    static SortedSet<Integer> heldInVersion(TitleRules title, List<PriorCcp> prior, List<String> notes) {
        SortedSet<Integer> held = new TreeSet<>();
        for (PriorCcp p : prior) {
            Set<Integer> numbers = correspondingCcps(title, p);
            if (numbers.isEmpty()) {
                notes.add("Le CCP " + p.ccpNumber() + " du titre " + p.version() + " n'a pas de correspondance dans "
                        + "le titre " + title.version() + " : il ne compte pas.");
                continue;
            }
            if (!p.version().equals(title.version())) {
                notes.add("Le CCP " + p.ccpNumber() + " du titre " + p.version() + " vaut " + ccpList(numbers)
                        + " du titre " + title.version() + " (table de correspondance).");
            }
            held.addAll(numbers);
        }
        return held;
    }

    /**
     * The CCPs of the session's version that a CCP held under {@code prior}'s version counts for: itself in the same
     * version, else through the correspondence table of each revision in between (several revisions chain); empty
     * when there is no path.
     */
    public static SortedSet<Integer> correspondingCcps(TitleRules title, PriorCcp prior) {
        Set<Integer> numbers = Set.of(prior.ccpNumber());
        VersionRef version = prior.version();
        Set<VersionRef> seen = new HashSet<>();
        while (!version.equals(title.version()) && !numbers.isEmpty() && seen.add(version)) {
            RevisionTable table = revisionFrom(title, version);
            if (table == null) {
                return new TreeSet<>();
            }
            Set<Integer> next = new TreeSet<>();
            for (Integer n : numbers) {
                next.addAll(table.correspondences().getOrDefault(n, Set.of()));
            }
            numbers = next;
            version = table.newVersion();
        }
        if (!version.equals(title.version())) {
            return new TreeSet<>();
        }
        return numbers.stream().filter(title.ccpNumbers()::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static RevisionTable revisionFrom(TitleRules title, VersionRef old) {
        return title.revisions().stream().filter(r -> r.oldVersion().equals(old)).findFirst().orElse(null);
    }

    private static DeliberationResult result(DeliberationCase c, Outcome outcome, SortedSet<Integer> acquired,
                                             SortedSet<Integer> after, boolean due, List<String> notes) {
        SortedSet<Integer> missing = new TreeSet<>(c.title().ccpNumbers());
        if (c.sessionKind() == SessionKind.CCS) {
            missing.clear();
        } else {
            missing.removeAll(after);
        }
        return new DeliberationResult(outcome, acquired, after, missing, due, notes);
    }

    private static String ccpList(Set<Integer> numbers) {
        List<String> parts = new TreeSet<>(numbers).stream().map(n -> "CCP " + n).toList();
        if (parts.size() == 1) {
            return "le " + parts.getFirst();
        }
        return "les " + String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.getLast();
    }
}
