package fr.titrepro.deliberation;

/** Whether the candidate came to the session; an excused absence is justified (illness, force majeure…). */
public enum Attendance {
    PRESENT("Présent"),
    ABSENT("Absent"),
    EXCUSED("Absent excusé");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
