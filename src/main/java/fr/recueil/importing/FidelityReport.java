package fr.recueil.importing;

import java.util.List;

/**
 * After an import: how much of the document's chapter text landed in chapters (characters, spaces
 * not counted), every paragraph that did not, with the reason, and what was recognised and
 * deliberately not imported (title page, table of contents, part titles). Nothing is dropped silently.
 */
public record FidelityReport(String fileName, int year, String campaignTitle, int importedChapters,
                             int totalCharacters, int placedCharacters, List<Unplaced> unplaced,
                             List<Recognised> recognised) {

    /** At or above this share of the chapter text placed, the import is shown as faithful (green). */
    public static final double FAITHFUL_PERCENT = 99.5;

    public enum Reason { OUTSIDE_CHAPTERS, CHAPTER_IGNORED }

    public record Unplaced(String text, Reason reason, String chapterHeading) {
    }

    /** A part of the document recognised and not imported: its kind and how many paragraphs. */
    public record Recognised(SourceText.Kind kind, int paragraphs, String firstText) {
    }

    public FidelityReport {
        unplaced = List.copyOf(unplaced);
        recognised = List.copyOf(recognised);
    }

    /** The share of chapter characters placed, in percent with one decimal (rounded down); 100 with no text. */
    public double percentPlaced() {
        return totalCharacters == 0 ? 100 : Math.floor(1000.0 * placedCharacters / totalCharacters) / 10;
    }

    public boolean faithful() {
        return percentPlaced() >= FAITHFUL_PERCENT;
    }
}
