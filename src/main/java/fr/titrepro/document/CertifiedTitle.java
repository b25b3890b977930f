package fr.titrepro.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.TitleVersion;

import java.util.List;

/**
 * The title as the documents state it: exact name, code, levels, NSF codes, RNCP registration, certifier; and the
 * référentiel's CCPs with their professional competencies as they stood at issue (the verifiable credential lists
 * them as alignments, issue 16; a référentiel version replaced later does not change an issued document).
 *
 * @param ccps the CCPs of the version and their competencies (empty in documents issued before issue 16)
 */
public record CertifiedTitle(String code, String version, String acronym, String name, int level, int eqfLevel,
                             List<Nsf> nsfCodes, String rncp, String certifier, List<Unit> ccps) {

    public static final String MINISTRY = fr.titrepro.document.pdf.OfficialStyle.MINISTRY;

    public record Nsf(String code, String label) {
        @Override
        public String toString() {
            return label == null || label.isBlank() ? code : code + " – " + label;
        }
    }

    /** A competency of the REAC: its number (null for a transversal one) and its name. */
    public record Skill(Integer number, String name) {
        public static Skill of(Competency c) {
            return new Skill(c.number, c.name);
        }
    }

    /** A CCP of the title and its professional competencies, in the REAC's order. */
    public record Unit(int number, String name, List<Skill> competencies) {
        public Unit {
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
        }
    }

    @JsonCreator
    public CertifiedTitle {
        nsfCodes = nsfCodes == null ? List.of() : List.copyOf(nsfCodes);
        ccps = ccps == null ? List.of() : List.copyOf(ccps);
    }

    /** Without the référentiel's CCPs (samples, tests). */
    public CertifiedTitle(String code, String version, String acronym, String name, int level, int eqfLevel,
                          List<Nsf> nsfCodes, String rncp, String certifier) {
        this(code, version, acronym, name, level, eqfLevel, nsfCodes, rncp, certifier, List.of());
    }

    public static CertifiedTitle of(TitleVersion v) {
        return new CertifiedTitle(v.code, v.version, v.acronym, v.name, v.level, v.eqfLevel,
                v.nsfCodes.stream().map(n -> new Nsf(n.code(), n.label())).toList(), v.rncp, MINISTRY,
                v.ccps.stream().map(c -> new Unit(c.number, c.name, c.competencies.stream().map(Skill::of).toList()))
                        .toList());
    }

    /** The CCP numbered {@code number} as the référentiel names it, if the snapshot has it. */
    public java.util.Optional<Unit> ccp(int number) {
        return ccps.stream().filter(u -> u.number() == number).findFirst();
    }

    /** The référentiel the competencies come from: « REAC TP-00496 version 05 » and the RNCP number when known. */
    public String framework() {
        return "REAC " + code + " version " + version + (rncp == null || rncp.isBlank() ? "" : " – " + rncp);
    }

    public String nsfLine() {
        return String.join(" ; ", nsfCodes.stream().map(Nsf::toString).toList());
    }

    /** RNCP mention: the number when known; titres professionnels are registered de droit (code de l'éducation). */
    public String rncpLine() {
        return rncp == null || rncp.isBlank()
                ? "Enregistré de droit au RNCP (article L. 335-6 du code de l'éducation)"
                : "Enregistré au RNCP sous le numéro " + rncp;
    }

    public String levelLine() {
        return "Niveau " + level + " du cadre national des certifications professionnelles – niveau " + eqfLevel
                + " du cadre européen des certifications (CEC)";
    }
}
