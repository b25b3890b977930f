package fr.titrepro.referential.diff;

import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.CcpCorrespondence;
import fr.titrepro.referential.Correspondences;
import fr.titrepro.referential.Revision;
import fr.titrepro.referential.RevisionRepository;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.audit.AdminAction;
import fr.titrepro.shared.audit.AdministrationLog;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two versions of a title (or a title and the title that replaced it) and saves the correspondence table the
 * administration wrote from it as the revision's table ({@link Revision}, {@link CcpCorrespondence}): the same table
 * the enrolment, the deliberation and the livret read, applied only when official.
 */
@ApplicationScoped
public class VersionComparisonService {

    /** A compared version. */
    public record VersionRef(String code, String version, String acronym, String name, int ccps, int competencies) {
        static VersionRef of(TitleVersion v) {
            return new VersionRef(v.code, v.version, v.acronym, v.name, v.ccps.size(),
                    v.ccps.stream().mapToInt(c -> c.competencies.size()).sum());
        }
    }

    /** How many competencies had each change, and the sentence the page shows. */
    public record Summary(int fromCcps, int toCcps, Map<Change, Long> competencies, String text) {
    }

    /** A line of a saved table. */
    public record TableLineView(List<Integer> from, List<Integer> to, String label) {
    }

    /** The table saved for a version: which version it replaces, whether it is official (then applied) and why. */
    public record SavedTable(String fromCode, String fromVersion, boolean official, boolean applied, String decree,
                             String note, List<TableLineView> lines) {
        static SavedTable of(Revision r) {
            return new SavedTable(r.oldVersion.code, r.oldVersion.version, r.official, r.official, r.decree, r.note,
                    r.lines().stream().map(l -> new TableLineView(l.from().stream().sorted().toList(),
                            l.to().stream().sorted().toList(), Correspondences.describe(l))).toList());
        }
    }

    /** @param currentTable the table saved for {@code to} (it may replace another version than {@code from}), or null */
    public record Comparison(VersionRef from, VersionRef to, Summary summary, List<VersionDiff.CcpChange> ccps,
                             List<VersionDiff.CompetencyChange> competencies,
                             List<CorrespondenceProposal.ProposedLine> proposal, SavedTable currentTable) {
    }

    @Inject
    TitleCatalog catalog;

    @Inject
    RevisionRepository revisions;

    @Inject
    AdministrationLog adminLog;

    @Transactional
    public Comparison compare(String fromCode, String fromVersion, String toCode, String toVersion) {
        TitleVersion from = version(fromCode, fromVersion);
        TitleVersion to = version(toCode, toVersion);
        Outline target = Outline.of(to);
        VersionDiff diff = VersionDiff.between(Outline.of(from), target);
        return new Comparison(VersionRef.of(from), VersionRef.of(to), summary(diff, from, to), diff.ccps(),
                diff.competencies(), CorrespondenceProposal.of(diff, target),
                revisions.replacing(to).map(SavedTable::of).orElse(null));
    }

    /** The table saved for a version, or null. */
    @Transactional
    public SavedTable currentTable(String code, String version) {
        return revisions.replacing(version(code, version)).map(SavedTable::of).orElse(null);
    }

    /**
     * Saves the table of {@code code} {@code version} (the revised version): replaces its current table only when the
     * command confirms it ({@code overwrite}), 409 otherwise.
     */
    @Transactional
    public SavedTable saveTable(String code, String version, CorrespondenceTable table) {
        TitleVersion target = version(code, version);
        String fromCode = table.fromCode() == null ? code : table.fromCode();
        List<FieldError> refusals = CorrespondenceTablePolicy.refusals(table,
                table.fromVersion() == null ? Set.of() : numbers(version(fromCode, table.fromVersion())), numbers(target));
        if (!refusals.isEmpty()) {
            throw ProblemException.invalid("La table de correspondance n'est pas enregistrée : " + refusals.size()
                    + " erreur(s).", refusals);
        }
        TitleVersion old = version(fromCode, table.fromVersion());
        refuseLoop(old, target);
        Revision revision = revisions.replacing(target).orElse(null);
        if (revision != null && !table.overwrite()) {
            throw ProblemException.conflict("La version " + target.version + " a déjà une table de correspondance "
                    + "(remplace la version " + revision.oldVersion.version + ") : confirmez son remplacement.");
        }
        if (revision == null) {
            revision = new Revision();
            revision.newVersion = target;
        }
        write(revision, old, target, table);
        adminLog.record(AdminAction.CORRESPONDENCE_TABLE_SAVED, "REVISION", revision.id, old.code + " " + old.version
                + " → " + target.code + " " + target.version + (table.official() ? ", officielle : " + table.decree()
                : ", non officielle") + ", " + table.lines().size() + " ligne(s)");
        return SavedTable.of(revision);
    }

    private void write(Revision revision, TitleVersion old, TitleVersion target, CorrespondenceTable table) {
        revision.oldVersion = old;
        revision.official = table.official();
        revision.decree = table.decree();
        revision.note = table.note();
        revision.correspondences.clear();
        int lineNo = 0;
        for (CorrespondenceTable.TableLine line : table.lines()) {
            lineNo++;
            for (Integer fromNumber : new HashSet<>(line.from())) {
                for (Integer toNumber : new HashSet<>(line.to())) {
                    CcpCorrespondence c = new CcpCorrespondence();
                    c.revision = revision;
                    c.oldCcp = ccp(old, fromNumber);
                    c.newCcp = ccp(target, toNumber);
                    c.lineNo = lineNo;
                    revision.correspondences.add(c);
                }
            }
        }
        revisions.persist(revision);
        revisions.flush();
    }

    /** A version may not replace itself, nor a version that (through the chain) already replaces it. */
    private void refuseLoop(TitleVersion old, TitleVersion target) {
        Set<Long> seen = new HashSet<>();
        for (TitleVersion v = old; v != null && seen.add(v.id); v = revisions.replacing(v).map(r -> r.oldVersion).orElse(null)) {
            if (v.id.equals(target.id)) {
                throw ProblemException.rule("Une version ne peut pas remplacer " + (old.id.equals(target.id)
                        ? "elle-même." : "une version qui la remplace déjà (boucle de révisions)."),
                        List.of(new FieldError("fromVersion", "Choisissez une version antérieure.")));
            }
        }
    }

    private TitleVersion version(String code, String version) {
        if (version == null || version.isBlank()) {
            throw ProblemException.invalidField("version", "Indiquez la version (millésime) du titre " + code + ".");
        }
        return catalog.get(code, version);
    }

    private static Set<Integer> numbers(TitleVersion v) {
        return v.ccps.stream().map(c -> c.number).collect(Collectors.toSet());
    }

    private static Ccp ccp(TitleVersion v, int number) {
        return v.ccps.stream().filter(c -> c.number == number).findFirst().orElseThrow();
    }

    private static Summary summary(VersionDiff diff, TitleVersion from, TitleVersion to) {
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        diff.competencies().forEach(c -> counts.merge(c.change(), 1L, Long::sum));
        String text = from.ccps.size() + " CCP → " + to.ccps.size() + " CCP ; compétences : " + counts.entrySet()
                .stream().map(e -> e.getValue() + " " + e.getKey().label() + "e" + (e.getValue() > 1 ? "s" : ""))
                .collect(Collectors.joining(", "));
        return new Summary(from.ccps.size(), to.ccps.size(), counts, text);
    }
}
