package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the detailed sheets against the summary table of the « Fiche emploi type »: same activités types, same
 * competencies in the same order, same names, same compétences transversales. The sheets are the source of truth:
 * each disagreement is a warning, nothing is changed.
 */
final class SummaryCheck {

    private SummaryCheck() {
    }

    static List<ReacWarning> check(SummaryReader.Summary summary, List<TitleStructure.Block> ccps,
                                   List<String> transversalNames) {
        List<ReacWarning> warnings = new ArrayList<>();
        if (!summary.found()) {
            warnings.add(new ReacWarning("tableau de synthèse", 0, "Tableau « Liste des activités types et des "
                    + "compétences professionnelles » introuvable : les fiches n'ont pas pu être vérifiées."));
            return warnings;
        }
        if (summary.activities().size() != ccps.size()) {
            warnings.add(new ReacWarning("tableau de synthèse", 0, "Le tableau de synthèse liste "
                    + summary.activities().size() + " activité(s) type(s), les fiches en décrivent " + ccps.size() + "."));
        }
        for (int i = 0; i < Math.min(summary.activities().size(), ccps.size()); i++) {
            checkActivity(summary.activities().get(i), ccps.get(i), i + 1, warnings);
        }
        if (!sameNames(summary.transversalNames(), transversalNames)) {
            warnings.add(new ReacWarning("compétences transversales", 0, "Le tableau de synthèse liste les compétences "
                    + "transversales " + summary.transversalNames() + ", la fiche des compétences transversales "
                    + transversalNames + " (retenu)."));
        }
        return warnings;
    }

    private static void checkActivity(SummaryReader.SummaryActivity listed, TitleStructure.Block ccp, int number,
                                      List<ReacWarning> warnings) {
        String where = "CCP " + number;
        if (!Fold.sameWords(listed.name(), ccp.activity().name())) {
            warnings.add(new ReacWarning(where, listed.line(), "Le tableau de synthèse nomme l'activité type « "
                    + listed.name() + " », sa fiche dit « " + ccp.activity().name() + " » (retenu)."));
        }
        List<String> names = listed.competencyNames();
        if (names.size() != ccp.competencies().size()) {
            warnings.add(new ReacWarning(where, listed.line(), "Le tableau de synthèse donne " + names.size()
                    + " compétence(s) à cette activité type, les fiches " + ccp.competencies().size() + "."));
        }
        for (int k = 0; k < Math.min(names.size(), ccp.competencies().size()); k++) {
            CompetencySheetReader.ReadCompetency sheet = ccp.competencies().get(k);
            if (!Fold.sameWords(names.get(k), sheet.name())) {
                warnings.add(new ReacWarning("compétence " + sheet.number(), listed.line(), "Le tableau de synthèse "
                        + "nomme cette compétence « " + names.get(k) + " », sa fiche dit « " + sheet.name()
                        + " » (retenu)."));
            }
        }
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Fold.sameWords(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
