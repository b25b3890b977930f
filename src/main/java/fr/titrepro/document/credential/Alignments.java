package fr.titrepro.document.credential;

import fr.titrepro.document.CertifiedTitle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OB 3.0 {@code alignment} entries of an achievement (issue 16): the title's registration (RNCP), its level, its
 * NSF codes, and the référentiel's CCPs and competencies ({@code targetFramework} = the REAC version and the RNCP
 * number, {@code targetCode} = « CCP1 » or « CCP1-C3 » for competency 3 of the REAC), and the same competencies
 * written out for {@code criteria.narrative}. Pure.
 */
final class Alignments {

    private Alignments() {
    }

    /** RNCP line, CNCP/CEC level line, each NSF code. */
    static List<Map<String, Object>> title(CertifiedTitle t) {
        List<Map<String, Object>> alignments = new ArrayList<>();
        alignments.add(alignment(t.rncpLine(), "RNCP", t.rncp() == null ? t.code() : t.rncp(), fiche(t)));
        alignments.add(alignment(t.levelLine(), "CNCP/CEC", "niveau-" + t.level(),
                "https://europa.eu/europass/fr/description-eight-eqf-levels"));
        for (CertifiedTitle.Nsf nsf : t.nsfCodes()) {
            alignments.add(alignment("NSF " + nsf, "NSF", nsf.code(), fiche(t)));
        }
        return alignments;
    }

    /** The CCP itself, then each of its competencies. */
    static List<Map<String, Object>> ccp(CertifiedTitle t, int number, String name) {
        List<Map<String, Object>> alignments = new ArrayList<>();
        alignments.add(alignment(ccpName(number, name), t.framework(), "CCP" + number, fiche(t)));
        for (CertifiedTitle.Skill skill : competencies(t, number)) {
            alignments.add(alignment(skill.name(), t.framework(), competencyCode("CCP" + number, skill), fiche(t)));
        }
        return alignments;
    }

    /** The competencies of a CCS, coded after it (« CCS-1-C1 »). */
    static List<Map<String, Object>> ccs(CertifiedTitle t, String code, List<CertifiedTitle.Skill> skills) {
        List<Map<String, Object>> alignments = new ArrayList<>();
        for (CertifiedTitle.Skill skill : skills) {
            alignments.add(alignment(skill.name(), t.framework(), competencyCode(code, skill), fiche(t)));
        }
        return alignments;
    }

    /** « CCP 1 – name : compétence ; compétence. » for the criteria's narrative. */
    static String narrative(CertifiedTitle t, int number, String name) {
        List<String> skills = competencies(t, number).stream().map(CertifiedTitle.Skill::name).toList();
        return ccpName(number, name) + (skills.isEmpty() ? "" : " : " + String.join(" ; ", skills)) + ".";
    }

    static String ccpName(int number, String name) {
        return "CCP " + number + " – " + name;
    }

    private static List<CertifiedTitle.Skill> competencies(CertifiedTitle t, int number) {
        return t.ccp(number).map(CertifiedTitle.Unit::competencies).orElse(List.of());
    }

    private static String competencyCode(String unit, CertifiedTitle.Skill skill) {
        return unit + "-C" + (skill.number() == null ? "T" : skill.number());
    }

    static Map<String, Object> alignment(String name, String framework, String code, String url) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", List.of("Alignment"));
        a.put("targetName", name);
        a.put("targetFramework", framework);
        a.put("targetCode", code);
        a.put("targetUrl", url);
        return a;
    }

    /** The title's public record at France compétences (by RNCP number when known, else a search by code). */
    static String fiche(CertifiedTitle t) {
        return t.rncp() != null && t.rncp().startsWith("RNCP")
                ? "https://www.francecompetences.fr/recherche/rncp/" + t.rncp().substring(4) + "/"
                : "https://www.francecompetences.fr/recherche_certificationprofessionnelle/?search="
                        + URLEncoder.encode(t.code(), StandardCharsets.UTF_8);
    }
}
