package fr.recueil.importing;

import java.util.List;

/** One element of the document body, in reading order, as the analysis needs it. */
sealed interface WordElement {

    /**
     * A paragraph: its plain text (for titles, figures and counting), its Markdown (bold, italic,
     * links kept for rich text), the heading level its style gives (0 when none), and the clues that
     * real documents use instead of styles: whole-bold text, list items, captions.
     */
    record Paragraph(String text, String markdown, int headingLevel, boolean bold, boolean listItem,
                     boolean numberedList, int listLevel, boolean caption, List<String> footnotes)
            implements WordElement {

        public Paragraph {
            footnotes = List.copyOf(footnotes);
        }

        boolean isBlank() {
            return text.isBlank();
        }

        boolean isHeading() {
            return headingLevel > 0;
        }
    }

    /** A table: its rows of cell texts, the first row being read as the header. */
    record Table(List<List<String>> rows) implements WordElement {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An embedded picture with the alternative text the author gave it (may be empty). */
    record Picture(byte[] bytes, String fileName, String description) implements WordElement {
    }
}
