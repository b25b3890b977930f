package fr.titrepro.deliberation;

import fr.titrepro.deliberation.DeliberationCase.PriorCcp;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.deliberation.DeliberationCase.VersionRef;
import fr.titrepro.referential.Correspondences;
import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the jury's decisions into a candidate's outcome. Two levels of decision (fiche TP-00496 § 1–3, DOMAIN
 * "Sessions and evaluation"):
 * <ul>
 *   <li>per CCP, the decisions agreed from the épreuves in the reconciliation of the grids (input of this policy);</li>
 *   <li>the title: « le jury, au vu des éléments spécifiques à chaque parcours, décide ou non de l'attribution du
 *   titre. En cas de non obtention du titre, le jury peut attribuer un ou plusieurs CCP ». The title is obtained only
 *   when every CCP of the title is held after the session (this session's, and those held before under the official
 *   correspondence tables) and the entretien final was held (« Afin d'attribuer le titre, un entretien final se
 *   déroule en fin de session du dernier CCP, et au vu du livret de certification »). The entretien final never
 *   changes a CCP decision. It is due at a session titre, at the session of the last missing CCP, at a CCS session
 *   (fiche, CCS) and for a candidate enrolled for the entretien final alone;</li>
 *   <li>no compensation between CCPs; a partial success when at least one CCP of the title is held after the session,
 *   else a failure; absent, excused and fraud are facts: nothing is acquired;</li>
 *   <li>a CCS is obtained only by a holder of the parent title (a recorded fact), with its entretien final held.</li>
 * </ul>
 * Pure: no CDI, no I/O.
 */
public final class DeliberationPolicy {

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
        SortedSet<Integer> before = c.sessionKind() == SessionType.CCS
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
        if (c.sessionKind() == SessionType.CCS) {
            return ccs(c, notes);
        }
        SortedSet<Integer> acquired = c.ccpDecisions().entrySet().stream()
                .filter(e -> e.getValue() == Verdict.ACQUIRED)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        SortedSet<Integer> after = new TreeSet<>(before);
        after.addAll(acquired);
        boolean complete = after.containsAll(c.title().ccpNumbers());
        boolean due = finalInterviewDue(c, complete);
        Outcome outcome;
        if (complete && c.finalInterview() == FinalInterview.HELD_FAVOURABLY) {
            outcome = Outcome.FULL_SUCCESS;
        } else {
            if (complete) {
                notes.add(c.finalInterview() == FinalInterview.HELD_UNFAVOURABLY
                        ? "Tous les CCP sont détenus, mais le jury n'attribue pas le titre à l'issue de l'entretien "
                        + "final : les CCP sont conservés, le titre pourra être obtenu lors d'un nouvel entretien final."
                        : "Tous les CCP sont détenus, mais l'entretien final n'a pas eu lieu : pas de titre sans "
                        + "entretien final.");
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
        decisionErrors(c, errors);
        if (errors.isEmpty() && c.finalInterview() == null && finalInterviewDue(c, completesTitle(c))) {
            errors.add(new FieldError("finalInterview", "L'entretien final est dû à cette session : indiquez s'il "
                    + "a eu lieu et la décision du jury."));
        }
        return errors;
    }

    static final String NO_PARENT_TITLE = "Un CCS ne peut être délivré qu'au titulaire du titre auquel il se rattache.";

    static final String NO_FINAL_INTERVIEW = "Pas de titre sans entretien final : le jury n'attribue le titre (ou le "
            + "CCS) qu'à l'issue de l'entretien final tenu avec le candidat, au vu de son livret de certification.";

    /** What the session kind (or the entretien final alone) asks of a present candidate's decisions. */
    private static void decisionErrors(DeliberationCase c, List<FieldError> errors) {
        if (c.finalInterviewOnly()) {
            if (!c.ccpDecisions().isEmpty() || c.sessionKind() == SessionType.CCS) {
                errors.add(new FieldError("ccpDecisions", "Un candidat inscrit pour l'entretien final seul ne présente "
                        + "aucun CCP à cette session."));
            } else if (!heldInVersion(c.title(), c.heldBefore(), new ArrayList<>())
                    .containsAll(c.title().ccpNumbers())) {
                errors.add(new FieldError("ccpDecisions", "L'entretien final seul est réservé au candidat qui détient "
                        + "déjà tous les CCP du titre."));
            }
            return;
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
    }

    private static DeliberationResult ccs(DeliberationCase c, List<String> notes) {
        if (!c.ccs().parentTitleHeld()) {
            notes.add(NO_PARENT_TITLE);
            return result(c, Outcome.CCS_NOT_OBTAINED, new TreeSet<>(), new TreeSet<>(), true, notes);
        }
        Outcome outcome = Outcome.CCS_NOT_OBTAINED;
        if (c.ccs().decision() == Verdict.ACQUIRED) {
            if (c.finalInterview() == FinalInterview.HELD_FAVOURABLY) {
                outcome = Outcome.CCS_OBTAINED;
            } else {
                notes.add(c.finalInterview() == FinalInterview.HELD_UNFAVOURABLY
                        ? "Le jury n'attribue pas le CCS à l'issue de l'entretien final."
                        : "L'entretien final n'a pas eu lieu : le CCS n'est pas délivré.");
            }
        }
        return result(c, outcome, new TreeSet<>(), new TreeSet<>(), true, notes);
    }

    /**
     * At a session titre, at the session of the last missing CCP, at a CCS session, and for a candidate enrolled for
     * the entretien final alone.
     */
    private static boolean finalInterviewDue(DeliberationCase c, boolean completesTitle) {
        return c.finalInterviewOnly() || c.sessionKind() == SessionType.TITLE || c.sessionKind() == SessionType.CCS
                || (c.sessionKind() == SessionType.CCP && completesTitle);
    }

    private static boolean completesTitle(DeliberationCase c) {
        Set<Integer> after = new TreeSet<>(heldInVersion(c.title(), c.heldBefore(), new ArrayList<>()));
        c.ccpDecisions().forEach((n, d) -> {
            if (d == Verdict.ACQUIRED) {
                after.add(n);
            }
        });
        return after.containsAll(c.title().ccpNumbers());
    }

    /**
     * The CCPs held before, numbered in the session's version: a CCP of an older version counts through the official
     * correspondence table of each revision between its version and the session's ({@link Correspondences}).
     */
    static SortedSet<Integer> heldInVersion(TitleRules title, List<PriorCcp> prior, List<String> notes) {
        SortedMap<Integer, Set<Correspondences.Held<VersionRef>>> credited = credited(title, prior);
        for (PriorCcp p : prior) {
            boolean counts = credited.values().stream()
                    .anyMatch(sources -> sources.contains(new Correspondences.Held<>(p.version(), p.ccpNumber())));
            if (!counts) {
                notes.add("Le CCP " + p.ccpNumber() + " du titre " + p.version() + " n'a pas de correspondance "
                        + "officielle dans le titre " + title.version() + " : il ne compte pas.");
            }
        }
        credited.forEach((n, sources) -> {
            List<Correspondences.Held<VersionRef>> older = sources.stream()
                    .filter(h -> !h.version().equals(title.version())).toList();
            boolean direct = sources.stream().anyMatch(h -> h.version().equals(title.version()));
            if (!direct && !older.isEmpty()) {
                VersionRef from = older.getFirst().version();
                notes.add(capitalize(Correspondences.ccpList(older.stream().map(Correspondences.Held::number)
                        .toList())) + " du titre " + from + (older.size() > 1 ? " valent" : " vaut") + " le CCP " + n
                        + " du titre " + title.version() + " (table de correspondance officielle).");
            }
        });
        return new TreeSet<>(credited.keySet());
    }

    /** The CCPs of the session's version credited to a holder of {@code prior}, with the CCPs that justify each. */
    public static SortedMap<Integer, Set<Correspondences.Held<VersionRef>>> credited(TitleRules title,
                                                                                  List<PriorCcp> prior) {
        SortedMap<Integer, Set<Correspondences.Held<VersionRef>>> all = Correspondences.credited(title.version(),
                prior.stream().map(p -> new Correspondences.Held<>(p.version(), p.ccpNumber())).toList(),
                title.revisions().stream().map(r -> new Correspondences.Step<>(r.oldVersion(), r.newVersion(),
                        r.lines())).toList());
        all.keySet().retainAll(title.ccpNumbers());
        return all;
    }

    /**
     * The CCPs of the session's version that a CCP held under {@code prior}'s version counts for on its own (one-to-one
     * and one-to-many lines); empty when there is no official path.
     */
    public static SortedSet<Integer> correspondingCcps(TitleRules title, PriorCcp prior) {
        return new TreeSet<>(credited(title, List.of(prior)).keySet());
    }

    private static DeliberationResult result(DeliberationCase c, Outcome outcome, SortedSet<Integer> acquired,
                                             SortedSet<Integer> after, boolean due, List<String> notes) {
        SortedSet<Integer> missing = new TreeSet<>(c.title().ccpNumbers());
        if (c.sessionKind() == SessionType.CCS) {
            missing.clear();
        } else {
            missing.removeAll(after);
        }
        return new DeliberationResult(outcome, acquired, after, missing, due, c.finalInterview(), notes);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
