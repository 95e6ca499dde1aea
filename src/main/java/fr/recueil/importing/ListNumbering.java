package fr.recueil.importing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The numbers Word's automatic numbering prints, which the file does not hold as text: each
 * numbered paragraph's level is counted in reading order (deeper levels start again under a new
 * item) and printed with its level's text and formats ("%1.%2." in decimal, letters, roman).
 * A paragraph takes its numbering from its own properties or from its style (numbered headings).
 */
final class ListNumbering {

    /** A paragraph's numbering: its printed number ("2.", "b)"), or null for a bullet; never null itself. */
    record Label(String text, boolean bullet, int level) {
    }

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    // Counters per abstract list, as Word counts them: instances of one list continue each other.
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> startedInstances = new HashSet<>();

    ListNumbering(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    /** The paragraph's label, or null when it is not numbered (or its numbering cannot be read). */
    Label next(XWPFParagraph paragraph) {
        if (numbering == null) {
            return null;
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0
                : Math.min(8, numPr.getIlvl().getVal().intValue());
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = lvl;
            }
        }
        Map<Integer, Integer> overrides = new HashMap<>();
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getStartOverride() != null && override.getIlvl() != null) {
                overrides.put(override.getIlvl().intValue(), override.getStartOverride().getVal().intValue());
            }
            if (override.getLvl() != null && override.getIlvl() != null && override.getIlvl().intValue() < 9) {
                levels[override.getIlvl().intValue()] = override.getLvl();
            }
        }
        CTLvl lvl = levels[level];
        if (lvl == null) {
            return null;
        }
        String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
                : lvl.getNumFmt().getVal().toString();
        if (format.equals("bullet") || format.equals("none")) {
            return new Label(null, true, level);
        }
        int[] counter = counters.computeIfAbsent(abstractId, k -> new int[9]);
        if (startedInstances.add(numId) && !overrides.isEmpty()) {
            // A list instance that says where it starts: "restart numbering" in Word.
            java.util.Arrays.fill(counter, 0);
            overrides.forEach((i, start) -> counter[i] = start - 1);
        }
        counter[level] = counter[level] == 0 ? start(lvl) : counter[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            counter[deeper] = 0;
        }
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
                : lvl.getLvlText().getVal();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int ref = text.charAt(i + 1) - '1';
                if (ref >= 0 && ref <= level) {
                    int value = counter[ref] == 0 ? (levels[ref] == null ? 1 : start(levels[ref])) : counter[ref];
                    String refFormat = ref == level ? format : levels[ref] == null || levels[ref].getNumFmt() == null
                            ? "decimal" : levels[ref].getNumFmt().getVal().toString();
                    out.append(render(value, refFormat));
                }
                i++;
            } else {
                out.append(c);
            }
        }
        String label = out.toString().strip();
        return label.isEmpty() ? new Label(null, true, level) : new Label(label, false, level);
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    /** A counter in one of Word's formats; a format Recueil does not know is printed in decimal. */
    static String render(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> (value < 10 ? "0" : "") + value;
            default -> String.valueOf(value);
        };
    }

    /** Word's letters: A…Z, then AA…ZZ, then AAA… */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** The paragraph's own numbering, else its style's (and the styles it is based on). */
    private CTNumPr numPr(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null && own.getNumPr().getNumId() != null) {
            return own.getNumPr();
        }
        String id = paragraph.getStyleID();
        for (int depth = 0; id != null && depth < 10 && document.getStyles() != null; depth++) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return null;
            }
            var pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getNumPr() != null && pPr.getNumPr().getNumId() != null) {
                CTNumPr numPr = (CTNumPr) pPr.getNumPr().copy();
                if (own != null && own.getNumPr() != null && own.getNumPr().getIlvl() != null) {
                    numPr.setIlvl(own.getNumPr().getIlvl());
                }
                return numPr;
            }
            id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return null;
    }
}
