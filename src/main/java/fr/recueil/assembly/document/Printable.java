package fr.recueil.assembly.document;

/**
 * The one rule on the characters a document may hold: what no format can print (control characters other
 * than tab and line breaks, unpaired surrogates, U+FFFE and U+FFFF, which XML and so Word and HTML refuse,
 * and which no PDF font draws) is left out when the document is built, for every format at once. The
 * stored chapter keeps what its author typed.
 */
public final class Printable {

    private Printable() {
    }

    /** The text without the characters no format can hold; null stays null. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int i = 0;
        while (i < length && printable(text, i)) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder kept = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            if (printable(text, k)) {
                kept.append(text.charAt(k));
            } else if (text.charAt(k) == '\r' || text.charAt(k) == '\u000B' || text.charAt(k) == '\u000C') {
                kept.append(' ');
            }
        }
        return kept.toString();
    }

    private static boolean printable(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n';
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
