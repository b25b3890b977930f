package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A title version whose CCPs candidates hold cannot lose CCPs through a replacement of the référentiel. */
@ApplicationScoped
public class HeldCcpTitleUsage implements TitleVersionUsage {

    @Inject
    CandidateRepository candidates;

    @Override
    public String usageOf(TitleVersion version) {
        long holders = candidates.countHoldersOf(version);
        return holders == 0 ? null : holders + " candidat(s) détiennent des CCP de cette version";
    }
}
