package fr.titrepro.session.paperwork;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.enrolment.Enrolment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feuilles d'émargement of a session: one per day and épreuve of the timetable, each candidate who sits it with
 * their times, their accommodations (for the invigilator) and the émargement in force. No CDI, no database.
 */
public final class EmargementSheets {

    /** One sheet: a day and an épreuve, the candidates in order of their start time. */
    public record Sheet(LocalDate day, String epreuve, List<Row> rows) {
    }

    /** A candidate of a sheet; {@code emargement} is null while nothing was ticked. */
    public record Row(long enrolmentId, String candidateName, String reference, LocalTime start, LocalTime end,
                      String accommodations, Emargement emargement) {
    }

    private EmargementSheets() {
    }

    public static List<Sheet> of(ExamSession s, Map<Long, List<TimetablePlanner.Slot>> timetable,
                                 Map<EmargementRepository.Key, Emargement> current) {
        record Of(LocalDate day, String epreuve) {
        }
        Map<Of, List<Row>> sheets = new LinkedHashMap<>();
        for (Enrolment e : s.activeEnrolments()) {
            for (TimetablePlanner.Slot slot : timetable.getOrDefault(e.id, List.of())) {
                String epreuve = epreuve(slot);
                sheets.computeIfAbsent(new Of(slot.day(), epreuve), k -> new ArrayList<>())
                        .add(new Row(e.id, e.candidate.fullName(), e.candidate.reference, slot.start(), slot.end(),
                                accommodations(e.candidate),
                                current.get(new EmargementRepository.Key(e.id, epreuve))));
            }
        }
        return sheets.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Of, List<Row>> x) -> x.getKey().day())
                        .thenComparing(x -> x.getValue().stream().map(Row::start).min(Comparator.naturalOrder())
                                .orElse(LocalTime.MIN))
                        .thenComparing(x -> x.getKey().epreuve()))
                .map(x -> new Sheet(x.getKey().day(), x.getKey().epreuve(), x.getValue().stream()
                        .sorted(Comparator.comparing(Row::start).thenComparing(Row::candidateName)).toList()))
                .toList();
    }

    /** « CCP 1 – Mise en situation professionnelle », or the label alone (entretien final, CCS). */
    public static String epreuve(TimetablePlanner.Slot slot) {
        return slot.ccpNumber() == null ? slot.label() : "CCP " + slot.ccpNumber() + " – " + slot.label();
    }

    /** What the invigilator must provide: extra time, assistance, equipment, notes; empty when none. */
    static String accommodations(Candidate c) {
        List<String> parts = new ArrayList<>();
        if (c.extraTimePercent != null && c.extraTimePercent > 0) {
            parts.add("Temps majoré de " + c.extraTimePercent + " %");
        }
        addIfPresent(parts, "Assistance : ", c.assistance);
        addIfPresent(parts, "Matériel : ", c.adaptedEquipment);
        addIfPresent(parts, "", c.accommodationNotes);
        return String.join(" ; ", parts);
    }

    private static void addIfPresent(List<String> parts, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(prefix + value.strip());
        }
    }
}
