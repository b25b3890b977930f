package fr.titrepro.document.render;

import fr.titrepro.document.CertifiedTitle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the procès-verbal de session states: the session (title and version, centre, site, dates), the jury, every
 * candidate's CCP decisions and outcome with the overrides and their reasons, the incidents and frauds, the
 * signatures of the jury, and the rectifications made after an appeal (recours gracieux).
 *
 * @param pvVersion   1 for the PV signed at the end of the session; 2, 3… for each rectification after an appeal
 * @param sessionKind « Session titre », « Session CCP (CCP 1, 2) », « Session CCS (code) »
 * @param ccs         the CCS assessed at a CCS session, or null
 * @param pvDate      the date the last juror signed (date of the PV)
 * @param deliberationHead the head of the session's deliberation chain the PV was built from (printed as
 *                    « Empreinte de la délibération »), or null
 * @param emargements the émargement in force of each candidate and épreuve, ticked on the tablet (issue 18)
 */
public record PvData(long sessionId, int pvVersion, String sessionKind, CertifiedTitle title, String ccs,
                     String centreName, String centreSiret, String site, LocalDate startDate, LocalDate endDate,
                     List<JurorLine> jury, List<CandidateLine> candidates, List<Incident> incidents,
                     List<Signature> signatures, List<Rectification> rectifications, LocalDate pvDate,
                     String deliberationHead, List<Emargement> emargements) {

    public PvData(long sessionId, int pvVersion, String sessionKind, CertifiedTitle title, String ccs,
                  String centreName, String centreSiret, String site, LocalDate startDate, LocalDate endDate,
                  List<JurorLine> jury, List<CandidateLine> candidates, List<Incident> incidents,
                  List<Signature> signatures, List<Rectification> rectifications, LocalDate pvDate,
                  String deliberationHead) {
        this(sessionId, pvVersion, sessionKind, title, ccs, centreName, centreSiret, site, startDate, endDate, jury,
                candidates, incidents, signatures, rectifications, pvDate, deliberationHead, List.of());
    }

    public PvData(long sessionId, int pvVersion, String sessionKind, CertifiedTitle title, String ccs,
                  String centreName, String centreSiret, String site, LocalDate startDate, LocalDate endDate,
                  List<JurorLine> jury, List<CandidateLine> candidates, List<Incident> incidents,
                  List<Signature> signatures, List<Rectification> rectifications, LocalDate pvDate) {
        this(sessionId, pvVersion, sessionKind, title, ccs, centreName, centreSiret, site, startDate, endDate, jury,
                candidates, incidents, signatures, rectifications, pvDate, null);
    }

    public PvData {
        jury = List.copyOf(jury);
        candidates = List.copyOf(candidates);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        rectifications = rectifications == null ? List.of() : List.copyOf(rectifications);
        emargements = emargements == null ? List.of() : List.copyOf(emargements);
    }

    /** A member of the jury: name, profession and employer. */
    public record JurorLine(String name, String profession, String employer) {
    }

    /**
     * One candidate's line.
     *
     * @param attendance      « Présent », « Absent », « Absent excusé »
     * @param ccps            the jury's decision on each CCP assessed (empty when absent, or at a CCS session)
     * @param finalInterview  « Favorable », « Défavorable », « Non tenu », or null when it was not due
     * @param outcome         the outcome recorded (label, e.g. « Réussite partielle »)
     * @param computedOutcome the outcome the rules computed when the jury overrode it, else null
     * @param overrideReason  the jury's written reason for the override, else null
     * @param fraudReport     the fraud report, or null
     * @param notes           French sentences explaining the outcome (correspondences applied…)
     */
    public record CandidateLine(String reference, String name, LocalDate birthDate, String attendance,
                                List<CcpLine> ccps, String finalInterview, String outcome, String computedOutcome,
                                String overrideReason, String fraudReport, List<String> notes) {
        public CandidateLine {
            ccps = ccps == null ? List.of() : List.copyOf(ccps);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** @param decision « Acquis » or « Non acquis » */
    public record CcpLine(int number, String name, String decision) {
    }

    /** An incident reported during the session; {@code candidateName} is null for an incident of the session. */
    public record Incident(String candidateName, String description, Instant reportedAt, String reportedBy) {
    }

    /** A juror's signature in the platform: identity and time. */
    public record Signature(String jurorName, String username, Instant signedAt) {
    }

    /** A re-deliberation after an appeal: what was asked, when, and what the jury decided. */
    public record Rectification(String candidateName, LocalDate receivedOn, String motive, String previousOutcome,
                                String newOutcome, String reason, Instant decidedAt, String decidedBy) {
    }

    /** A candidate's émargement at one épreuve: « Présent » (signed on the tablet) or « Absent », who ticked it, when. */
    public record Emargement(String candidateName, String epreuve, LocalDate day, String presence, String recordedBy,
                             Instant recordedAt) {
    }
}
