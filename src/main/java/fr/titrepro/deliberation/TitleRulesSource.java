package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.deliberation.DeliberationCase.PriorCcp;
import fr.titrepro.deliberation.DeliberationCase.RevisionTable;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.deliberation.DeliberationCase.VersionRef;
import fr.titrepro.referential.Revision;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the référentiel and a candidate's CCPs as the plain data {@link DeliberationPolicy} works on. */
@ApplicationScoped
public class TitleRulesSource {

    @Inject
    TitleCatalog catalog;

    /**
     * The version's CCPs and every official revision table leading to it (older revisions of older versions too). A
     * table that is not official stops the chain: it is information, never a right (DOMAIN "Référentiel").
     */
    public TitleRules rulesOf(TitleVersion version) {
        List<Revision> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        TitleVersion current = version;
        while (seen.add(current.id)) {
            Optional<Revision> revision = catalog.replacing(current);
            if (revision.isEmpty() || !revision.get().official) {
                break;
            }
            chain.add(revision.get());
            current = revision.get().oldVersion;
        }
        return rules(version, chain);
    }

    /** CCPs of the candidate held under any version of the title's lineage (other titles do not count). */
    public List<PriorCcp> priorCcps(Candidate candidate) {
        return candidate.heldCcps.stream().map(TitleRulesSource::prior).toList();
    }

    static TitleRules rules(TitleVersion version, List<Revision> revisions) {
        return new TitleRules(ref(version), version.ccps.stream().map(c -> c.number).collect(Collectors.toSet()),
                revisions.stream().map(TitleRulesSource::table).toList());
    }

    static RevisionTable table(Revision revision) {
        return new RevisionTable(ref(revision.oldVersion), ref(revision.newVersion), revision.lines());
    }

    static PriorCcp prior(HeldCcp held) {
        return new PriorCcp(ref(held.ccp.titleVersion), held.ccp.number);
    }

    static VersionRef ref(TitleVersion v) {
        return new VersionRef(v.code, v.version);
    }
}
