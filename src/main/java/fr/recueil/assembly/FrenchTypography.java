package fr.recueil.assembly;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography for every text of the report, whatever the format: a no-break space before
 * {@code : % €} and inside « », a narrow one before {@code ; ! ?}, and the digits of a number grouped
 * by narrow no-break spaces. Only spaces already typed are made unbreakable (an URL's "https:" or a
 * time "10:30" stays as it is); « » and the units always get theirs. The apostrophe typed after a
 * letter becomes the typographic one (l’État, aujourd’hui) and three dots an ellipsis (…). The stored
 * text keeps what its author typed: this is applied to the report only.
 */
final class FrenchTypography {

    static final char NBSP = '\u00A0';
    static final char NARROW_NBSP = '\u202F';

    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile("[ \\t\\u00A0\\u202F]+:");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t\\u00A0\\u202F]+([;!?])");
    private static final Pattern BEFORE_UNIT = Pattern.compile("(\\d)[ \\t\\u00A0\\u202F]?(%|€|k€|M€)");
    private static final Pattern AFTER_OPENING_QUOTE = Pattern.compile("«[ \\t\\u00A0\\u202F]*");
    private static final Pattern BEFORE_CLOSING_QUOTE = Pattern.compile("[ \\t\\u00A0\\u202F]*»");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'");
    private static final Pattern ELLIPSIS = Pattern.compile("(?<!\\.)\\.\\.\\.(?!\\.)");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d])");

    private FrenchTypography() {
    }

    static String apply(String text) {
        if (text == null || text.isEmpty() || !mayNeedWork(text)) {
            return text;
        }
        String result = SPACE_BEFORE_COLON.matcher(text).replaceAll(NBSP + ":");
        result = SPACE_BEFORE_PUNCTUATION.matcher(result).replaceAll(NARROW_NBSP + "$1");
        result = AFTER_OPENING_QUOTE.matcher(result).replaceAll("«" + NBSP);
        result = BEFORE_CLOSING_QUOTE.matcher(result).replaceAll(NBSP + "»");
        result = groupDigits(result);
        if (result.indexOf('\'') >= 0) {
            result = APOSTROPHE.matcher(result).replaceAll("\u2019");
        }
        if (result.contains("...")) {
            result = ELLIPSIS.matcher(result).replaceAll("\u2026");
        }
        return BEFORE_UNIT.matcher(result).replaceAll("$1" + NBSP + "$2");
    }

    /** Most runs of text hold nothing to change: one scan spares them six regular expressions. */
    private static boolean mayNeedWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ':', ';', '!', '?', '%', '€', '«', '»', '\'' -> {
                    return true;
                }
                case '.' -> {
                    if (i + 2 < text.length() && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                        return true;
                    }
                }
                default -> {
                    if (c >= '0' && c <= '9' && i + 2 < text.length() && isSpace(text.charAt(i + 1))
                            && Character.isDigit(text.charAt(i + 2))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NARROW_NBSP;
    }

    private static String groupDigits(String text) {
        Matcher matcher = GROUPED_NUMBER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, matcher.group().replaceAll("[ \\u00A0\\u202F]", String.valueOf(NARROW_NBSP)));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
