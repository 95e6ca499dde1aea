package fr.recueil.importing;

/**
 * A piece of the document's text (a paragraph, a table, a footnote) with its size in characters
 * (spaces not counted) and the chapter it went to, or -1 when it belongs to none.
 */
public record SourceText(String text, int characters, int chapterIndex) {

    static SourceText of(String text, int chapterIndex) {
        return new SourceText(text, count(text), chapterIndex);
    }

    static int count(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F').count();
    }
}
