package fr.titrepro.referential.reac;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The REAC layouts the import reads. Step 5 of the parser: {@link #detect} tells which one a text follows, or refuses
 * it with the French reason (not a REAC, or a REAC whose layout is unknown: the import does not guess).
 */
enum ReacLayout {
    /** Since the 2010s: « FICHE COMPÉTENCE PROFESSIONNELLE N° n » sheets with « Critères de performance ». */
    CURRENT("fiches compétence professionnelle avec « Critères de performance »"),
    /** The 2000s: competency sheets whose criteria are given as « Indicateurs de performance ». */
    OLDER("fiches compétence des années 2000 avec « Indicateurs de performance »");

    private static final Pattern SHEET = Pattern.compile("^FICHE (DE )?COMPETENCE (PROFESSIONNELLE )?N", Pattern.MULTILINE);
    private static final Pattern CURRENT_CRITERIA = Pattern.compile("^CRITE+RES? DE PERFORMANCE", Pattern.MULTILINE);
    private static final Pattern OLDER_CRITERIA = Pattern.compile("^INDICATEURS? DE PERFORMANCE", Pattern.MULTILINE);
    private static final Pattern REAC_WORDS = Pattern.compile(
            "REFERENTIEL (D'?)?EMPLOI,? ACTIVITES (ET )?COMPETENCES|\\bREAC\\b|FICHE EMPLOI TYPE|ACTIVITE TYPE");

    private final String label;

    ReacLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ReacLayout detect(List<SourceLine> lines) {
        StringBuilder folded = new StringBuilder();
        for (SourceLine line : lines) {
            folded.append(Fold.key(line.text())).append('\n');
        }
        String text = folded.toString();
        if (text.isBlank()) {
            throw new ReacRefusal("Le document ne contient aucun texte lisible (PDF scanné sans texte ?) : "
                    + "rien n'a été importé.");
        }
        boolean sheets = SHEET.matcher(text).find();
        if (!sheets && !REAC_WORDS.matcher(text).find()) {
            throw new ReacRefusal("Ce document n'est pas un REAC : on n'y trouve ni « Référentiel emploi activités "
                    + "compétences », ni fiche emploi type, ni fiche compétence professionnelle.");
        }
        if (sheets && CURRENT_CRITERIA.matcher(text).find()) {
            return CURRENT;
        }
        if (sheets && OLDER_CRITERIA.matcher(text).find()) {
            return OLDER;
        }
        throw new ReacRefusal("La mise en page de ce REAC n'est pas reconnue : il faut des fiches « Fiche compétence "
                + "professionnelle » avec une rubrique « Critères de performance » (ou « Indicateurs de performance » "
                + "pour les REAC des années 2000). L'import ne devine pas les critères : saisissez ce titre en YAML.");
    }
}
