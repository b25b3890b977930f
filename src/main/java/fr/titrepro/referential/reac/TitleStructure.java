package fr.titrepro.referential.reac;

import fr.titrepro.referential.reac.ActivitySheetReader.ReadActivity;
import fr.titrepro.referential.reac.CompetencySheetReader.ReadCompetency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the competency sheets under their activité type (CCP) or activité type d'extension (CCS), in the order of
 * their numbers, which run across the whole title as in the REAC. Each activity takes as many sheets as its sheet lists
 * competencies; the names listed there check the sheets' names (the sheets win), with a warning per difference.
 */
final class TitleStructure {

    record Block(ReadActivity activity, List<ReadCompetency> competencies) {
    }

    record Result(List<Block> ccps, List<Block> ccs, List<ReacWarning> warnings) {
    }

    private TitleStructure() {
    }

    static Result assemble(List<ReadActivity> activities, List<ReadActivity> extensions,
                           List<ReadCompetency> competencies) {
        List<ReacWarning> warnings = new ArrayList<>();
        List<ReadCompetency> sorted = new ArrayList<>(competencies);
        sorted.sort(Comparator.comparingInt(ReadCompetency::number));
        checkNumbers(sorted, warnings);
        List<ReadActivity> all = new ArrayList<>(activities);
        all.addAll(extensions);
        int listed = all.stream().mapToInt(a -> a.competencyNames().size()).sum();
        List<Block> blocks = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < all.size(); i++) {
            ReadActivity activity = all.get(i);
            int count = listed == sorted.size() ? activity.competencyNames().size()
                    : i == all.size() - 1 ? sorted.size() - next : Math.min(activity.competencyNames().size(),
                    sorted.size() - next);
            List<ReadCompetency> own = new ArrayList<>(sorted.subList(next, Math.min(sorted.size(), next + count)));
            next += own.size();
            blocks.add(new Block(activity, own));
            checkNames(activity, own, warnings);
        }
        if (listed != sorted.size() && !all.isEmpty()) {
            warnings.add(new ReacWarning("activités types", 0, "Les fiches activités types listent " + listed
                    + " compétence(s) mais le REAC contient " + sorted.size() + " fiche(s) compétence : la répartition "
                    + "des compétences entre les CCP est à vérifier."));
        }
        return new Result(blocks.subList(0, activities.size()), blocks.subList(activities.size(), blocks.size()),
                warnings);
    }

    private static void checkNumbers(List<ReadCompetency> sorted, List<ReacWarning> warnings) {
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).number() != i + 1) {
                warnings.add(new ReacWarning("compétence " + sorted.get(i).number(), sorted.get(i).line(),
                        "Les fiches compétence ne sont pas numérotées 1, 2, 3… sans trou ni doublon : fiche n° "
                                + sorted.get(i).number() + " à la place " + (i + 1) + "."));
                return;
            }
        }
    }

    private static void checkNames(ReadActivity activity, List<ReadCompetency> own, List<ReacWarning> warnings) {
        for (int k = 0; k < Math.min(own.size(), activity.competencyNames().size()); k++) {
            String listedName = activity.competencyNames().get(k);
            ReadCompetency sheet = own.get(k);
            if (!Fold.sameWords(listedName, sheet.name())) {
                warnings.add(new ReacWarning("compétence " + sheet.number(), sheet.line(), "La fiche activité type n° "
                        + activity.number() + " nomme cette compétence « " + listedName + " » ; la fiche compétence "
                        + "dit « " + sheet.name() + " » (retenu)."));
            }
        }
    }
}
