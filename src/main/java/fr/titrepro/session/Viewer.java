package fr.titrepro.session;

/**
 * Who acts on sessions, resolved once per request from the login: the administration, the staff of one centre,
 * a juror of the registry, or a candidate. The services check ownership against it.
 */
public record Viewer(String username, Kind kind, Long centreId, Long jurorId, Long candidateId) {

    public enum Kind { ADMIN, CENTRE, JUROR, CANDIDATE, NONE }

    public boolean isAdmin() {
        return kind == Kind.ADMIN;
    }

    /** May plan and change the session: the administration or the organising centre's staff. */
    public boolean manages(ExamSession session) {
        return isAdmin() || (kind == Kind.CENTRE && session.centre.id.equals(centreId));
    }

    /** May read the session: its managers, its jurors, its enrolled candidates. */
    public boolean sees(ExamSession session) {
        return manages(session)
                || (kind == Kind.JUROR && jurorId != null && session.hasJuror(jurorId))
                || (kind == Kind.CANDIDATE && candidateId != null && session.enrolments.stream()
                .anyMatch(e -> e.isActive() && e.candidate.id.equals(candidateId)));
    }

    public SessionLifecyclePolicy.Actor actor() {
        return isAdmin() ? SessionLifecyclePolicy.Actor.ADMIN : SessionLifecyclePolicy.Actor.CENTRE;
    }
}
