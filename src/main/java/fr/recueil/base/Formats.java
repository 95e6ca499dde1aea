package fr.recueil.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Numbers and dates as each language writes them: {@code 148 183}, {@code 21 novembre 2026}. */
public final class Formats {

    private Formats() {
    }

    public static String number(Number value, Locale locale) {
        return NumberFormat.getNumberInstance(Translations.supported(locale)).format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Translations.supported(locale)).format(date);
    }

    public static String shortDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        Locale supported = Translations.supported(locale);
        String pattern = supported == Translations.FRENCH ? "dd/MM/yyyy" : "yyyy-MM-dd";
        return DateTimeFormatter.ofPattern(pattern, supported).format(date);
    }

    public static String dateTime(TemporalAccessor instantOrDateTime, Locale locale) {
        Locale supported = Translations.supported(locale);
        String pattern = supported == Translations.FRENCH ? "dd/MM/yyyy 'à' HH'h'mm" : "yyyy-MM-dd HH:mm";
        return DateTimeFormatter.ofPattern(pattern, supported).withZone(ZoneId.systemDefault()).format(instantOrDateTime);
    }

    public static String dateTime(ZonedDateTime dateTime, Locale locale) {
        return dateTime((TemporalAccessor) dateTime, locale);
    }
}
