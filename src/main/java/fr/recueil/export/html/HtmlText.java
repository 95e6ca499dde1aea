package fr.recueil.export.html;

import java.util.Locale;

/** Escaping for user text in HTML: every text of the report is content, never markup. */
final class HtmlText {

    private HtmlText() {
    }

    /** Appends the text escaped for an element's content or a quoted attribute value. */
    static StringBuilder escape(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        int clean = 0;
        while (clean < text.length() && isPlain(text.charAt(clean))) {
            clean++;
        }
        if (clean == text.length()) {
            return out.append(text);
        }
        out.append(text, 0, clean);
        for (int i = clean; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and new line have no place in HTML.
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isPlain(char c) {
        return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' : c == '\n' || c == '\t';
    }

    static String escape(String text) {
        return escape(new StringBuilder(), text).toString();
    }

    /** Only web and mail links are followed; anything else ("javascript:", "data:") stays plain text. */
    static boolean isSafeLink(String link) {
        if (link == null) {
            return false;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }
}
