package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of the title, from the front matter and the page cartouche: code, sigle, intitulé (« FICHE EMPLOI
 * TYPE »), niveau (« Niveau 4 », or « Niveau IV » of the 1969 nomenclature converted), NSF and ROME codes, millésime
 * and date de validation (cartouche « SIGLE | Type de document | Code titre | Millésime | Date de Validation … »).
 */
final class IdentityReader {

    record Identity(String code, String acronym, String name, Integer level, List<ReacDraft.CodeLabel> nsf,
                    List<ReacDraft.CodeLabel> rome, String version, String validFrom, List<ReacWarning> warnings) {
    }

    private static final Pattern CARTOUCHE = Pattern.compile(
            "^(\\S+)\\s+REAC\\s+(TP-\\d{5})\\s+(\\S+)\\s+(\\d{2})/(\\d{2})/(\\d{4})\\b");
    private static final Pattern CODE = Pattern.compile("\\bTP-\\d{5}\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b(?:titre|sigle)\\s*:?\\s+(\\p{Lu}[\\p{Lu}\\d]{1,7})\\b");
    private static final Pattern LEVEL = Pattern.compile("^Niveau\\s+(\\d|I{1,3}|IV|V)\\b(.*)$");
    private static final Pattern NSF = Pattern.compile("^(\\d{3}\\s?[a-z]?)\\s*[-–—:]+\\s*(.+)$");
    private static final Pattern ROME = Pattern.compile("^([A-N]|1)(\\d{4})\\s*[-–—:]?\\s+(.+)$");
    /** Décret 2019-14, article 1: niveau V → 3, IV → 4, III → 5, II → 6, I → 7. */
    private static final Map<String, Integer> LEVELS_1969 = Map.of("V", 3, "IV", 4, "III", 5, "II", 6, "I", 7);

    private IdentityReader() {
    }

    static Identity read(List<SourceLine> front, List<SourceLine> furniture) {
        List<ReacWarning> warnings = new ArrayList<>();
        List<SourceLine> all = new ArrayList<>(furniture);
        all.addAll(front);
        String code = null;
        String acronym = null;
        String version = null;
        String validFrom = null;
        for (SourceLine line : all) {
            Matcher m = CARTOUCHE.matcher(line.text());
            if (m.find()) {
                acronym = m.group(1);
                code = m.group(2);
                version = m.group(3);
                validFrom = m.group(6) + "-" + m.group(5) + "-" + m.group(4);
                break;
            }
        }
        if (code == null) {
            code = first(all, CODE, 0);
        }
        if (acronym == null) {
            acronym = first(front, ACRONYM, 1);
        }
        String name = lineAfter(front, "FICHE EMPLOI TYPE");
        if (name == null) {
            warnings.add(new ReacWarning("identité", 0, "Intitulé du titre introuvable (rubrique « Fiche emploi type »)."));
        }
        Integer level = level(front, warnings);
        List<ReacDraft.CodeLabel> nsf = codes(front, "CODE(S) NSF", NSF, "");
        List<ReacDraft.CodeLabel> rome = codes(front, "FICHE(S) ROME", ROME, "I");
        if (nsf.isEmpty()) {
            warnings.add(new ReacWarning("identité", 0, "Code NSF introuvable (rubrique « Code(s) NSF »)."));
        }
        return new Identity(code, acronym, name, level, nsf, rome, version, validFrom, warnings);
    }

    private static String first(List<SourceLine> lines, Pattern pattern, int group) {
        for (SourceLine line : lines) {
            Matcher m = pattern.matcher(line.text());
            if (m.find()) {
                return m.group(group);
            }
        }
        return null;
    }

    private static int indexOf(List<SourceLine> lines, String foldedStart) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (Fold.key(text).startsWith(foldedStart) && !text.contains("...")) {
                return i;
            }
        }
        return -1;
    }

    private static String lineAfter(List<SourceLine> lines, String foldedStart) {
        int i = indexOf(lines, foldedStart);
        for (int j = i + 1; i >= 0 && j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return Lines.name(List.of(lines.get(j)));
            }
        }
        return null;
    }

    private static Integer level(List<SourceLine> front, List<ReacWarning> warnings) {
        for (SourceLine line : front) {
            Matcher m = LEVEL.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            String value = m.group(1);
            if (Character.isDigit(value.charAt(0))) {
                return Integer.parseInt(value);
            }
            int converted = LEVELS_1969.get(value);
            warnings.add(new ReacWarning("identité", line.number(), "Niveau " + value + " de la nomenclature de 1969 "
                    + "converti en niveau " + converted + " du cadre national des certifications de 2019."));
            return converted;
        }
        warnings.add(new ReacWarning("identité", 0, "Niveau du titre introuvable (rubrique « Niveau et/ou domaine »)."));
        return null;
    }

    private static List<ReacDraft.CodeLabel> codes(List<SourceLine> front, String foldedHeading, Pattern pattern,
                                                   String ocrLetter) {
        List<ReacDraft.CodeLabel> codes = new ArrayList<>();
        int start = indexOf(front, foldedHeading);
        for (int j = start + 1; start >= 0 && j < front.size(); j++) {
            String text = front.get(j).text();
            if (text.isBlank()) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (!m.matches()) {
                break;
            }
            String code = m.groupCount() == 3
                    ? ("1".equals(m.group(1)) ? ocrLetter : m.group(1)) + m.group(2)
                    : m.group(1).replace(" ", "");
            codes.add(new ReacDraft.CodeLabel(code, Lines.name(List.of(new SourceLine(0, m.group(m.groupCount()))))));
        }
        return codes;
    }
}
