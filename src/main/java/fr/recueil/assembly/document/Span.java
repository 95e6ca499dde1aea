package fr.recueil.assembly.document;

/**
 * A run of text with one style. {@code link} is an absolute http(s) or mailto URL, or null.
 * A line break inside a paragraph is a span whose text is {@code "\n"}.
 */
public record Span(String text, boolean bold, boolean italic, String link) {

    public Span {
        text = text == null ? "" : Printable.text(text);
        link = Printable.text(link);
    }

    public static Span plain(String text) {
        return new Span(text, false, false, null);
    }

    public static Span bold(String text) {
        return new Span(text, true, false, null);
    }

    public static Span italic(String text) {
        return new Span(text, false, true, null);
    }

    public boolean isLineBreak() {
        return "\n".equals(text);
    }
}
