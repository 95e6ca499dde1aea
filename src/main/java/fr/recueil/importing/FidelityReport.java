package fr.recueil.importing;

import java.util.List;

/**
 * After an import: how much of the document's text landed in chapters (characters, spaces not
 * counted) and every paragraph that did not, with the reason. Nothing is dropped silently.
 */
public record FidelityReport(String fileName, int year, String campaignTitle, int importedChapters,
                             int totalCharacters, int placedCharacters, List<Unplaced> unplaced) {

    public enum Reason { OUTSIDE_CHAPTERS, CHAPTER_IGNORED }

    public record Unplaced(String text, Reason reason, String chapterHeading) {
    }

    public FidelityReport {
        unplaced = List.copyOf(unplaced);
    }

    /** The share of characters placed, in percent with one decimal; 100 for a document with no text. */
    public double percentPlaced() {
        return totalCharacters == 0 ? 100 : Math.floor(1000.0 * placedCharacters / totalCharacters) / 10;
    }
}
