package fr.titrepro.session.enrolment;

import fr.titrepro.session.enrolment.EnrolmentCsv.Column;
import fr.titrepro.session.enrolment.EnrolmentCsv.Line;
import fr.titrepro.session.enrolment.EnrolmentCsv.LineError;
import fr.titrepro.shared.text.FrenchDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One data line of an enrolment file: the candidate named by a reference, or by last name, first name and birth
 * date (all three), the CCP numbers (« 1 2 », « 1+3 », « 1/2 »: any non-digit separates them) and the months of
 * experience, each checked for its form only; whether such a candidate exists is {@link EnrolmentCsvMatch}'s. Pure.
 */
final class EnrolmentCsvLine {

    private EnrolmentCsvLine() {
    }

    static Optional<Line> read(int number, List<String> values, Map<Column, Integer> columns,
                               List<LineError> errors) {
        int before = errors.size();
        String reference = value(values, columns, Column.REFERENCE);
        String lastName = value(values, columns, Column.LAST_NAME);
        String firstName = value(values, columns, Column.FIRST_NAME);
        String birth = value(values, columns, Column.BIRTH_DATE);
        LocalDate birthDate = null;
        if (reference == null) {
            if (lastName == null && firstName == null && birth == null) {
                errors.add(new LineError(number, Column.REFERENCE.header(), "Indiquez la référence du candidat, ou "
                        + "son nom, son prénom et sa date de naissance."));
            } else {
                require(number, lastName, Column.LAST_NAME, "le nom", errors);
                require(number, firstName, Column.FIRST_NAME, "le prénom", errors);
                require(number, birth, Column.BIRTH_DATE, "la date de naissance", errors);
            }
        }
        if (birth != null) {
            birthDate = FrenchDates.parse(birth);
            if (birthDate == null) {
                errors.add(new LineError(number, Column.BIRTH_DATE.header(), "Date de naissance invalide « " + birth
                        + " » : " + FrenchDates.EXPECTED + "."));
            }
        }
        Set<Integer> ccps = ccps(number, value(values, columns, Column.CCP), errors);
        Integer months = months(number, value(values, columns, Column.EXPERIENCE), errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Line(number, reference, lastName, firstName, birthDate, ccps, months));
    }

    private static void require(int number, String value, Column column, String what, List<LineError> errors) {
        if (value == null) {
            errors.add(new LineError(number, column.header(), "Sans référence, indiquez " + what + " du candidat."));
        }
    }

    static Set<Integer> ccps(int number, String value, List<LineError> errors) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("(?i)ccp", " ");
        if (!cleaned.matches("[\\d\\s+/;,.-]*")) {
            errors.add(new LineError(number, Column.CCP.header(), "CCP invalides « " + value + " » : écrivez leurs "
                    + "numéros séparés par des espaces (1 2)."));
            return null;
        }
        Set<Integer> numbers = new TreeSet<>();
        for (String n : cleaned.split("\\D+")) {
            if (!n.isEmpty()) {
                numbers.add(Integer.parseInt(n.length() > 3 ? "999" : n));
            }
        }
        return numbers.isEmpty() ? null : numbers;
    }

    static Integer months(int number, String value, List<LineError> errors) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}")) {
            errors.add(new LineError(number, Column.EXPERIENCE.header(), "Nombre de mois invalide « " + value
                    + " » : un nombre entier."));
            return null;
        }
        return Integer.valueOf(value);
    }

    private static String value(List<String> values, Map<Column, Integer> columns, Column column) {
        Integer i = columns.get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        String v = values.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
