package fr.recueil.export.html;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The machine-readable form of a date as the report prints it ("12 mars 2023" → 2023-03-12), for a
 * {@code <time datetime>}; the printed text itself is never changed. Null when it is not a date
 * ("Printemps 2023").
 */
final class MachineDates {

    private static final DateTimeFormatter DAY = french("d MMMM uuuu");
    private static final DateTimeFormatter MONTH = french("MMMM uuuu");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FIRST = Pattern.compile("^1er\\b");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private MachineDates() {
    }

    static String of(String printed) {
        if (printed == null) {
            return null;
        }
        String date = FIRST.matcher(SPACES.matcher(printed.strip()).replaceAll(" ")).replaceFirst("1");
        if (YEAR.matcher(date).matches()) {
            return Year.parse(date).toString();
        }
        char first = date.isEmpty() ? ' ' : date.charAt(0);
        try {
            return Character.isDigit(first) ? LocalDate.parse(date, DAY).toString() : YearMonth.parse(date, MONTH).toString();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static DateTimeFormatter french(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.FRENCH);
    }
}
