package fr.titrepro.deliberation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deliberation requests and forms parsed once into {@link DeliberationCommands}, at the {@code api/} and
 * {@code web/} edges: every unknown value or over-long text is refused at once (400), each on its field, in French.
 */
public final class DeliberationInput {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;

    private DeliberationInput() {
    }

    public static DeliberationCommands.Decision decision(String attendance, String finalInterview, String fraudReport,
                                                         String outcome, String overrideReason) {
        List<FieldError> errors = new ArrayList<>();
        Attendance a = parse(Attendance.class, attendance, "attendance", "PRESENT, ABSENT ou EXCUSED", errors);
        if (a == null && blank(attendance)) {
            errors.add(new FieldError("attendance", "Indiquez si le candidat était présent, absent ou absent excusé."));
        }
        DeliberationCommands.Decision d = new DeliberationCommands.Decision(a,
                parse(FinalInterview.class, finalInterview, "finalInterview",
                        "HELD_FAVOURABLY, HELD_UNFAVOURABLY ou NOT_HELD", errors),
                text(fraudReport, "fraudReport", MAX_TEXT, errors),
                parse(Outcome.class, outcome, "outcome", "un résultat de la liste", errors),
                text(overrideReason, "overrideReason", MAX_REASON, errors));
        refuse("La délibération n'est pas enregistrée", errors);
        return d;
    }

    /** @param ccpDecisions by CCP number ("1" → "ACQUIRED"), "CCS" for the CCS */
    public static DeliberationCommands.Redeliberation redeliberation(Map<String, String> ccpDecisions,
                                                                     String attendance, String finalInterview,
                                                                     String fraudReport, String outcome,
                                                                     String overrideReason, String reason) {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, Verdict> ccps = new TreeMap<>();
        Verdict ccs = null;
        if (ccpDecisions != null) {
            for (var entry : ccpDecisions.entrySet()) {
                String field = "ccpDecisions." + entry.getKey();
                Verdict decision = parse(Verdict.class, entry.getValue(), field, "ACQUIRED ou NOT_ACQUIRED",
                        errors);
                if (decision == null) {
                    if (blank(entry.getValue())) {
                        errors.add(new FieldError(field, "Décision manquante : ACQUIRED ou NOT_ACQUIRED."));
                    }
                } else if (CandidateDeliberation.CCS_KEY.equalsIgnoreCase(entry.getKey())) {
                    ccs = decision;
                } else if (entry.getKey().matches("\\d{1,2}")) {
                    ccps.put(Integer.parseInt(entry.getKey()), decision);
                } else {
                    errors.add(new FieldError(field, "CCP inconnu « " + entry.getKey() + " »."));
                }
            }
        }
        DeliberationCommands.Redeliberation r = new DeliberationCommands.Redeliberation(ccps, ccs,
                parse(Attendance.class, attendance, "attendance", "PRESENT, ABSENT ou EXCUSED", errors),
                parse(FinalInterview.class, finalInterview, "finalInterview",
                        "HELD_FAVOURABLY, HELD_UNFAVOURABLY ou NOT_HELD", errors),
                text(fraudReport, "fraudReport", MAX_TEXT, errors),
                parse(Outcome.class, outcome, "outcome", "un résultat de la liste", errors),
                text(overrideReason, "overrideReason", MAX_REASON, errors),
                text(reason, "reason", MAX_REASON, errors));
        refuse("La nouvelle décision n'est pas enregistrée", errors);
        return r;
    }

    /** An incident as reported: the description stripped (null when blank), refused past {@value #MAX_TEXT}. */
    public static DeliberationCommands.Incident incident(Long enrolmentId, String description) {
        List<FieldError> errors = new ArrayList<>();
        DeliberationCommands.Incident i = new DeliberationCommands.Incident(enrolmentId,
                text(description, "description", MAX_TEXT, errors));
        refuse("L'incident n'est pas enregistré", errors);
        return i;
    }

    /** An appeal as received: the motive stripped (null when blank), refused past {@value #MAX_TEXT}. */
    public static DeliberationCommands.NewAppeal appeal(Long enrolmentId, LocalDate receivedOn, String motive) {
        List<FieldError> errors = new ArrayList<>();
        DeliberationCommands.NewAppeal a = new DeliberationCommands.NewAppeal(enrolmentId, receivedOn,
                text(motive, "motive", MAX_TEXT, errors));
        refuse("Le recours n'est pas enregistré", errors);
        return a;
    }

    /** A free text: stripped, null when blank, refused past {@code max} characters. */
    static String text(String value, String field, int max, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "Ce texte ne doit pas dépasser " + max + " caractères."));
        }
        return v;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String expected,
                                       List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        errors.add(new FieldError(field, "Valeur inconnue « " + value.strip() + " » : " + expected + "."));
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void refuse(String what, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(what + " : " + errors.getFirst().message(), errors);
        }
    }
}
