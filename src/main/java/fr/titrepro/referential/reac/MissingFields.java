package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;

/**
 * The required fields of the référentiel file format (docs/referentiel-format.md, rule 1) that a draft lacks, as paths:
 * what the admin must fill in before saving. The épreuves ({@code ccps[i].assessments}) are always missing (they come
 * from the référentiel de certification), and so are the CCS codes and the status (the REAC gives neither).
 */
final class MissingFields {

    private MissingFields() {
    }

    static List<String> of(ReacDraft d) {
        List<String> missing = new ArrayList<>();
        add(missing, "code", d.code());
        add(missing, "acronym", d.acronym());
        add(missing, "name", d.name());
        add(missing, "level", d.level());
        add(missing, "eqfLevel", d.eqfLevel());
        if (d.nsfCodes() == null || d.nsfCodes().isEmpty()) {
            missing.add("nsfCodes");
        }
        add(missing, "version", d.version());
        add(missing, "validFrom", d.validFrom());
        add(missing, "status", d.status());
        for (int i = 0; i < d.ccps().size(); i++) {
            if (d.ccps().get(i).assessments().isEmpty()) {
                missing.add("ccps[" + i + "].assessments");
            }
        }
        for (int i = 0; i < d.ccs().size(); i++) {
            add(missing, "ccs[" + i + "].code", d.ccs().get(i).code());
        }
        return missing;
    }

    private static void add(List<String> missing, String path, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(path);
        }
    }
}
