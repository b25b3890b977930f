package fr.titrepro.eligibility.rules;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** French numbers with a plain space between thousands ("1 607", "1 606,5"): readable in pages and in PDFs. */
public final class HoursFormat {

    private HoursFormat() {
    }

    public static String of(double value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }
}
