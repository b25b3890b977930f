package fr.titrepro.scoring;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes the grids of an enrolment: one per CCP taken and per juror without a declared link with the candidate. */
@ApplicationScoped
public class GridGenerator {

    @Inject
    ScoringAccess access;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    EnrolmentRepository enrolments;

    /**
     * Creates the missing grids of the enrolment for every juror without a declared link, under a lock of the
     * enrolment row (two devices opening at once create them once). A part that already has a grid is copied from
     * it, so that every juror scores the same snapshot even if the référentiel changed in between.
     */
    @Transactional
    public void generateMissing(long sessionId, long enrolmentId) {
        ScoringAccess.Seat seat = access.seat(sessionId, enrolmentId);
        generate(seat.session(), seat.enrolment());
    }

    /**
     * The same, for the platform itself (demo data): no juror's access is checked. Returns the enrolment's grids, the
     * new ones not yet flushed (a caller that fills them before the next flush writes each line once).
     */
    @Transactional
    public List<EvaluationGrid> generate(ExamSession session, Enrolment enrolment) {
        enrolments.lockRow(enrolment.id);
        List<EvaluationGrid> existing = grids.ofEnrolment(enrolment.id);
        Map<String, GridCompositionPolicy.PartSpec> specs = new LinkedHashMap<>();
        for (GridCompositionPolicy.PartSpec spec : referentialParts(session, enrolment)) {
            specs.put(spec.partKey(), existing.stream().filter(g -> g.partKey.equals(spec.partKey())).findFirst()
                    .map(GridCompositionPolicy::of).orElse(spec));
        }
        Set<Long> conflicted = session.jurorsLinkedTo(enrolment.candidate.id);
        Instant now = Instant.now();
        List<EvaluationGrid> all = new ArrayList<>(existing);
        for (JuryMember member : session.jury) {
            if (conflicted.contains(member.juror.id)) {
                continue;
            }
            for (GridCompositionPolicy.PartSpec spec : specs.values()) {
                boolean present = existing.stream().anyMatch(g -> g.jurorId == member.juror.id
                        && g.partKey.equals(spec.partKey()));
                if (!present) {
                    EvaluationGrid grid = materialize(spec, session, enrolment, member.juror, now);
                    grids.persist(grid);
                    all.add(grid);
                }
            }
        }
        return all;
    }

    /** The parts an enrolment is scored on, built from the session's title version. */
    public static List<GridCompositionPolicy.PartSpec> referentialParts(ExamSession session, Enrolment enrolment) {
        if (enrolment.isFinalInterviewOnly()) {
            // every CCP held: only the entretien final, stated at deliberation; nothing to score on a grid
            return List.of();
        }
        return GridCompositionPolicy.parts(session.titleVersion, ccpsTaken(session, enrolment), ccsCode(session),
                new GridCompositionPolicy.Candidate(enrolment.candidate.pathway == Pathway.TRAINING));
    }

    /**
     * The keys of {@link #referentialParts}, read without the parts' competencies and criteria: enough to count the
     * parts (the grid page on every opening, the open-grid alerts).
     */
    public static List<String> referentialPartKeys(ExamSession session, Enrolment enrolment) {
        if (enrolment.isFinalInterviewOnly()) {
            return List.of();
        }
        return GridCompositionPolicy.partKeys(session.titleVersion, ccpsTaken(session, enrolment), ccsCode(session));
    }

    /** The CCPs the enrolment names, or the session's when it names none. */
    private static Collection<Integer> ccpsTaken(ExamSession session, Enrolment enrolment) {
        return enrolment.ccpNumbers.isEmpty() ? session.assessedCcpNumbers() : enrolment.ccpNumbers;
    }

    private static String ccsCode(ExamSession session) {
        return session.type == SessionType.CCS ? session.ccsCode : null;
    }

    private static EvaluationGrid materialize(GridCompositionPolicy.PartSpec spec, ExamSession session,
                                              Enrolment enrolment, Juror juror, Instant now) {
        EvaluationGrid g = new EvaluationGrid();
        g.sessionId = session.id;
        g.enrolmentId = enrolment.id;
        g.candidateId = enrolment.candidate.id;
        g.jurorId = juror.id;
        g.partKey = spec.partKey();
        g.ccpNumber = spec.ccpNumber();
        g.title = spec.title();
        g.status = GridStatus.DRAFT;
        g.createdAt = now;
        int position = 0;
        for (GridCompositionPolicy.SectionSpec s : spec.sections()) {
            GridSection section = new GridSection();
            section.grid = g;
            section.position = ++position;
            section.kind = s.kind();
            section.sectionKey = s.key();
            section.title = s.title();
            section.description = s.description();
            int i = 0;
            for (GridCompositionPolicy.ItemSpec item : s.items()) {
                GridCriterion c = new GridCriterion();
                c.grid = g;
                c.section = section;
                c.position = ++i;
                c.itemKey = item.key();
                c.text = item.text();
                c.sourceCriterionId = item.sourceCriterionId();
                section.criteria.add(c);
            }
            g.sections.add(section);
        }
        return g;
    }
}
