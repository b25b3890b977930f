package fr.titrepro.session;

import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.session.jury.ConflictOfInterest;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryConflictRepository;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.shared.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** An exam session of one title version, organised by an approved centre on the site of its approval. */
@Entity
@Table(name = "exam_session")
public class ExamSession extends TrackedEntity {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_version_id")
    public TitleVersion titleVersion;

    @Enumerated(EnumType.STRING)
    public SessionType type;

    /** CCP numbers of a session CCP (empty for the other types). */
    @ElementCollection
    @CollectionTable(name = "exam_session_ccp", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "ccp_number")
    public Set<Integer> ccpNumbers = new TreeSet<>();

    @Column(name = "ccs_code")
    public String ccsCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    public Centre centre;

    @ManyToOne(optional = false)
    @JoinColumn(name = "approval_id")
    public CentreApproval approval;

    @Column(name = "site_label")
    public String siteLabel;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public int capacity;
    @Column(name = "manager_name")
    public String managerName;
    @Column(name = "manager_email")
    public String managerEmail;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<JuryMember> jury = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Enrolment> enrolments = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ConflictOfInterest> conflicts = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    public List<SessionTransition> transitions = new ArrayList<>();

    /** The CCPs this session assesses: all of the title for a session titre, the chosen ones for a session CCP. */
    public SortedSet<Integer> assessedCcpNumbers() {
        return switch (type) {
            case TITLE -> titleVersion.ccps.stream().map(c -> c.number).collect(Collectors.toCollection(TreeSet::new));
            case CCP -> new TreeSet<>(ccpNumbers);
            case CCS -> new TreeSet<>();
        };
    }

    public Ccp ccp(int number) {
        return titleVersion.ccps.stream().filter(c -> c.number == number).findFirst().orElseThrow();
    }

    public List<Enrolment> activeEnrolments() {
        return enrolments.stream().filter(e -> e.status == EnrolmentStatus.ENROLLED).toList();
    }

    /** Enrolments the rules checked again at the confirmation refused (issue 15), with their reasons. */
    public List<Enrolment> refusedEnrolments() {
        return enrolments.stream().filter(Enrolment::isRefused).toList();
    }

    public boolean hasJuror(long jurorId) {
        return jury.stream().anyMatch(m -> m.juror.id == jurorId);
    }

    /** Records a move of the session's status (who, when, why) in its history. */
    public void recordTransition(SessionStatus from, SessionStatus to, String by, String reason) {
        SessionTransition t = new SessionTransition();
        t.session = this;
        t.fromStatus = from;
        t.toStatus = to;
        t.at = Instant.now();
        t.actor = by;
        t.reason = reason;
        transitions.add(t);
    }

    /**
     * Whether the juror declared a link with the candidate for this session (trainer, employer, colleague, family):
     * they take no part in that candidate's evaluation, reconciliation, deliberation or appeal (DOMAIN "Centres,
     * jurors"). The one conflict-of-interest check (issue 17): scoring, deliberation and the session itself ask it
     * here; the grid gate's single SQL statement uses its SQL twin, {@link JuryConflictRepository#declaredSql}.
     */
    public boolean declaredLink(long jurorId, long candidateId) {
        return conflicts.stream().anyMatch(c -> c.juror.id == jurorId && c.candidate.id == candidateId);
    }

    /** The jurors who declared a link with the candidate for this session ({@link #declaredLink}). */
    public Set<Long> jurorsLinkedTo(long candidateId) {
        return conflicts.stream().filter(c -> c.candidate.id == candidateId).map(c -> c.juror.id)
                .collect(Collectors.toSet());
    }

    /** The jurors of the session who declared no link with the candidate: only they decide about them. */
    public List<Juror> jurorsWithoutConflict(long candidateId) {
        return jury.stream().map(m -> m.juror).filter(j -> !declaredLink(j.id, candidateId)).toList();
    }

    /** "Session titre TRI du 12/03/2026 au 13/03/2026" (one day: "le 12/03/2026"). */
    public String label() {
        String what = switch (type) {
            case TITLE -> "Session titre " + titleVersion.acronym;
            case CCP -> "Session CCP " + titleVersion.acronym + " (CCP " + ccpNumbers.stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            case CCS -> "Session CCS " + titleVersion.acronym + " (" + ccsCode + ")";
        };
        return what + " " + period();
    }

    public String period() {
        return startDate.equals(endDate) ? "le " + DAY.format(startDate)
                : "du " + DAY.format(startDate) + " au " + DAY.format(endDate);
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !startDate.isAfter(last) && !endDate.isBefore(first);
    }
}
