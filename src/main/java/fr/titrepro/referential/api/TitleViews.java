package fr.titrepro.referential.api;

import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.CodedLabel;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.Correspondences;
import fr.titrepro.referential.Revision;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.TitleVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The référentiel as the API shows it: records only, never entities. */
public final class TitleViews {

    private TitleViews() {
    }

    public record TitleSummary(String code, String acronym, String name, int level, int eqfLevel, String version,
                               TitleStatus status, LocalDate validFrom, LocalDate validUntil, int ccpCount) {
        static TitleSummary of(TitleVersion v) {
            return new TitleSummary(v.code, v.acronym, v.name, v.level, v.eqfLevel, v.version, v.status, v.validFrom,
                    v.validUntil, v.ccps.size());
        }
    }

    public record VersionSummary(String version, String acronym, String name, TitleStatus status, LocalDate validFrom,
                                 LocalDate validUntil, LocalDate closedOn, String replaces) {
    }

    public record CriterionView(long id, int position, String text) {
    }

    public record CompetencyView(long id, Integer number, String name, String description, List<CriterionView> criteria) {
        static CompetencyView of(Competency c) {
            return new CompetencyView(c.id, c.number, c.name, c.description,
                    c.criteria.stream().map(k -> new CriterionView(k.id, k.position, k.text)).toList());
        }
    }

    public record AssessmentView(String kind, String label, int minutes) {
    }

    public record CcpView(long id, int number, String name, List<AssessmentView> assessments,
                          List<CompetencyView> competencies) {
        static CcpView of(Ccp c) {
            return new CcpView(c.id, c.number, c.name,
                    c.assessments.stream().map(a -> new AssessmentView(a.kind().name(), a.kind().label(), a.minutes())).toList(),
                    c.competencies.stream().map(CompetencyView::of).toList());
        }
    }

    public record CcsView(long id, String code, String name, List<CompetencyView> competencies) {
    }

    /** A line of the table: every CCP of {@code fromCcps} held → each CCP of {@code toCcps} (many-to-one lines). */
    public record CorrespondenceView(List<Integer> fromCcps, List<String> fromNames, List<Integer> toCcps,
                                     String line) {
    }

    /**
     * @param official true when the table is the arrêté de spécialité's: only then does it change a candidate's rights;
     *                 otherwise it is shown as information only ({@code applied} false)
     * @param decree   the arrêté de spécialité that fixes the table, when the administration cited it
     */
    public record RevisionView(String code, String version, boolean official, boolean applied, String note,
                               List<CorrespondenceView> correspondences, String decree) {
        static RevisionView replacing(Revision r) {
            return new RevisionView(r.oldVersion.code, r.oldVersion.version, r.official, r.official, r.note,
                    r.lines().stream().map(l -> new CorrespondenceView(l.from().stream().sorted().toList(),
                            l.from().stream().sorted().map(n -> r.oldVersion.ccps.stream()
                                    .filter(c -> c.number == n).map(c -> c.name).findFirst().orElse("?")).toList(),
                            l.to().stream().sorted().toList(), Correspondences.describe(l))).toList(), r.decree);
        }
    }

    public record TitleDetail(String code, String acronym, String name, int level, int eqfLevel,
                              List<CodedLabel> nsfCodes, List<CodedLabel> romeCodes, String version, String rncp,
                              LocalDate validFrom, LocalDate validUntil, TitleStatus status, LocalDate closedOn,
                              String source, String specialityDecree, Integer finalInterviewMinutes,
                              List<CcpView> ccps,
                              List<CompetencyView> transversalCompetencies, List<CcsView> ccs,
                              RevisionView replaces, List<String> replacedBy) {
    }

    public static TitleDetail detail(TitleVersion v, Revision replacing, List<Revision> replacedBy) {
        return new TitleDetail(v.code, v.acronym, v.name, v.level, v.eqfLevel, List.copyOf(v.nsfCodes),
                List.copyOf(v.romeCodes), v.version, v.rncp, v.validFrom, v.validUntil, v.status, v.closedOn, v.source,
                v.specialityDecree, v.finalInterviewMinutes,
                v.ccps.stream().map(CcpView::of).toList(),
                v.transversalCompetencies().stream().map(CompetencyView::of).toList(),
                v.ccsBlocks.stream().map(c -> new CcsView(c.id, c.code, c.name,
                        c.competencies.stream().map(CompetencyView::of).toList())).toList(),
                replacing == null ? null : RevisionView.replacing(replacing),
                replacedBy.stream().map(r -> r.newVersion.code + " version " + r.newVersion.version).toList());
    }

    public static VersionSummary version(TitleVersion v, Revision replacing) {
        return new VersionSummary(v.version, v.acronym, v.name, v.status, v.validFrom, v.validUntil, v.closedOn,
                replacing == null ? null : replacing.oldVersion.code + " version " + replacing.oldVersion.version);
    }

    public static TitleSummary summary(TitleVersion v) {
        return TitleSummary.of(v);
    }
}
