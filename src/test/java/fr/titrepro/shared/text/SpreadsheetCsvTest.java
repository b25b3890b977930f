package fr.titrepro.shared.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula neutralisation of the CSV files that leave the platform, after OWASP « CSV Injection »
 * (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting with = + - @, a tab or a carriage
 * return is prefixed with a single quote; anything else is left as typed.
 */
class SpreadsheetCsvTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "=1+2|'=1+2",
            "+33 6 12 34 56 78|'+33 6 12 34 56 78",
            "-2+3|'-2+3",
            "@SUM(A1:A2)|'@SUM(A1:A2)",
            "Martin|Martin",
            "Jean-Pierre|Jean-Pierre",
            "Dupont=Durand|Dupont=Durand",
            "'déjà cité|'déjà cité",
            "2026|2026",
    })
    void aFormulaPrefixIsNeutralisedAndNothingElse(String typed, String written) {
        assertThat(SpreadsheetCsv.neutralise(typed)).isEqualTo(written);
    }

    @Test
    void aTabOrACarriageReturnFirstIsNeutralisedToo() {
        assertThat(SpreadsheetCsv.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCsv.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SpreadsheetCsv.neutralise("")).isEmpty();
        assertThat(SpreadsheetCsv.neutralise(null)).isNull();
    }

    @Test
    void aValueWithTheSeparatorAQuoteOrALineBreakIsQuotedAndStaysInItsCell() {
        byte[] file = new SpreadsheetCsv("nom", "code").row("Martin;\"Lucas\"\rDurand", 7).row(null, "=A1").bytes();
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("nom;code\r\n\"Martin;\"\"Lucas\"\"\rDurand\";7\r\n\"\";'=A1\r\n");
    }
}
