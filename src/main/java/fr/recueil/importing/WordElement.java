package fr.recueil.importing;

import java.util.List;

/** One element of the document body, in reading order, as the analysis needs it. */
sealed interface WordElement {

    /**
     * A paragraph: its plain text (for titles, figures and counting), its Markdown (bold, italic,
     * links kept for rich text), the heading level its style gives (0 when none), and the clues that
     * real documents use instead of styles: whole-bold text, list items, captions. {@code number} is
     * the number Word's automatic numbering prints before a numbered list item ("3.", "b)", "II."),
     * null otherwise; a numbered title carries its number in its text instead. {@code cells} are the
     * columns of a line laid out with tabs or runs of spaces (empty when it is not such a line;
     * {@code spacedColumns} when spaces alone make them), and
     * {@code pageBreakAfter} says a page (or section) ends with it.
     */
    record Paragraph(String text, String markdown, int headingLevel, boolean bold, boolean listItem,
                     boolean numberedList, int listLevel, boolean caption, List<String> footnotes,
                     String number, List<String> cells, boolean spacedColumns, boolean pageBreakAfter)
            implements WordElement {

        public Paragraph {
            footnotes = List.copyOf(footnotes);
            cells = List.copyOf(cells);
        }

        static Paragraph plain(String text) {
            return new Paragraph(text, DocxReader.escape(text), 0, false, false, false, 0, false, List.of(), null,
                    List.of(), false, false);
        }

        boolean isBlank() {
            return text.isBlank();
        }

        boolean isHeading() {
            return headingLevel > 0;
        }

        Paragraph withPageBreakAfter() {
            return new Paragraph(text, markdown, headingLevel, bold, listItem, numberedList, listLevel, caption,
                    footnotes, number, cells, spacedColumns, true);
        }
    }

    /**
     * A table: its rows of cell texts, the first row being read as the header, and its title when a
     * short line ending with a colon announces it ("Effectifs au 31 décembre :"), else null.
     */
    record Table(String title, List<List<String>> rows) implements WordElement {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        Table(List<List<String>> rows) {
            this(null, rows);
        }

        Table titled(String newTitle) {
            return new Table(newTitle, rows);
        }
    }

    /** An embedded picture with the alternative text the author gave it (may be empty). */
    record Picture(byte[] bytes, String fileName, String description) implements WordElement {
    }

    /**
     * The document's table of contents where it stood: its title ("Sommaire") and its entries as
     * printed, page numbers included. Recognised, never imported.
     */
    record Contents(List<String> lines) implements WordElement {

        public Contents {
            lines = List.copyOf(lines);
        }
    }
}
