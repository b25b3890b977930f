package fr.titrepro.session.enrolment;

public enum EnrolmentStatus {
    ENROLLED("Inscrit"),
    /** Withdrawn before the session: keeps its place in the timetable so that the others' convocations hold. */
    WITHDRAWN("Désinscrit");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
