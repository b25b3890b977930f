package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.shared.text.CsvInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The file of a bulk enrolment by CSV (issue 14): one candidate a line, named by its reference, or by its last name,
 * first name and birth date; optionally the CCPs taken and, at a CCS session, the months of experience — the
 * choices of one enrolment ({@link SessionCommands.NewEnrolment}). Read as the candidate import reads its files
 * ({@link CsvInput}: ; or , and UTF-8 or Windows-1252). Pure: every refusal names its line (header = 1) and column.
 */
public final class EnrolmentCsv {

    /** Far above 500 lines of a reference and a few choices (the template's line is under 100 bytes). */
    public static final int MAX_BYTES = 256 * 1024;
    public static final String FILE_NAME = "modele-inscription-session.csv";

    /** The columns, by their template name; other accepted spellings compare without case, accents or spaces. */
    public enum Column {
        REFERENCE("reference", "ref", "reference candidat"),
        LAST_NAME("nom", "nom naissance", "nom de naissance", "nom d usage", "nom usage"),
        FIRST_NAME("prenom", "prenoms"),
        BIRTH_DATE("date_naissance", "date de naissance", "naissance"),
        CCP("ccp", "ccps", "ccp presentes"),
        EXPERIENCE("experience_mois", "experience", "mois experience", "experience ccs mois");

        private final String header;
        private final Set<String> spellings = new LinkedHashSet<>();

        Column(String header, String... others) {
            this.header = header;
            spellings.add(IdentityKey.normalise(header));
            for (String o : others) {
                spellings.add(IdentityKey.normalise(o));
            }
        }

        public String header() {
            return header;
        }

        static Optional<Column> of(String name) {
            String n = IdentityKey.normalise(name);
            for (Column c : values()) {
                if (c.spellings.contains(n)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** One refusal: the line in the file (header = 1; 0 for the file as a whole), the column, a French message. */
    public record LineError(int line, String column, String message) {
    }

    /**
     * A line of the file, its candidate named by {@code reference} or by the three others.
     *
     * @param ccpNumbers null when the line names none (the rule of one enrolment)
     */
    public record Line(int number, String reference, String lastName, String firstName, LocalDate birthDate,
                       Set<Integer> ccpNumbers, Integer experienceMonths) {

        /** The column that named the candidate: where a refusal about the candidate points. */
        public String candidateColumn() {
            return reference != null ? Column.REFERENCE.header() : Column.LAST_NAME.header();
        }
    }

    /** The lines read, or the refusals; {@code lines} is empty when any refusal is about the file as a whole. */
    public record Parsed(List<Line> lines, List<LineError> errors, String encoding, char delimiter) {
    }

    private EnrolmentCsv() {
    }

    /** The template offered for download: the header and one example line of each way to name a candidate. */
    public static String template() {
        return "reference;nom;prenom;date_naissance;ccp;experience_mois\r\n"
                + "C-2026-000123;;;;;\r\n"
                + ";Martin;Léa;14/05/1998;1 2;\r\n";
    }

    public static Parsed read(byte[] content) {
        if (content == null || content.length == 0) {
            return fileError(null, "Le fichier est vide : la première ligne doit porter les noms des colonnes "
                    + "(téléchargez le modèle).");
        }
        if (isBinary(content)) {
            return fileError(null, "Ce fichier n'est pas un fichier CSV : enregistrez la feuille au format « CSV "
                    + "(séparateur : point-virgule) » (téléchargez le modèle).");
        }
        CsvInput input = CsvInput.decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(input.delimiter()).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(input.text())).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                if (r.stream().anyMatch(v -> !v.isBlank())) {
                    records.add(r);
                }
                if (records.size() > BulkEnrolmentService.MAX_LINES + 1) {
                    return fileError(input, BulkEnrolmentService.MAX_LINES + " candidats au plus par fichier : "
                            + "découpez-le en plusieurs envois.");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return fileError(input, "Fichier CSV illisible : " + CsvInput.frenchCause(e));
        }
        if (records.isEmpty()) {
            return fileError(input, "Le fichier est vide : la première ligne doit porter les noms des colonnes "
                    + "(téléchargez le modèle).");
        }
        List<LineError> errors = new ArrayList<>();
        Map<Column, Integer> columns = header(records.getFirst(), errors);
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors, input.encoding(), input.delimiter());
        }
        if (records.size() == 1) {
            return fileError(input, "Le fichier ne contient aucun candidat : une ligne par candidat sous l'en-tête.");
        }
        List<Line> lines = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            EnrolmentCsvLine.read((int) r.getRecordNumber(), r.toList(), columns, errors).ifPresent(lines::add);
        }
        return new Parsed(errors.isEmpty() ? lines : List.of(), errors, input.encoding(), input.delimiter());
    }

    private static Map<Column, Integer> header(CSVRecord record, List<LineError> errors) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> names = record.toList();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank()) {
                continue;
            }
            Optional<Column> column = Column.of(name);
            if (column.isEmpty()) {
                errors.add(new LineError(1, name, "Colonne inconnue « " + name + " » : utilisez les colonnes du "
                        + "modèle (reference, nom, prenom, date_naissance, ccp, experience_mois)."));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                errors.add(new LineError(1, name, "Colonne en double : « " + column.get().header() + " »."));
            }
        }
        boolean byName = columns.containsKey(Column.LAST_NAME) && columns.containsKey(Column.FIRST_NAME)
                && columns.containsKey(Column.BIRTH_DATE);
        if (errors.isEmpty() && !columns.containsKey(Column.REFERENCE) && !byName) {
            errors.add(new LineError(1, Column.REFERENCE.header(), "Colonnes absentes : « reference », ou « nom », "
                    + "« prenom » et « date_naissance » pour désigner chaque candidat."));
        }
        return columns;
    }

    /** A zip (xlsx, ods), a PDF or any file holding NUL bytes is no CSV. */
    static boolean isBinary(byte[] content) {
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            return true;
        }
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Parsed fileError(CsvInput input, String message) {
        return new Parsed(List.of(), List.of(new LineError(0, "", message)), input == null ? "" : input.encoding(),
                input == null ? ';' : input.delimiter());
    }
}
