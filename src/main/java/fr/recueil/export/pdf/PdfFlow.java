package fr.recueil.export.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The body's pages, filled from top to bottom: every block is drawn on the page's direct content
 * inside the marked content of its structure element, so that the PDF is tagged as it is laid out.
 * The flow keeps the typesetting rules: no single line of a paragraph alone at the foot or the top
 * of a page ({@link #paragraph}), room kept for what follows a heading ({@link #ensureRoom}), a
 * table's header row repeated (as an artifact) on every page it spans.
 */
final class PdfFlow {

    /** Far enough down to lay anything out without running out of room. */
    private static final float UNBOUNDED = -1_000_000f;

    private final Document document;
    private final PdfWriter writer;
    private final PdfTags tags;
    private float y;
    private boolean pageTop = true;

    PdfFlow(Document document, PdfWriter writer, PdfTags tags) {
        this.document = document;
        this.writer = writer;
        this.tags = tags;
        this.y = document.top();
    }

    PdfTags tags() {
        return tags;
    }

    float left() {
        return document.left();
    }

    float width() {
        return document.right() - document.left();
    }

    float y() {
        return y;
    }

    /** The room left on the page, down to the bottom margin. */
    float room() {
        return y - document.bottom();
    }

    float pageHeight() {
        return document.top() - document.bottom();
    }

    boolean atPageTop() {
        return pageTop;
    }

    void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        y = document.top();
        pageTop = true;
    }

    /** Starts a new page unless {@code needed} points are left on this one. */
    void ensureRoom(float needed) {
        if (!pageTop && room() < needed) {
            newPage();
        }
    }

    /** Moves down, unless at the top of a page (space before a block is not kept there). */
    void space(float points) {
        if (!pageTop) {
            y -= points;
        }
    }

    /** Moves down even at the top of a page. */
    void drop(float points) {
        y -= points;
        pageTop = false;
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    // --- text

    /** The height {@code content} takes at the text width. */
    float height(List<Element> content) {
        ColumnText column = column(content);
        column.setSimpleColumn(left(), UNBOUNDED, left() + width(), 0);
        go(column, true);
        return -column.getYLine();
    }

    /** The height {@code content} takes in a column {@code width} wide. */
    float height(List<Element> content, float width) {
        ColumnText column = column(content);
        column.setSimpleColumn(0, UNBOUNDED, width, 0);
        go(column, true);
        return -column.getYLine();
    }

    /**
     * {@code content} drawn as {@code tag}'s content in a column {@code width} wide from {@code top}
     * down, on this page, whatever the flow's position (a card in a row of cards).
     */
    void draw(PdfStructureElement tag, List<Element> content, float x, float width, float top) {
        ColumnText column = column(content);
        column.setSimpleColumn(x, UNBOUNDED, x + width, top);
        tags.begin(canvas(), tag);
        go(column, false);
        tags.end(canvas());
    }

    /**
     * Like {@link #draw}, for content read in another order than its glyphs are placed: the
     * {@code head} element's glyphs read as {@code spoken}, the {@code tail}'s as nothing (their
     * text is in {@code spoken}); text extraction gets {@code extracted} where the head stands, as
     * one run, whatever is laid out beside it (see {@link PdfTags#beginReplaced}).
     */
    void drawSpoken(PdfStructureElement tag, String spoken, String extracted, Element head, List<Element> tail, float x,
                    float width, float top) {
        ColumnText column = new ColumnText(null);
        column.addElement(head);
        column.setSimpleColumn(x, UNBOUNDED, x + width, top);
        tags.beginReplaced(canvas(), tag, spoken, extracted);
        go(column, false);
        tags.end(canvas());
        tail.forEach(column::addElement);
        tags.beginReplaced(canvas(), tag, "", "");
        go(column, false);
        tags.end(canvas());
    }

    /**
     * A paragraph of one leading: never its first line alone at the foot of a page (orphan) nor its
     * last alone at the top of the next (widow).
     */
    void paragraph(PdfStructureElement tag, List<Element> content, float leading) {
        if (!pageTop) {
            ColumnText fitting = column(content);
            fitting.setSimpleColumn(left(), document.bottom(), left() + width(), y);
            if (ColumnText.hasMoreText(go(fitting, true))) {
                int fit = fitting.getLinesWritten();
                ColumnText all = column(content);
                all.setSimpleColumn(left(), UNBOUNDED, left() + width(), 0);
                go(all, true);
                int total = all.getLinesWritten();
                if (fit < 2 || total < 4) {
                    newPage();
                } else if (total - fit < 2) {
                    // The last line would be alone: one more line goes over with it.
                    text(tag, content, y - (fit - 1) * leading - leading / 2);
                    return;
                }
            }
        }
        text(tag, content, document.bottom());
    }

    /** Blocks of text drawn as {@code tag}'s content, over as many pages as they need. */
    void text(PdfStructureElement tag, List<Element> content) {
        text(tag, content, document.bottom());
    }

    private void text(PdfStructureElement tag, List<Element> content, float firstBottom) {
        ColumnText column = column(content);
        float bottom = firstBottom;
        while (true) {
            column.setSimpleColumn(left(), bottom, left() + width(), y);
            tags.begin(canvas(), tag);
            int status = go(column, false);
            tags.end(canvas());
            if (!ColumnText.hasMoreText(status)) {
                y = column.getYLine();
                pageTop = false;
                return;
            }
            newPage();
            bottom = document.bottom();
        }
    }

    /** Decoration (a rule, a band): drawn as an artifact at the current position, {@code height} high. */
    void decoration(PdfPTable drawing) {
        drawing.setTotalWidth(width() * drawing.getWidthPercentage() / 100);
        drawing.setLockedWidth(true);
        float height = drawing.spacingBefore() + drawing.getTotalHeight() + drawing.spacingAfter();
        if (room() < height) {
            return;
        }
        y -= drawing.spacingBefore();
        PdfTags.artifact(canvas());
        drawing.writeSelectedRows(0, -1, left(), y, canvas());
        PdfTags.endArtifact(canvas());
        y -= drawing.getTotalHeight() + drawing.spacingAfter();
        pageTop = false;
    }

    /**
     * A one-cell table (a boxed paragraph) drawn as {@code tag}'s content; one taller than a page
     * loses its box, not its text.
     */
    void box(PdfStructureElement tag, PdfPTable box) {
        box.setTotalWidth(width());
        box.setLockedWidth(true);
        float height = box.getTotalHeight();
        if (height > pageHeight()) {
            text(tag, List.copyOf(box.getRow(0).getCells()[0].getCompositeElements()));
            return;
        }
        space(box.spacingBefore());
        ensureRoom(height);
        tags.begin(canvas(), tag);
        box.writeSelectedRows(0, -1, left(), y, canvas());
        tags.end(canvas());
        y -= height + box.spacingAfter();
        pageTop = false;
    }

    /** An image, scaled beforehand to fit the text width, centred, as {@code tag}'s content. */
    void image(PdfStructureElement tag, Image image) {
        float w = image.getScaledWidth();
        float h = image.getScaledHeight();
        ensureRoom(h);
        tags.begin(canvas(), tag);
        canvas().addImage(image, w, 0, 0, h, left() + (width() - w) / 2, y - h);
        tags.end(canvas());
        y -= h;
        pageTop = false;
    }

    /**
     * A table drawn whole row by whole row, each row the content of the element {@code rowTag} gives
     * (a table of contents' entry, a timeline's event); a row that does not fit starts a new page.
     */
    void rows(PdfPTable table, IntFunction<PdfStructureElement> rowTag) {
        table.setTotalWidth(width() * table.getWidthPercentage() / 100);
        table.setLockedWidth(true);
        space(table.spacingBefore());
        for (int r = 0; r < table.size(); r++) {
            float height = table.getRowHeight(r);
            if (height > room()) {
                newPage();
            }
            tags.begin(canvas(), rowTag.apply(r));
            table.writeSelectedRows(r, r + 1, left(), y, canvas());
            tags.end(canvas());
            y -= height;
            pageTop = false;
        }
        y -= table.spacingAfter();
    }

    private static ColumnText column(List<Element> content) {
        ColumnText column = new ColumnText(null);
        content.forEach(column::addElement);
        return column;
    }

    private int go(ColumnText column, boolean simulate) {
        if (!simulate) {
            column.setCanvas(canvas());
        }
        return column.go(simulate);
    }

    // --- tables

    /**
     * A table drawn row by row, each cell as the content of its own structure element (TH for the
     * {@code headerRows} first rows, TD below): a row that does not fit starts a new page, where the
     * header rows are drawn again as an artifact. {@code table}'s widths are locked to the text width.
     */
    void table(PdfStructureElement tableTag, PdfPTable table, int headerRows) {
        table.setTotalWidth(width() * table.getWidthPercentage() / 100);
        table.setLockedWidth(true);
        float[] widths = table.getAbsoluteWidths();
        float headerHeight = 0;
        for (int r = 0; r < headerRows; r++) {
            headerHeight += table.getRowHeight(r);
        }
        space(table.spacingBefore());
        // A table starts with its header and at least its first row on the same page.
        float first = headerHeight + (table.size() > headerRows ? table.getRowHeight(headerRows) : 0);
        ensureRoom(Math.min(first, pageHeight()));
        int rows = table.size();
        for (int r = 0; r < rows; r++) {
            float height = table.getRowHeight(r);
            boolean header = r < headerRows;
            if (!pageTop && height > room() && !header) {
                newPage();
                for (int h = 0; h < headerRows; h++) {
                    PdfTags.artifact(canvas());
                    table.writeSelectedRows(h, h + 1, left(), y, canvas());
                    PdfTags.endArtifact(canvas());
                    y -= table.getRowHeight(h);
                }
            }
            if (height > room()) {
                // A row taller than a page: its cells' text is drawn over as many pages as it needs.
                tallRow(tableTag, table, r, header);
                continue;
            }
            PdfStructureElement row = tags.add(tableTag, PdfTags.TR);
            PdfPRow cells = table.getRow(r);
            float x = left();
            for (int c = 0; c < widths.length; c++) {
                if (cells.getCells()[c] != null) {
                    PdfStructureElement cell = header ? tags.columnHeader(row) : tags.add(row, PdfTags.TD);
                    tags.begin(canvas(), cell);
                    table.writeSelectedRows(c, c + 1, r, r + 1, x, y, canvas());
                    tags.end(canvas());
                }
                x += widths[c];
            }
            y -= height;
            pageTop = false;
        }
        y -= table.spacingAfter();
    }

    private void tallRow(PdfStructureElement tableTag, PdfPTable table, int r, boolean header) {
        PdfStructureElement row = tags.add(tableTag, PdfTags.TR);
        for (var cell : table.getRow(r).getCells()) {
            if (cell == null) {
                continue;
            }
            PdfStructureElement tag = header ? tags.columnHeader(row) : tags.add(row, PdfTags.TD);
            List<Element> content = cell.getCompositeElements() != null && !cell.getCompositeElements().isEmpty()
                    ? List.copyOf(cell.getCompositeElements())
                    : cell.getPhrase() == null ? List.of() : List.of(new org.openpdf.text.Paragraph(cell.getPhrase()));
            text(tag, content);
        }
    }
}
