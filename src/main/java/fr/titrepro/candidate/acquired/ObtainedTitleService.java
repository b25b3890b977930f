package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.TitleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The titles (and CCS) a candidate obtained, each a fact of its own: recorded at the validation of the PV that granted
 * it, or by the administration from a proof for a title obtained before the platform (DOMAIN "Sessions and
 * evaluation": « The title obtained is recorded as a fact of its own (date, session, PV), not inferred from the CCPs
 * held »); the proof is checked by {@link ProofRecordService}.
 */
@ApplicationScoped
public class ObtainedTitleService {

    @Inject
    CandidateRepository candidates;

    /**
     * Records that the candidate obtained the title ({@code ccsCode} null) or a CCS; once only (a re-validation after an
     * appeal finds the fact already there). No access check: for trusted callers (PV validation, demo data,
     * {@link ProofRecordService}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ObtainedTitle record(long candidateId, TitleVersion version, String ccsCode, LocalDate obtainedOn,
                                String place, Long sessionId, Integer pvVersion, String recordedBy) {
        Candidate c = candidates.findByIdOptional(candidateId).orElseThrow(CandidateAccess::notFound);
        Optional<ObtainedTitle> existing = find(c, version, ccsCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObtainedTitle t = obtained(c, version, ccsCode, obtainedOn, place, sessionId, pvVersion, recordedBy);
        // persisted alone (its id from the insert), not by a flush of the whole transaction (see HeldCcpService.grant)
        candidates.getEntityManager().persist(t);
        c.obtainedTitles.add(t);
        return t;
    }

    /** The row {@link #record} writes, not persisted. */
    static ObtainedTitle obtained(Candidate c, TitleVersion version, String ccsCode, LocalDate obtainedOn, String place,
                                  Long sessionId, Integer pvVersion, String recordedBy) {
        ObtainedTitle t = new ObtainedTitle();
        t.candidate = c;
        t.titleVersion = version;
        t.ccsCode = ccsCode;
        t.obtainedOn = obtainedOn;
        t.place = place;
        t.sessionId = sessionId;
        t.pvVersion = pvVersion;
        t.recordedBy = recordedBy == null ? "système" : recordedBy;
        t.recordedAt = Instant.now();
        return t;
    }

    static Optional<ObtainedTitle> find(Candidate c, TitleVersion version, String ccsCode) {
        return c.obtainedTitles.stream().filter(t -> t.titleVersion.id.equals(version.id)
                && Objects.equals(t.ccsCode, ccsCode)).findFirst();
    }
}
