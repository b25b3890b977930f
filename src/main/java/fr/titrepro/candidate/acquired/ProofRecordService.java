package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the administration records from a proof, for a certification obtained before the platform: a CCP held, a
 * title obtained. Checks the caller's access and the proof ({@link ProofChecks}), each fault on its field, then
 * records through {@link HeldCcpService} and {@link ObtainedTitleService}.
 */
@ApplicationScoped
public class ProofRecordService {

    @Inject
    CandidateAccess access;

    @Inject
    TitleCatalog titles;

    @Inject
    HeldCcpService heldCcps;

    @Inject
    ObtainedTitleService obtainedTitles;

    /** A CCP obtained before the platform; returns the id of the CCP held. */
    @Transactional
    public long recordCcp(long candidateId, HeldCcpData data) {
        Candidate c = access.editable(candidateId);
        Violations v = new Violations();
        Ccp ccp = null;
        TitleVersion version = ProofChecks.titleVersion(v, titles, data.titleCode(), data.titleVersion());
        if (v.required("ccpNumber", data.ccpNumber()) && version != null) {
            ccp = version.ccps.stream().filter(x -> x.number == data.ccpNumber()).findFirst().orElse(null);
            v.when(ccp == null, "ccpNumber", "Le titre " + version.code + " (version " + version.version
                    + ") n'a pas de CCP " + data.ccpNumber() + ".");
        }
        ProofChecks.dateAndProof(v, data.obtainedOn(), data.place(), data.proofReference());
        v.throwIfAny("Le CCP n'a pas été enregistré : corrigez les champs signalés.");
        return heldCcps.grant(c.id, ccp, data.obtainedOn(), data.place().strip(), null, data.proofReference().strip(),
                access.username());
    }

    /** A title obtained before the platform, shown by a proof (its parchemin). */
    @Transactional
    public ObtainedTitle recordTitle(long candidateId, ObtainedTitleData data) {
        Candidate c = access.editable(candidateId);
        Violations v = new Violations();
        TitleVersion version = ProofChecks.titleVersion(v, titles, data.titleCode(), data.titleVersion());
        ProofChecks.dateAndProof(v, data.obtainedOn(), data.place(), data.proofReference());
        v.throwIfAny("Le titre obtenu n'a pas été enregistré : corrigez les champs signalés.");
        if (ObtainedTitleService.find(c, version, null).isPresent()) {
            throw ProblemException.conflict("Ce candidat a déjà obtenu le titre " + version.code + " (version "
                    + version.version + ").");
        }
        return obtainedTitles.record(c.id, version, null, data.obtainedOn(), data.place().strip(), null, null,
                access.username());
    }
}
