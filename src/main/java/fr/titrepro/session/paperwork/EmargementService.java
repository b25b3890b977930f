package fr.titrepro.session.paperwork;

import fr.titrepro.document.render.EmargementData;
import fr.titrepro.document.render.EmargementPdf;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.text.FrenchDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.titrepro.shared.text.FrenchDates.longDate;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * The feuilles d'émargement of a session (read by its centre, the administration and its jurors) and the ticks of
 * the tablet (by the centre's staff or a juror of the session). Any other session is a 404.
 */
@ApplicationScoped
public class EmargementService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");

    @Inject
    SessionAccess access;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    RuleFacts facts;

    @Inject
    EmargementRepository repository;

    /** A tick: the épreuve as a sheet names it, present or absent, the signature (PNG data URL) when present. */
    public record Tick(String epreuve, Boolean present, String signature) {
    }

    /** The session and its sheets, for the page and the API. */
    public record Sheets(ExamSession session, List<EmargementSheets.Sheet> sheets, boolean open) {
    }

    @Transactional
    public Sheets sheets(long sessionId, Viewer viewer) {
        ExamSession s = readable(sessionId, viewer);
        return new Sheets(s, EmargementSheets.of(s, facts.timetable(s), repository.currentOf(s.id)),
                EmargementPolicy.closedBecause(s.status).isEmpty());
    }

    @Transactional
    public byte[] pdf(long sessionId, Viewer viewer) {
        Sheets sheets = sheets(sessionId, viewer);
        return EmargementPdf.render(data(sheets.session(), sheets.sheets()));
    }

    /** Records a tick (a new row: the previous ones stay as the record of who ticked what, and when). */
    @Transactional
    public Emargement record(long sessionId, long enrolmentId, Tick tick, Viewer viewer) {
        sessions.lockRow(sessionId);
        ExamSession s = readable(sessionId, viewer);
        boolean keeper = viewer.kind() == Viewer.Kind.JUROR
                || (viewer.kind() == Viewer.Kind.CENTRE && viewer.manages(s));
        if (!keeper) {
            throw ProblemException.forbidden("L'émargement est tenu par le centre organisateur ou un juré de la "
                    + "session.");
        }
        Enrolment e = s.activeEnrolments().stream().filter(x -> x.id == enrolmentId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Aucun candidat inscrit n° " + enrolmentId
                        + " dans cette session."));
        EmargementPolicy.closedBecause(s.status).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
        List<FieldError> errors = new ArrayList<>(EmargementPolicy.refusals(tick.present(), tick.signature()));
        LocalDate day = dayOf(s, e.id, tick.epreuve());
        if (day == null) {
            errors.addFirst(new FieldError("epreuve", "Cette épreuve ne figure pas à l'horaire du candidat."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("L'émargement n'est pas enregistré.", errors);
        }
        Emargement m = new Emargement();
        m.sessionId = s.id;
        m.enrolmentId = e.id;
        m.epreuve = tick.epreuve();
        m.day = day;
        m.present = tick.present();
        m.signature = tick.present() ? tick.signature() : null;
        m.recordedBy = viewer.username();
        m.recordedAt = Instant.now();
        repository.persist(m);
        return m;
    }

    private LocalDate dayOf(ExamSession s, long enrolmentId, String epreuve) {
        return facts.timetable(s).getOrDefault(enrolmentId, List.of()).stream()
                .filter(slot -> EmargementSheets.epreuve(slot).equals(epreuve))
                .map(TimetablePlanner.Slot::day).findFirst().orElse(null);
    }

    /**
     * What the émargement says of each candidate, for the deliberation board where the jury records attendance:
     * « Émargement : absent à CCP 1 – … (07/12/2026) ; présent à 2 épreuves ». No access check: the caller shows it
     * on a board it already checked.
     */
    @Transactional
    public Map<Long, String> summaries(long sessionId) {
        Map<Long, List<Emargement>> byEnrolment = new LinkedHashMap<>();
        repository.currentOf(sessionId).values()
                .forEach(m -> byEnrolment.computeIfAbsent(m.enrolmentId, k -> new ArrayList<>()).add(m));
        Map<Long, String> summaries = new LinkedHashMap<>();
        byEnrolment.forEach((enrolmentId, ticks) -> summaries.put(enrolmentId, summary(ticks)));
        return summaries;
    }

    static String summary(List<Emargement> ticks) {
        List<String> parts = new ArrayList<>();
        List<Emargement> absent = ticks.stream().filter(m -> !m.present)
                .sorted(Comparator.comparing((Emargement m) -> m.day).thenComparing(m -> m.epreuve)).toList();
        if (!absent.isEmpty()) {
            parts.add("absent à " + absent.stream().map(m -> m.epreuve + " (" + FrenchDates.shortDate(m.day) + ")")
                    .collect(Collectors.joining(", ")));
        }
        long present = ticks.stream().filter(m -> m.present).count();
        if (present > 0) {
            parts.add("présent à " + present + " épreuve" + (present > 1 ? "s" : ""));
        }
        return "Émargement : " + String.join(" ; ", parts);
    }

    /** Managers of the session and its jurors; 404 for anyone else (a candidate of the session included). */
    private ExamSession readable(long sessionId, Viewer viewer) {
        ExamSession s = access.visible(sessionId, viewer);
        boolean juror = viewer.kind() == Viewer.Kind.JUROR && viewer.jurorId() != null && s.hasJuror(viewer.jurorId());
        if (!viewer.manages(s) && !juror) {
            throw ProblemException.notFound("Aucune session n° " + sessionId + " ne vous est accessible.");
        }
        return s;
    }

    static EmargementData data(ExamSession s, List<EmargementSheets.Sheet> sheets) {
        return new EmargementData(s.titleVersion.name + " (" + s.titleVersion.acronym + ", " + s.titleVersion.code
                + ", version " + s.titleVersion.version + ")", s.label() + " (n° " + s.id + ")", s.centre.name,
                s.siteLabel, s.managerName + (s.managerEmail == null ? "" : " – " + s.managerEmail),
                s.jury.stream().map(m -> m.juror.fullName() + " – " + m.juror.profession).toList(),
                sheets.stream().map(EmargementService::sheet).toList());
    }

    private static EmargementData.Sheet sheet(EmargementSheets.Sheet sheet) {
        return new EmargementData.Sheet(sheet.day(), sheet.epreuve(), sheet.rows().stream().map(r -> {
            Emargement m = r.emargement();
            return new EmargementData.Line(r.candidateName(), r.reference(),
                    TIME.format(r.start()) + " – " + TIME.format(r.end()), r.accommodations(),
                    m == null ? null : m.present ? "Présent" : "Absent",
                    m == null || m.signature == null ? null : EmargementPolicy.png(m.signature),
                    m == null ? null : recorded(m));
        }).toList());
    }

    /** « émargé le 7 décembre 2026 à 09h02 par centre ». */
    public static String recorded(Emargement m) {
        return "émargé le " + longDate(m.recordedAt.atZone(PARIS).toLocalDate()) + " à "
                + TIME.format(m.recordedAt.atZone(PARIS)) + " par " + m.recordedBy;
    }
}
