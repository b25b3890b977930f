package fr.titrepro.scoring.history;

import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.EvaluationGridRepository;
import fr.titrepro.scoring.GridCriterion;
import fr.titrepro.scoring.GridSection;
import fr.titrepro.scoring.ScoringAccess;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.audit.AuditRevision;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The history of a grid, read from the Envers audit tables: who changed what, when, from what to what. */
@ApplicationScoped
public class GridHistoryService {

    @Inject
    EntityManager em;

    @Inject
    ScoringAccess access;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    CurrentUser user;

    /** The grid's owner, or the administration (audit), reads it; the creation of the lines is not listed. */
    @Transactional
    public List<GridHistoryEntry> history(long gridId) {
        if (user.isAdmin()) {
            if (grids.findById(gridId) == null) {
                throw ScoringAccess.gridNotFound(gridId);
            }
        } else {
            access.forRead(gridId);
        }
        EvaluationGrid grid = grids.findById(gridId);
        AuditReader reader = AuditReaderFactory.get(em);
        List<GridHistoryEntry> entries = new ArrayList<>();

        scoreChanges(reader, grid, entries);
        proposalChanges(reader, grid, entries);
        gridChanges(reader, grid, entries);
        entries.sort(Comparator.comparingLong(GridHistoryEntry::revision)
                .thenComparing(GridHistoryEntry::kind).thenComparing(GridHistoryEntry::key));
        return entries;
    }

    /** Each score or consultation changed on a line. */
    private static void scoreChanges(AuditReader reader, EvaluationGrid grid, List<GridHistoryEntry> entries) {
        long gridId = grid.id;
        Map<Long, GridCriterion> lines = new HashMap<>();
        // every stored line, a legacy entretien final one included: its history stays readable
        grid.sections.forEach(s -> s.criteria.forEach(c -> lines.put(c.id, c)));
        Map<Long, String[]> lastScore = new HashMap<>();
        for (Object[] row : revisions(reader, GridCriterion.class, AuditEntity.relatedId("grid").eq(gridId))) {
            GridCriterion c = (GridCriterion) row[0];
            AuditRevision rev = (AuditRevision) row[1];
            String[] after = {c.consulted == null ? name(c.score) : c.consulted ? "CONSULTED" : "NOT_CONSULTED",
                    c.observation};
            String[] before = lastScore.put(c.id, after);
            GridCriterion line = lines.get(c.id);
            if (row[2] == RevisionType.MOD && before != null && line != null) {
                entries.add(new GridHistoryEntry(rev.rev, rev.at(), rev.username,
                        line.section.kind.isConsulted() ? "CONSULTATION" : "SCORE", line.itemKey, line.text,
                        before[0], before[1], after[0], after[1]));
            }
        }
    }

    /** Each juror's proposal on a competency changed. */
    private static void proposalChanges(AuditReader reader, EvaluationGrid grid, List<GridHistoryEntry> entries) {
        long gridId = grid.id;
        Map<Long, GridSection> sections = new HashMap<>();
        grid.sections.forEach(s -> sections.put(s.id, s));
        Map<Long, String> lastProposal = new HashMap<>();
        for (Object[] row : revisions(reader, GridSection.class, AuditEntity.relatedId("grid").eq(gridId))) {
            GridSection s = (GridSection) row[0];
            AuditRevision rev = (AuditRevision) row[1];
            boolean seen = lastProposal.containsKey(s.id);
            String before = lastProposal.put(s.id, name(s.proposedDecision));
            if (row[2] == RevisionType.MOD && seen && !Objects.equals(before, name(s.proposedDecision))) {
                GridSection section = sections.get(s.id);
                entries.add(new GridHistoryEntry(rev.rev, rev.at(), rev.username, "COMPETENCY_PROPOSAL",
                        section.sectionKey, section.title, before, null, name(s.proposedDecision), null));
            }
        }
    }

    /** The grid's own proposal and its submission. */
    private static void gridChanges(AuditReader reader, EvaluationGrid grid, List<GridHistoryEntry> entries) {
        long gridId = grid.id;
        EvaluationGrid previous = null;
        for (Object[] row : revisions(reader, EvaluationGrid.class, AuditEntity.id().eq(gridId))) {
            EvaluationGrid g = (EvaluationGrid) row[0];
            AuditRevision rev = (AuditRevision) row[1];
            if (previous != null && !Objects.equals(previous.proposedDecision, g.proposedDecision)) {
                entries.add(new GridHistoryEntry(rev.rev, rev.at(), rev.username, "GRID_PROPOSAL", grid.partKey,
                        grid.title, name(previous.proposedDecision), null, name(g.proposedDecision), null));
            }
            if (previous != null && previous.status != g.status) {
                entries.add(new GridHistoryEntry(rev.rev, rev.at(), rev.username, "SUBMISSION", grid.partKey,
                        grid.title, name(previous.status), null, name(g.status), null));
            }
            previous = g;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> revisions(AuditReader reader, Class<?> type,
                                            org.hibernate.envers.query.criteria.AuditCriterion criterion) {
        return reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
