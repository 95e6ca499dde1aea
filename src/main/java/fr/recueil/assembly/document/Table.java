package fr.recueil.assembly.document;

import java.util.List;

/**
 * A table with a header row (repeated on every page it spans), data rows and an optional total row.
 *
 * @param caption   may be null
 * @param columns   the alignment of each column; every row has exactly {@code columns.size()} cells
 * @param totalRow  the budget's total, or null
 */
public record Table(TableKind kind, String caption, List<Align> columns, List<Cell> header, List<List<Cell>> rows,
                    List<Cell> totalRow) implements DocBlock {

    public Table {
        columns = List.copyOf(columns);
        caption = Printable.text(caption);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        totalRow = totalRow == null ? null : List.copyOf(totalRow);
        int width = columns.size();
        if (header.size() != width || rows.stream().anyMatch(r -> r.size() != width)
                || (totalRow != null && totalRow.size() != width)) {
            throw new IllegalArgumentException("every row of a table has " + width + " cells");
        }
    }

    public enum TableKind {
        /** Budget lines with their amounts. */
        BUDGET,
        /** A table typed by a direction, or one from rich text. */
        DATA,
        /** A table Recueil makes itself (a draft's missing chapters). */
        LISTING
    }

    public enum Align {
        LEFT,
        RIGHT,
        CENTER
    }

    /**
     * One cell: styled runs.
     *
     * @param indent how many steps the cell's text is set in from the column's edge: 1 for a budget's
     *               "dont" line, included in the line above it
     */
    public record Cell(List<Span> spans, int indent) {

        public Cell {
            spans = List.copyOf(spans);
            if (indent < 0) {
                throw new IllegalArgumentException("a cell's indent is 0 or more");
            }
        }

        public Cell(List<Span> spans) {
            this(spans, 0);
        }

        public static Cell of(String text) {
            return new Cell(text == null || text.isEmpty() ? List.of() : List.of(Span.plain(text)));
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }
}
