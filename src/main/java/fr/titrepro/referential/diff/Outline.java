package fr.titrepro.referential.diff;

import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.Criterion;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.file.ReferentialDocument;

import java.util.List;

/** What the comparison reads of a title version: its CCPs, their competencies and criteria, in REAC order. */
public record Outline(String code, String version, List<CcpOutline> ccps) {

    public Outline {
        ccps = List.copyOf(ccps);
    }

    public record CcpOutline(int number, String name, List<CompetencyOutline> competencies) {
        public CcpOutline {
            competencies = List.copyOf(competencies);
        }
    }

    /** A professional competency; {@code description} may be null. */
    public record CompetencyOutline(int number, String name, String description, List<String> criteria) {
        public CompetencyOutline {
            criteria = List.copyOf(criteria);
        }

        /** Everything the competency says, to compare its content when its name changed. */
        String content() {
            return (description == null ? "" : description + " ") + String.join(" ", criteria);
        }
    }

    public static Outline of(TitleVersion v) {
        return new Outline(v.code, v.version, v.ccps.stream().map(Outline::of).toList());
    }

    private static CcpOutline of(Ccp ccp) {
        return new CcpOutline(ccp.number, ccp.name, ccp.competencies.stream().map(Outline::of).toList());
    }

    private static CompetencyOutline of(Competency c) {
        return new CompetencyOutline(c.number == null ? 0 : c.number, c.name, c.description,
                c.criteria.stream().map((Criterion k) -> k.text).toList());
    }

    /** A référentiel file as read, before it is loaded (used by the tests and by drafts). */
    public static Outline of(ReferentialDocument d) {
        return new Outline(d.code(), d.version(), d.ccps().stream().map(c -> new CcpOutline(c.number(), c.name(),
                c.competencies().stream().map(k -> new CompetencyOutline(k.number() == null ? 0 : k.number(),
                        k.name(), k.description(), k.criteria())).toList())).toList());
    }
}
