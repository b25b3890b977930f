package fr.titrepro.scoring;

import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A juror's grids: generated on first access (for every juror of the jury at once, from one snapshot of the
 * référentiel), saved one line at a time against the version the device saw, handed in when complete.
 */
@ApplicationScoped
public class GridService {

    /** A juror's grids of one candidate, with what the page shows around them. */
    public record CandidateGrids(ExamSession session, Enrolment enrolment, Juror juror, List<EvaluationGrid> grids) {
        /** Every grid handed in: the juror may now see the others' (reconciliation). */
        public boolean reconciliationOpen() {
            return !grids.isEmpty() && grids.stream().allMatch(EvaluationGrid::isSubmitted);
        }
    }

    @Inject
    ScoringAccess access;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    GridGenerator generator;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /**
     * The juror's grids of a candidate, generated on first access. Read outside a transaction (the request's
     * persistence context stays open for the views); the generation has its own.
     */
    public CandidateGrids myGrids(long sessionId, long enrolmentId) {
        ScoringAccess.Seat seat = access.seat(sessionId, enrolmentId);
        List<EvaluationGrid> mine = grids.of(enrolmentId, seat.juror().id);
        if (mine.size() < GridGenerator.referentialPartKeys(seat.session(), seat.enrolment()).size()) {
            generator.generateMissing(sessionId, enrolmentId);
            mine = grids.of(enrolmentId, seat.juror().id);
        }
        return new CandidateGrids(seat.session(), seat.enrolment(), seat.juror(), mine);
    }

    /** One of the current juror's grids (read outside a transaction, like {@link #myGrids}). */
    public EvaluationGrid grid(long gridId) {
        access.forRead(gridId);
        return grids.findById(gridId);
    }

    @Transactional
    public ScoreState saveCriterion(long gridId, long criterionId, ScoringCommands.Score command) {
        List<FieldError> errors = ScoreValidationPolicy.checkScore(command.value(), command.observation(),
                command.baseVersion());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La note n'est pas enregistrée : " + errors.getFirst().message(), errors);
        }
        access.forWrite(gridId, false, true);
        GridCriterion c = line(gridId, criterionId);
        if (!c.section.kind.isScored()) {
            throw notScored(c);
        }
        ScoreValue value = ScoreValue.parse(command.value());
        String observation = ScoreValidationPolicy.normalize(command.observation());
        if (c.score == value && Objects.equals(c.observation, observation)) {
            return ScoreState.of(c, gridId); // the same save again (a replay): nothing to do
        }
        return write(c, gridId, command.baseVersion(), () -> {
            c.score = value;
            c.observation = observation;
        });
    }

    /**
     * Evidence the jury consults (DP, ECF): « consulté » or not, with an observation; never a score (fiche TP-00496
     * l. 104-108). Saved like a score: against the version the device saw, a replay changes nothing.
     */
    @Transactional
    public ScoreState saveConsultation(long gridId, long criterionId, ScoringCommands.Consultation command) {
        List<FieldError> errors = ScoreValidationPolicy.checkConsultation(command.observation(),
                command.baseVersion());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La consultation n'est pas enregistrée : " + errors.getFirst().message(),
                    errors);
        }
        access.forWrite(gridId, false, true);
        GridCriterion c = line(gridId, criterionId);
        if (!c.section.kind.isConsulted()) {
            String message = "« " + c.text + " » se note (atteint, non atteint ou non observé) : ce n'est pas un "
                    + "élément consulté par le jury.";
            throw ProblemException.rule(message, List.of(new FieldError("consulted", message)));
        }
        String observation = ScoreValidationPolicy.normalize(command.observation());
        if (Objects.equals(c.consulted, command.consulted()) && Objects.equals(c.observation, observation)) {
            return ScoreState.of(c, gridId);
        }
        return write(c, gridId, command.baseVersion(), () -> {
            c.consulted = command.consulted();
            c.observation = observation;
        });
    }

    /**
     * A line's change saved against the version the juror's device last saw (optimistic locking): a newer version
     * refuses it and overwrites nothing.
     */
    private ScoreState write(GridCriterion c, long gridId, long baseVersion, Runnable change) {
        if (baseVersion != c.version) {
            throw new StaleVersionException("Cette ligne a été modifiée entre-temps (version " + c.version
                    + ", vous partiez de la version " + baseVersion + ") : rien n'est écrasé.",
                    ScoreState.of(c, gridId));
        }
        change.run();
        c.updatedAt = Instant.now();
        c.updatedBy = user.username();
        em.flush();
        return ScoreState.of(c, gridId);
    }

    @Transactional
    public ProposalState proposeForCompetency(long gridId, long sectionId, ScoringCommands.Proposal command) {
        requireValid(command);
        access.forWrite(gridId, false, true);
        GridSection s = grids.lockedSection(gridId, sectionId)
                .orElseThrow(() -> ProblemException.notFound("La grille n° " + gridId + " n'a pas de compétence n° "
                        + sectionId + "."));
        if (!s.kind.isCompetency()) {
            throw ProblemException.rule("« " + s.title + " » n'est pas une compétence : pas de décision proposée.",
                    List.of());
        }
        Verdict decision = Verdict.parse(command.decision());
        if (s.proposedDecision == decision) {
            return ProposalState.of(s, gridId);
        }
        if (command.baseVersion() != s.version) {
            throw new StaleVersionException("La proposition a été modifiée entre-temps (version " + s.version
                    + ") : rien n'est écrasé.", ProposalState.of(s, gridId));
        }
        s.proposedDecision = decision;
        s.updatedAt = Instant.now();
        s.updatedBy = user.username();
        em.flush();
        return ProposalState.of(s, gridId);
    }

    @Transactional
    public ProposalState proposeForGrid(long gridId, ScoringCommands.Proposal command) {
        requireValid(command);
        access.forWrite(gridId, true, true);
        EvaluationGrid g = grids.findById(gridId);
        Verdict decision = Verdict.parse(command.decision());
        if (g.proposedDecision == decision) {
            return ProposalState.of(g);
        }
        if (command.baseVersion() != g.version) {
            throw new StaleVersionException("La proposition a été modifiée entre-temps (version " + g.version
                    + ") : rien n'est écrasé.", ProposalState.of(g));
        }
        g.proposedDecision = decision;
        g.updatedAt = Instant.now();
        g.updatedBy = user.username();
        em.flush();
        return ProposalState.of(g);
    }

    /** Hands the grid in (again: nothing happens). Refused while a line or a proposal is missing. */
    @Transactional
    public void submit(long gridId) {
        access.forWrite(gridId, true, false);
        EvaluationGrid g = grids.findById(gridId);
        if (g.isSubmitted()) {
            return;
        }
        List<FieldError> errors = GridSubmissionPolicy.check(
                g.shownSections().flatMap(s -> s.criteria.stream().map(c -> new GridSubmissionPolicy.Line(
                        c.itemKey, c.text, s.kind, c.score))).toList(),
                g.sections.stream().filter(s -> s.kind.isCompetency())
                        .map(s -> new GridSubmissionPolicy.Competency(s.sectionKey, s.title, s.proposedDecision))
                        .toList(),
                g.proposedDecision);
        if (!errors.isEmpty()) {
            throw ProblemException.rule("La grille n'est pas complète (" + errors.size() + " élément(s) manquant(s)) :"
                    + " elle n'est pas soumise.", errors);
        }
        Instant now = Instant.now();
        g.status = GridStatus.SUBMITTED;
        g.submittedAt = now;
        g.updatedAt = now;
        g.updatedBy = user.username();
    }

    private GridCriterion line(long gridId, long criterionId) {
        return grids.lockedLine(gridId, criterionId)
                .orElseThrow(() -> ProblemException.notFound("La grille n° " + gridId + " n'a pas de ligne n° "
                        + criterionId + "."));
    }

    /** The DP and the ECF are consulted, never scored; the entretien final is not in a CCP grid (any more). */
    private static ProblemException notScored(GridCriterion c) {
        String message = c.section.kind.isConsulted()
                ? "« " + c.section.title + " » est un élément que le jury consulte, pas une ligne notée (atteint ou "
                + "non) : indiquez s'il a été consulté, avec une observation au besoin."
                : "L'entretien final ne se note pas dans la grille d'un CCP : il se tient une fois pour le titre et "
                + "s'enregistre à la délibération.";
        return ProblemException.rule(message, List.of(new FieldError("value", message)));
    }

    private static void requireValid(ScoringCommands.Proposal command) {
        List<FieldError> errors = ScoreValidationPolicy.checkProposal(command.decision(), command.baseVersion());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La proposition n'est pas enregistrée : " + errors.getFirst().message(),
                    errors);
        }
    }
}
