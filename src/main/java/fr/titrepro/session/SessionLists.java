package fr.titrepro.session;

import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The upcoming and past sessions each viewer may see, page by page (issue 14: by keyset at the national volume). */
@ApplicationScoped
public class SessionLists {

    @Inject
    ExamSessionRepository sessions;

    public Paged<ExamSession> list(Viewer viewer, boolean upcoming, int page, int size) {
        return list(viewer, upcoming, page, size, null);
    }

    /**
     * Upcoming or past sessions the viewer may see, a page from {@code after} (the {@code next} of the previous page)
     * or at {@code page}; the administration's and a centre's are read by keyset and counted up to {@link Paged#COUNT_CAP}
     * (issue 14: 58,000 past sessions nationally).
     */
    public Paged<ExamSession> list(Viewer viewer, boolean upcoming, int page, int size, String after) {
        LocalDate today = LocalDate.now();
        if (viewer.kind() == Viewer.Kind.ADMIN || viewer.kind() == Viewer.Kind.CENTRE) {
            SeekCursor cursor = SeekCursor.decode(after, 2);
            int offset = cursor == null ? page * size : 0;
            List<ExamSession> rows = sessions.planned(viewer.centreId(), upcoming, today, cursor)
                    .range(offset, offset + size).list();
            long count = sessions.countPlanned(viewer.centreId(), upcoming, today, Paged.COUNT_CAP);
            return Paged.ofRowsCountedTo(Paged.COUNT_CAP, rows, page, size, count, ExamSessionRepository::cursorOf);
        }
        List<ExamSession> own = switch (viewer.kind()) {
            case JUROR -> viewer.jurorId() == null ? List.of() : sessions.ofJuror(viewer.jurorId());
            case CANDIDATE -> viewer.candidateId() == null ? List.of() : sessions.ofCandidate(viewer.candidateId());
            default -> List.of();
        };
        List<ExamSession> selected = own.stream()
                .filter(s -> upcoming != s.endDate.isBefore(today))
                .sorted(upcoming ? Comparator.comparing((ExamSession s) -> s.startDate)
                        : Comparator.comparing((ExamSession s) -> s.startDate).reversed())
                .toList();
        int from = Math.min(page * size, selected.size());
        return Paged.of(selected.subList(from, Math.min(from + size, selected.size())), page, size,
                selected.size());
    }
}
