package fr.recueil.importing;

/**
 * A piece of the document's text (a paragraph, a table, a footnote) with its size in characters
 * (spaces not counted), the chapter it went to (-1 when it belongs to none) and what it is: chapter
 * text, or a part of the document recognised as such and not imported (title page, table of
 * contents, the title of a part or pôle), which the fidelity figure does not count as lost.
 */
public record SourceText(String text, int characters, int chapterIndex, Kind kind) {

    public enum Kind { TEXT, TITLE_PAGE, TABLE_OF_CONTENTS, PART }

    static SourceText of(String text, int chapterIndex) {
        return new SourceText(text, count(text), chapterIndex, Kind.TEXT);
    }

    static SourceText recognised(String text, Kind kind) {
        return new SourceText(text, count(text), -1, kind);
    }

    public boolean isRecognised() {
        return kind != Kind.TEXT;
    }

    static int count(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F').count();
    }
}
