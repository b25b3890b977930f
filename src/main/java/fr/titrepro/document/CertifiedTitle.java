package fr.titrepro.document;

import fr.titrepro.referential.TitleVersion;

import java.util.List;

/** The title as the documents state it: exact name, code, levels, NSF codes, RNCP registration, certifier. */
public record CertifiedTitle(String code, String version, String acronym, String name, int level, int eqfLevel,
                             List<Nsf> nsfCodes, String rncp, String certifier) {

    public static final String MINISTRY = fr.titrepro.document.pdf.OfficialStyle.MINISTRY;

    public record Nsf(String code, String label) {
        @Override
        public String toString() {
            return label == null || label.isBlank() ? code : code + " – " + label;
        }
    }

    public CertifiedTitle {
        nsfCodes = nsfCodes == null ? List.of() : List.copyOf(nsfCodes);
    }

    public static CertifiedTitle of(TitleVersion v) {
        return new CertifiedTitle(v.code, v.version, v.acronym, v.name, v.level, v.eqfLevel,
                v.nsfCodes.stream().map(n -> new Nsf(n.code(), n.label())).toList(), v.rncp, MINISTRY);
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
