package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.privacy.CandidatePersonalData;
import fr.titrepro.candidate.privacy.ErasureStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * RGPD section « deliberation »: the jury's decisions on the person (every version), their appeals and the
 * incidents of a session that name them. All of it is in the session's PV.
 */
@ApplicationScoped
public class DeliberationPersonalData implements CandidatePersonalData {

    public record Deliberation(List<DecisionData> decisions, List<AppealData> appeals,
                               List<IncidentData> incidents) {
    }

    public record DecisionData(long sessionId, int version, boolean current, String attendance,
                               String finalInterview, String ccpDecisions, String acquired, String outcome,
                               String overrideReason, String notes, String fraudReport, String decidedBy,
                               Instant decidedAt) {
    }

    public record AppealData(long sessionId, LocalDate receivedOn, String motive, String status,
                             String decisionReason, Instant decidedAt) {
    }

    public record IncidentData(long sessionId, String description, String reportedBy, Instant reportedAt) {
    }

    @Inject
    DeliberationRepository repository;

    @Override
    public String section() {
        return "deliberation";
    }

    @Override
    public Object export(Candidate c) {
        List<DecisionData> decisions = repository.decisionsOfCandidate(c.id).stream().map(d -> new DecisionData(
                d.sessionId, d.version, d.current, d.attendance == null ? null : d.attendance.label(),
                d.finalInterview == null ? null : d.finalInterview.label(), d.ccpDecisions, d.acquiredNow,
                d.outcome == null ? null : d.outcome.label(), d.overrideReason, d.notes, d.fraudReport,
                d.decidedBy, d.decidedAt)).toList();
        List<AppealData> appeals = repository.appealsOfCandidate(c.id).stream().map(a -> new AppealData(
                a.sessionId, a.receivedOn, a.motive, a.status == null ? null : a.status.label(), a.decisionReason,
                a.decidedAt)).toList();
        List<IncidentData> incidents = repository.incidentsOfCandidate(c.id).stream().map(i -> new IncidentData(
                i.sessionId, i.description, i.reportedBy, i.reportedAt)).toList();
        return decisions.isEmpty() && appeals.isEmpty() && incidents.isEmpty() ? null
                : new Deliberation(decisions, appeals, incidents);
    }

    /**
     * Kept whole: the decisions, appeals and incidents are what the PV of the session records and the certification
     * the Ministry issues rests on; the PV is signed with its content's hash, so changing a word of it would make it
     * unverifiable (RGPD art. 17(3)(b) ; code de l'éducation art. R. 338-1 et s. ; archives publiques, code du patrimoine
     * art. L. 211-4 and L. 212-2: destroyed only at the end of their retention period, with the visa of the archives).
     */
    @Override
    public ErasureStatement erase(Candidate c) {
        int decisions = repository.decisionsOfCandidate(c.id).size();
        int appeals = repository.appealsOfCandidate(c.id).size();
        int incidents = repository.incidentsOfCandidate(c.id).size();
        if (decisions + appeals + incidents == 0) {
            return ErasureStatement.nothing(section());
        }
        return new ErasureStatement(section(), ErasureStatement.Handling.KEPT, decisions + " décision(s) du jury, "
                + appeals + " recours et " + incidents + " incident(s) conservés tels quels : ils sont consignés au "
                + "procès-verbal de la session, document signé dont l'empreinte couvre le contenu, sur lequel "
                + "reposent les certifications délivrées (RGPD art. 17(3)(b), obligation légale ; code de l'éducation "
                + "art. R. 338-1 et s. ; archives publiques, code du patrimoine art. L. 211-4 et L. 212-2 : "
                + "éliminées seulement à l'issue de leur durée d'utilité administrative, avec le visa des archives). "
                + "Ils ne renvoient plus qu'au dossier anonymisé ; le procès-verbal lui-même garde le nom.");
    }
}
