package fr.recueil.chapter;

import fr.recueil.base.BusinessException;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key figure's value as a French civil servant types it ({@code 148 183}, {@code 5 037 554,95 €},
 * {@code 99 %}, {@code 1,9 M€}, {@code 22 m²}, {@code près de 200}): an optional qualifier, a number
 * and an optional unit. A typo is refused with a message that says exactly what is wrong.
 */
public record FigureValue(String qualifier, BigDecimal number, String unit) {

    static final int UNIT_MAX = 20;
    static final char NARROW_NBSP = '\u202F';
    static final char NBSP = '\u00A0';

    // What people write before an approximate figure: "près de 200", "plus de 5 000"...
    private static final Pattern QUALIFIER = Pattern.compile(
            "^((?:un peu )?(?:plus|près|moins) d(?:e |')|environ |au moins |au total |presque |quasiment |≈ ?|~ ?)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([+\\-\u2212]?)\\s*([0-9][0-9 .,]*)(.*)$", Pattern.DOTALL);
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}( [0-9]{3})*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern DOT_GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");

    public FigureValue {
        qualifier = qualifier == null || qualifier.isBlank() ? null : qualifier.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public FigureValue(BigDecimal number, String unit) {
        this(null, number, unit);
    }

    public static FigureValue parse(String typed) {
        String text = normaliseSpaces(typed);
        if (text.isEmpty()) {
            throw new BusinessException("error.figure.empty");
        }
        String qualifier = null;
        Matcher qualified = QUALIFIER.matcher(text);
        if (qualified.matches()) {
            qualifier = qualified.group(1).strip();
            text = qualified.group(2).strip();
        }
        Matcher matcher = LEADING_NUMBER.matcher(text);
        if (!matcher.matches()) {
            throw new BusinessException("error.figure.noNumber", text);
        }
        boolean negative = !matcher.group(1).isEmpty() && !"+".equals(matcher.group(1));
        String numeric = matcher.group(2).strip();
        String rest = (matcher.group(2).substring(numeric.length()) + matcher.group(3)).strip();
        if (numeric.endsWith(",") || numeric.endsWith(".")) {
            // "12, " or "12." : a separator with no digit after it
            throw new BusinessException("error.figure.danglingSeparator", text);
        }
        if (DOT_GROUPED.matcher(numeric).matches()) {
            // "50.000": thousands grouped with dots, as some people type them; unambiguous here.
            numeric = numeric.replace('.', ' ');
        } else if (numeric.indexOf('.') >= 0) {
            throw new BusinessException("error.figure.point", text, numeric.replace(',', ' ').replace('.', ','));
        }
        int commas = numeric.length() - numeric.replace(",", "").length();
        if (commas > 1) {
            throw new BusinessException("error.figure.twoCommas", text);
        }
        String integerPart = commas == 1 ? numeric.substring(0, numeric.indexOf(',')).strip() : numeric;
        String decimalPart = commas == 1 ? numeric.substring(numeric.indexOf(',') + 1).strip() : "";
        if (!GROUPED.matcher(integerPart).matches() && !DIGITS.matcher(integerPart).matches()) {
            throw new BusinessException("error.figure.grouping", text);
        }
        if (commas == 1 && !DIGITS.matcher(decimalPart).matches()) {
            throw new BusinessException("error.figure.grouping", text);
        }
        BigDecimal number = new BigDecimal(integerPart.replace(" ", "") + (decimalPart.isEmpty() ? "" : "." + decimalPart));
        return new FigureValue(qualifier, negative ? number.negate() : number, unit(rest, text));
    }

    /** True when the text parses; for forms that validate as the user types. */
    public static boolean isValid(String typed) {
        try {
            parse(typed);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The value as the report prints it: {@code 5 037 554,95 €} with no-break spaces, its decimals as typed. */
    public String format(Locale locale) {
        String prefix = qualifier == null ? "" : qualifier + (qualifier.endsWith("'") ? "" : String.valueOf(NBSP));
        return prefix + formatNumber(number, locale) + (unit == null ? "" : NBSP + unit);
    }

    static String formatNumber(BigDecimal value, Locale locale) {
        boolean french = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(french ? Locale.FRENCH : Locale.ENGLISH);
        if (french) {
            symbols.setGroupingSeparator(NARROW_NBSP);
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        // The decimals as written: "13,90 €" stays 13,90 (a price, a rate), never becomes 13,9.
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private static String unit(String rest, String text) {
        if (rest.isEmpty()) {
            return null;
        }
        String unit = switch (rest) {
            case "m2" -> "m²";
            case "m3" -> "m³";
            case "km2" -> "km²";
            case "euros", "euro", "EUR" -> "€";
            default -> rest;
        };
        if (unit.length() > UNIT_MAX) {
            throw new BusinessException("error.figure.unitTooLong", text, UNIT_MAX);
        }
        if (unit.chars().anyMatch(Character::isDigit) || unit.startsWith(",")) {
            throw new BusinessException("error.figure.digitsInUnit", text, unit);
        }
        return unit;
    }

    private static String normaliseSpaces(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replace(NBSP, ' ').replace(NARROW_NBSP, ' ').replace('\u2009', ' ')
                .replaceAll("[ \\t]+", " ").strip();
    }
}
