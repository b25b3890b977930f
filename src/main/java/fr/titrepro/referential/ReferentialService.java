package fr.titrepro.referential;

import fr.titrepro.referential.file.ImportOutcome;
import fr.titrepro.referential.file.ReferentialDocument;
import fr.titrepro.referential.file.ReferentialFileReader;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Imports and replaces title versions: all or nothing, idempotent. */
@ApplicationScoped
public class ReferentialService {

    /** What an import did, with the size of the version (professional competencies and their criteria). */
    public record ImportResult(ImportOutcome outcome, String code, String version, int ccps, int competencies,
                               int criteria) {
        static ImportResult of(ImportOutcome outcome, ReferentialDocument d) {
            return new ImportResult(outcome, d.code(), d.version(), d.ccps().size(), d.competencyCount(),
                    d.criterionCount());
        }
    }

    @Inject
    TitleVersionRepository versions;

    @Inject
    RevisionRepository revisions;

    @Inject
    Instance<TitleVersionUsage> usages;

    /**
     * @param replace when the version exists with another content: replace it (true) or refuse (false)
     */
    @Transactional
    public ImportResult importFile(byte[] content, boolean replace) {
        ReferentialDocument document = ReferentialFileReader.read(content, versions::ccpNumbers);
        String hash = ReferentialFileReader.contentHash(document);
        TitleVersion existing = versions.findVersion(document.code(), document.version()).orElse(null);
        if (existing == null) {
            TitleVersion created = new TitleVersion();
            fill(created, document, hash);
            versions.persist(created);
            writeRevision(created, document);
            return ImportResult.of(ImportOutcome.CREATED, document);
        }
        if (hash.equals(existing.contentHash)) {
            return ImportResult.of(ImportOutcome.UNCHANGED, document);
        }
        if (!replace) {
            throw new ProblemException(ProblemType.CONFLICT, "La version " + document.version() + " du titre "
                    + document.code() + " existe déjà avec un autre contenu ; demandez son remplacement (replace=true).");
        }
        refuseLosingUsedCcps(existing, document);
        fill(existing, document, hash);
        writeRevision(existing, document);
        return ImportResult.of(ImportOutcome.REPLACED, document);
    }

    private void refuseLosingUsedCcps(TitleVersion existing, ReferentialDocument document) {
        Set<Integer> kept = document.ccps().stream().map(ReferentialDocument.CcpEntry::number).collect(Collectors.toSet());
        if (existing.ccps.stream().allMatch(c -> kept.contains(c.number))) {
            return;
        }
        for (TitleVersionUsage usage : usages) {
            String how = usage.usageOf(existing);
            if (how != null) {
                throw ProblemException.rule("Cette version est utilisée (" + how + ") : un remplacement ne peut pas "
                        + "lui retirer de CCP.", List.of());
            }
        }
        if (!revisions.replacedBy(existing).isEmpty()) {
            throw ProblemException.rule("Une version plus récente renvoie aux CCP de cette version par sa table de "
                    + "correspondance : un remplacement ne peut pas lui retirer de CCP.", List.of());
        }
    }

    private void fill(TitleVersion v, ReferentialDocument d, String hash) {
        v.code = d.code();
        v.version = d.version();
        v.acronym = d.acronym();
        v.name = d.name();
        v.level = d.level();
        v.eqfLevel = d.eqfLevel();
        v.rncp = d.rncp();
        v.validFrom = d.validFrom();
        v.validUntil = d.validUntil();
        v.status = d.status();
        v.closedOn = d.closedOn();
        v.source = d.source();
        v.specialityDecree = d.specialityDecree();
        v.finalInterviewMinutes = d.finalInterviewMinutes();
        v.contentHash = hash;
        v.importedAt = Instant.now();
        v.nsfCodes.clear();
        v.nsfCodes.addAll(d.nsfCodes());
        v.romeCodes.clear();
        v.romeCodes.addAll(d.romeCodes());

        // Competencies are rewritten whole (grids keep their own copy); CCPs and CCS keep their identity by
        // number and code, since sessions and correspondences refer to them.
        v.competencies.clear();
        v.ccps.forEach(c -> c.competencies.clear());
        v.ccsBlocks.forEach(c -> c.competencies.clear());
        if (v.id != null) {
            versions.flush();
        }
        syncCcps(v, d);
        syncCcs(v, d);
        if (v.id != null) {
            versions.flush();
        }
        int position = 0;
        for (int i = 0; i < d.ccps().size(); i++) {
            Ccp ccp = v.ccps.get(i);
            for (ReferentialDocument.CompetencyEntry entry : d.ccps().get(i).competencies()) {
                ccp.competencies.add(addCompetency(v, entry, CompetencyKind.PROFESSIONAL, ++position, ccp, null));
            }
        }
        for (ReferentialDocument.CompetencyEntry entry : d.transversalCompetencies()) {
            addCompetency(v, entry, CompetencyKind.TRANSVERSAL, ++position, null, null);
        }
        for (int i = 0; i < d.ccs().size(); i++) {
            Ccs ccs = v.ccsBlocks.get(i);
            for (ReferentialDocument.CompetencyEntry entry : d.ccs().get(i).competencies()) {
                ccs.competencies.add(addCompetency(v, entry, CompetencyKind.CCS, ++position, null, ccs));
            }
        }
    }

    private void syncCcps(TitleVersion v, ReferentialDocument d) {
        Map<Integer, Ccp> byNumber = v.ccps.stream().collect(Collectors.toMap(c -> c.number, Function.identity()));
        v.ccps.clear();
        for (ReferentialDocument.CcpEntry entry : d.ccps()) {
            Ccp ccp = byNumber.getOrDefault(entry.number(), new Ccp());
            ccp.titleVersion = v;
            ccp.number = entry.number();
            ccp.name = entry.name();
            ccp.assessments.clear();
            ccp.assessments.addAll(entry.assessments());
            v.ccps.add(ccp);
        }
    }

    private void syncCcs(TitleVersion v, ReferentialDocument d) {
        Map<String, Ccs> byCode = v.ccsBlocks.stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
        v.ccsBlocks.clear();
        for (ReferentialDocument.CcsEntry entry : d.ccs()) {
            Ccs ccs = byCode.getOrDefault(entry.code(), new Ccs());
            ccs.titleVersion = v;
            ccs.code = entry.code();
            ccs.name = entry.name();
            v.ccsBlocks.add(ccs);
        }
    }

    private static Competency addCompetency(TitleVersion v, ReferentialDocument.CompetencyEntry entry,
                                            CompetencyKind kind, int position, Ccp ccp, Ccs ccs) {
        Competency c = new Competency();
        c.titleVersion = v;
        c.kind = kind;
        c.ccp = ccp;
        c.ccs = ccs;
        c.number = entry.number();
        c.position = position;
        c.name = entry.name().strip();
        c.description = entry.description() == null ? null : entry.description().strip();
        int i = 0;
        for (String text : entry.criteria()) {
            Criterion criterion = new Criterion();
            criterion.competency = c;
            criterion.position = ++i;
            criterion.text = text.strip();
            c.criteria.add(criterion);
        }
        v.competencies.add(c);
        return c;
    }

    private void writeRevision(TitleVersion v, ReferentialDocument d) {
        Revision revision = revisions.replacing(v).orElse(null);
        if (d.replaces() == null) {
            if (revision != null) {
                revisions.delete(revision);
            }
            return;
        }
        TitleVersion old = versions.findVersion(d.replaces().code(), d.replaces().version()).orElseThrow();
        if (revision == null) {
            revision = new Revision();
            revision.newVersion = v;
        }
        revision.oldVersion = old;
        revision.official = d.replaces().official();
        revision.note = d.replaces().note();
        revision.correspondences.clear();
        int lineNo = 0;
        for (ReferentialDocument.Correspondence line : d.replaces().correspondences()) {
            lineNo++;
            for (Integer fromNumber : line.from()) {
                Ccp from = ccpNumbered(old, fromNumber);
                for (Integer to : line.to()) {
                    CcpCorrespondence c = new CcpCorrespondence();
                    c.revision = revision;
                    c.oldCcp = from;
                    c.newCcp = ccpNumbered(v, to);
                    c.lineNo = lineNo;
                    revision.correspondences.add(c);
                }
            }
        }
        revisions.persist(revision);
    }

    private static Ccp ccpNumbered(TitleVersion v, int number) {
        return v.ccps.stream().filter(c -> Objects.equals(c.number, number)).findFirst().orElseThrow();
    }
}
