package fr.titrepro.bench;

import fr.titrepro.scoring.GridCompositionPolicy.ItemSpec;
import fr.titrepro.scoring.GridCompositionPolicy.PartSpec;
import fr.titrepro.scoring.GridCompositionPolicy.SectionSpec;
import fr.titrepro.scoring.SectionKind;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * The jurors' evaluation grids of an enrolment, as the application composes them, each submitted, with their
 * Envers history: one revision when the session's grids were created (every row added, no score), then one revision
 * per juror's grid holding its scores (each line modified once), as the audit tables of scoring keep them.
 */
final class NationalGrids {

    private final NationalTables t;
    private final Random random;
    private long grid;
    private long section;
    private long line;
    private long revision;

    NationalGrids(NationalTables tables, Random random) {
        this.t = tables;
        this.random = random;
        this.grid = tables.base("evaluation_grid");
        this.section = tables.base("grid_section");
        this.line = tables.base("grid_criterion");
        this.revision = tables.base("revinfo");
    }

    /** The revision of a session's grid creation. */
    long creation(LocalDateTime at, String actor) throws SQLException {
        long rev = revision++;
        t.revision.row(rev, at.toInstant(ZoneOffset.UTC).toEpochMilli(), actor);
        return rev;
    }

    /** One juror's submitted grid of one part; returns whether the juror proposed the CCP acquired. */
    boolean write(long sessionId, long enrolmentId, long candidateId, long jurorId, String juror, PartSpec part,
                  boolean strong, long creationRev, LocalDateTime created, LocalDateTime saved) throws SQLException {
        long gridId = grid++;
        long rev = revision++;
        t.revision.row(rev, saved.toInstant(ZoneOffset.UTC).toEpochMilli(), juror);
        boolean acquiredCcp = true;
        int position = 0;
        for (SectionSpec s : part.sections()) {
            long sectionId = section++;
            boolean competency = s.kind() == SectionKind.COMPETENCY || s.kind() == SectionKind.TRANSVERSAL
                    || s.kind() == SectionKind.CCS_COMPETENCY;
            int met = 0;
            int itemPosition = 0;
            for (ItemSpec item : s.items()) {
                long lineId = line++;
                String score = null;
                Boolean consulted = null;
                if (s.kind().isConsulted()) {
                    consulted = true;
                } else {
                    double u = random.nextDouble();
                    score = u < (strong ? 0.92 : 0.55) ? "MET" : u < 0.97 ? "NOT_MET" : "NOT_OBSERVED";
                    met += "MET".equals(score) ? 1 : 0;
                }
                t.line.row(lineId, gridId, sectionId, itemPosition++, item.key(), item.text(), item.sourceCriterionId(),
                        score, consulted, null, saved, juror, 1);
                t.lineAud.row(lineId, creationRev, 0, gridId, null, null, null, null);
                t.lineAud.row(lineId, rev, 1, gridId, score, consulted, saved, juror);
            }
            String proposal = null;
            if (competency) {
                proposal = met * 2 >= s.items().size() ? "ACQUIRED" : "NOT_ACQUIRED";
                acquiredCcp &= proposal.equals("ACQUIRED");
            }
            t.section.row(sectionId, gridId, position++, s.kind().name(), s.key(), s.title(), s.description(), proposal,
                    competency ? saved : null, competency ? juror : null, competency ? 1 : 0);
            t.sectionAud.row(sectionId, creationRev, 0, gridId, null, null, null);
            if (competency) {
                t.sectionAud.row(sectionId, rev, 1, gridId, proposal, saved, juror);
            }
        }
        String decision = acquiredCcp ? "ACQUIRED" : "NOT_ACQUIRED";
        t.grid.row(gridId, sessionId, enrolmentId, candidateId, jurorId, part.partKey(), part.ccpNumber(), part.title(),
                "SUBMITTED", decision, saved, created, saved, juror, 2);
        t.gridAud.row(gridId, creationRev, 0, "DRAFT", null, null, null, null);
        t.gridAud.row(gridId, rev, 1, "SUBMITTED", decision, saved, saved, juror);
        return acquiredCcp;
    }
}
