package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary table of the « Fiche emploi type »: « Liste des activités types et des compétences professionnelles »
 * (« 1. Activité » then the names of its competencies) and « Compétences transversales de l'emploi ». It is not the
 * source of the draft: it checks the detailed sheets.
 */
final class SummaryReader {

    record SummaryActivity(int number, String name, List<String> competencyNames, int line) {
    }

    record Summary(List<SummaryActivity> activities, List<String> transversalNames, boolean found) {
    }

    private static final Pattern ACTIVITY = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s+(.+)$");

    private SummaryReader() {
    }

    static Summary read(List<SourceLine> front) {
        int start = find(front, "LISTE DES ACTIVITES TYPES ET DES COMPETENCES", 0);
        if (start < 0) {
            return new Summary(List.of(), List.of(), false);
        }
        int transversal = find(front, "COMPETENCES TRANSVERSALES DE L'EMPLOI", start);
        int level = find(front, "NIVEAU ET/OU DOMAINE", start);
        int end = transversal >= 0 ? transversal : level >= 0 ? level : front.size();
        List<SummaryActivity> activities = new ArrayList<>();
        List<SourceLine> names = new ArrayList<>();
        int number = 0;
        String name = null;
        int line = 0;
        List<SourceLine> nameLines = new ArrayList<>();
        for (SourceLine l : front.subList(start + 1, end)) {
            Matcher m = ACTIVITY.matcher(l.text());
            if (m.matches()) {
                if (name != null) {
                    activities.add(new SummaryActivity(number, name, ActivitySheetReader.names(names), line));
                }
                number = Integer.parseInt(m.group(1));
                nameLines = new ArrayList<>(List.of(l.withText(m.group(2))));
                name = m.group(2);
                line = l.number();
                names = new ArrayList<>();
            } else if (name != null && names.isEmpty() && !l.isBlank() && Lines.continues(Lines.name(nameLines), l.text())) {
                nameLines.add(l);
                name = Lines.name(nameLines);
            } else if (name != null) {
                names.add(l);
            }
        }
        if (name != null) {
            activities.add(new SummaryActivity(number, name, ActivitySheetReader.names(names), line));
        }
        List<String> transversalNames = transversal >= 0 && level > transversal
                ? ActivitySheetReader.names(front.subList(transversal + 1, level)) : List.of();
        return new Summary(activities, transversalNames, true);
    }

    private static int find(List<SourceLine> lines, String foldedStart, int from) {
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (Fold.key(text).startsWith(foldedStart) && !text.contains("...")) {
                return i;
            }
        }
        return -1;
    }
}
