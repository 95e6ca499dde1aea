package fr.recueil.importing;

import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.KeyFigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of the key figures as the report prints it ("148 183 personnes reçues physiquement,")
 * turned into a key figure the way the editor reads one: a line that starts with its number
 * (after an optional "près de", "plus de"...) gives the value, its unit and the label; any other
 * line is kept whole as a sentence, never bent into a number.
 */
final class FigureLine {

    private static final Pattern DECORATION = Pattern.compile("^(?:[-–—•❖➔▪►○·*]|o(?=\\s))\\s*");
    // A footnote call right after the number ("77 000 000¹"): it is not part of the value.
    private static final String CALL = "[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\*{1,3}(?![\\d*])";
    private static final Pattern LEADING_FIGURE = Pattern.compile(
            "^((?:un peu )?(?:plus|près|moins) d(?:e |')|environ |au moins |presque |quasiment )?"
                    + "(\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+|\\d+)(,\\d+)?(" + CALL + ")?"
                    + "(?:[ \u00A0\u202F]?(%|k€|M€|Md€|€|m²|m2|euros?)(?=[\\s,;:.]|" + CALL + "|$))?(" + CALL + ")?"
                    + "(?=[\\s,;:.]|$)[\\s:]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private FigureLine() {
    }

    static KeyFigure parse(String line) {
        String text = clean(line);
        Matcher m = LEADING_FIGURE.matcher(text);
        if (m.matches()) {
            String qualifier = m.group(1) == null ? "" : m.group(1);
            // The value exactly as written ("13,90", "1 350", "plus de 2 000"); only the call moves to the label.
            String value = qualifier + m.group(2) + (m.group(3) == null ? "" : m.group(3))
                    + (m.group(5) == null ? "" : " " + m.group(5));
            String call = (m.group(4) == null ? "" : m.group(4)) + (m.group(6) == null ? "" : m.group(6));
            String label = m.group(7).strip();
            if (!call.isEmpty()) {
                label = label.replaceAll("[\\s,;:.]+$", "") + call;
            }
            if (!label.isEmpty() && label.length() <= 1000 && FigureValue.isValid(value)) {
                return new KeyFigure(value, label, null, null, false);
            }
        }
        return KeyFigure.ofSentence(text);
    }

    /** Without its bullet sign and without the trailing comma or semicolon of a list item. */
    static String clean(String line) {
        return DECORATION.matcher(line.strip()).replaceFirst("").replaceAll("\\s*[,;]\\s*$", "").strip();
    }
}
