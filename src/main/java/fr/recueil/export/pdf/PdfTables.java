package fr.recueil.export.pdf;

import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.KeyFigureGrid.KeyFigureCell;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.Timeline;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Key-figure cards, tables and timelines: what the report lays out in a grid. */
final class PdfTables {

    private static final float TABLE_SIZE = 9f;
    private static final float SMALLEST_TABLE_SIZE = 6.5f;
    private static final float CELL_PADDING = 5f;
    private static final float CARD_GAP = 10f;

    private final float width;

    PdfTables(float width) {
        this.width = width;
    }

    // --- key figures

    List<Element> keyFigures(KeyFigureGrid grid) {
        List<Element> out = new ArrayList<>();
        if (grid.heading() != null) {
            Paragraph heading = new Paragraph(new Chunk(grid.heading(), PdfStyle.bold(10.5f, PdfStyle.ACCENT)));
            heading.setSpacingBefore(4);
            heading.setSpacingAfter(2);
            out.add(heading);
        }
        long cards = grid.figures().stream().filter(f -> !f.isSentence()).count();
        int columns = cards == 2 || cards == 4 ? 2 : cards == 1 ? 2 : 3;
        float[] widths = new float[columns * 2 - 1];
        float cardWidth = (width - CARD_GAP * (columns - 1)) / columns;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? cardWidth : CARD_GAP;
        }
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        int inRow = 0;
        for (KeyFigureCell figure : grid.figures()) {
            if (figure.isSentence()) {
                inRow = completeRow(table, inRow, columns);
                PdfPCell sentence = sentence(figure);
                sentence.setColspan(widths.length);
                table.addCell(sentence);
                gapRow(table, widths.length);
                continue;
            }
            if (inRow > 0) {
                table.addCell(empty());
            }
            table.addCell(card(figure, cardWidth));
            inRow++;
            if (inRow == columns) {
                inRow = 0;
                gapRow(table, widths.length);
            }
        }
        completeRow(table, inRow, columns);
        out.add(table);
        return out;
    }

    private int completeRow(PdfPTable table, int inRow, int columns) {
        if (inRow == 0) {
            return 0;
        }
        for (int i = inRow; i < columns; i++) {
            table.addCell(empty());
            table.addCell(empty());
        }
        gapRow(table, columns * 2 - 1);
        return 0;
    }

    private static void gapRow(PdfPTable table, int span) {
        PdfPCell gap = empty();
        gap.setColspan(span);
        gap.setFixedHeight(CARD_GAP);
        table.addCell(gap);
    }

    private static PdfPCell empty() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }

    private static PdfPCell card(KeyFigureCell figure, float cardWidth) {
        PdfPCell card = new PdfPCell();
        card.setBackgroundColor(PdfStyle.TINT);
        card.setUseVariableBorders(true);
        card.setBorder(PdfPCell.TOP);
        card.setBorderWidthTop(3);
        card.setBorderColorTop(PdfStyle.ACCENT);
        card.setPaddingTop(10);
        card.setPaddingLeft(12);
        card.setPaddingRight(10);
        card.setPaddingBottom(12);

        float valueSize = fitting(figure.value(), PdfFonts.BOLD, 22, 12, cardWidth - 24);
        Paragraph value = new Paragraph(new Chunk(figure.value(), PdfStyle.bold(valueSize, PdfStyle.NAVY)));
        value.setLeading(0, 1.1f);
        value.setSpacingAfter(3);
        card.addElement(value);

        Paragraph label = new Paragraph(new Chunk(figure.label(), PdfStyle.regular(9.5f, PdfStyle.INK)));
        label.setLeading(0, 1.3f);
        card.addElement(label);

        if (figure.variation() != null) {
            Color color = switch (figure.trend()) {
                case UP -> PdfStyle.UP;
                case DOWN -> PdfStyle.DOWN;
                default -> PdfStyle.GREY;
            };
            String arrow = switch (figure.trend()) {
                case UP -> "▲ ";
                case DOWN -> "▼ ";
                case STABLE -> "= ";
                case NONE -> "";
            };
            Paragraph variation = Texts.paragraph();
            variation.setLeading(0, 1.3f);
            variation.setSpacingBefore(5);
            variation.add(new Chunk(arrow, PdfStyle.bold(8f, color)));
            variation.add(new Chunk(figure.variation(), PdfStyle.bold(8.5f, color)));
            card.addElement(variation);
        }
        if (figure.previous() != null) {
            Paragraph previous = new Paragraph(new Chunk(figure.previous(), PdfStyle.regular(8.5f, PdfStyle.GREY)));
            previous.setLeading(0, 1.3f);
            previous.setSpacingBefore(figure.variation() == null ? 5 : 1);
            card.addElement(previous);
        }
        if (figure.note() != null) {
            Paragraph note = new Paragraph(new Chunk(figure.note(), PdfStyle.italic(8f, PdfStyle.GREY)));
            note.setLeading(0, 1.3f);
            note.setSpacingBefore(4);
            card.addElement(note);
        }
        return card;
    }

    private static PdfPCell sentence(KeyFigureCell figure) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(PdfStyle.ZEBRA);
        cell.setUseVariableBorders(true);
        cell.setBorder(PdfPCell.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(PdfStyle.ACCENT);
        cell.setPaddingLeft(12);
        cell.setPaddingTop(7);
        cell.setPaddingBottom(9);
        Paragraph text = new Paragraph(new Chunk(figure.label(), PdfStyle.regular(10.5f, PdfStyle.INK)));
        text.setLeading(0, 1.4f);
        cell.addElement(text);
        if (figure.note() != null) {
            Paragraph note = new Paragraph(new Chunk(figure.note(), PdfStyle.italic(8f, PdfStyle.GREY)));
            note.setSpacingBefore(3);
            cell.addElement(note);
        }
        return cell;
    }

    /** The largest size, down to {@code smallest}, at which {@code text} holds on one line of {@code room}. */
    private static float fitting(String text, BaseFont font, float largest, float smallest, float room) {
        float width = font.getWidthPoint(text, largest);
        return width <= room ? largest : Math.max(smallest, largest * room / width);
    }

    // --- tables

    PdfPTable table(Table table) {
        int columns = table.columns().size();
        float[] natural = new float[columns];
        float[] longestWord = new float[columns];
        measure(table.header(), natural, longestWord, true);
        table.rows().forEach(row -> measure(row, natural, longestWord, false));
        if (table.totalRow() != null) {
            measure(table.totalRow(), natural, longestWord, true);
        }
        // Measured at size 1: a table wider than the page is set smaller until its longest words fit.
        float padding = 2 * CELL_PADDING * columns;
        float wordsWidth = 0;
        for (float w : longestWord) {
            wordsWidth += w;
        }
        float size = Math.max(SMALLEST_TABLE_SIZE, Math.min(TABLE_SIZE, (width - padding) / Math.max(1, wordsWidth)));
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(longestWord[c] * size + 2 * CELL_PADDING,
                    Math.min(natural[c] * size + 2 * CELL_PADDING, width * 0.5f));
        }
        if (table.kind() == Table.TableKind.BUDGET && columns == 2) {
            widths = new float[] {0.72f, 0.28f};
        }

        PdfPTable out = new PdfPTable(columns);
        out.setWidthPercentage(100);
        out.setWidths(widths);
        out.setHeaderRows(1);
        out.setSpacingBefore(6);
        out.setSpacingAfter(12);
        for (int c = 0; c < columns; c++) {
            PdfPCell cell = cell(table.header().get(c), size, PdfStyle.WHITE, true, table.columns().get(c));
            cell.setBackgroundColor(PdfStyle.NAVY);
            cell.setPaddingTop(CELL_PADDING + 1);
            cell.setPaddingBottom(CELL_PADDING + 2);
            out.addCell(cell);
        }
        int index = 0;
        for (List<Table.Cell> row : table.rows()) {
            Color background = index++ % 2 == 1 ? PdfStyle.ZEBRA : null;
            for (int c = 0; c < columns; c++) {
                PdfPCell cell = cell(row.get(c), size, PdfStyle.INK, false, table.columns().get(c));
                cell.setBorder(PdfPCell.BOTTOM);
                cell.setBorderWidthBottom(0.4f);
                cell.setBorderColorBottom(PdfStyle.RULE);
                if (background != null) {
                    cell.setBackgroundColor(background);
                }
                out.addCell(cell);
            }
        }
        if (table.totalRow() != null) {
            for (int c = 0; c < columns; c++) {
                PdfPCell cell = cell(table.totalRow().get(c), size + 0.5f, PdfStyle.NAVY, true, table.columns().get(c));
                cell.setBackgroundColor(PdfStyle.TINT);
                cell.setUseVariableBorders(true);
                cell.setBorder(PdfPCell.TOP);
                cell.setBorderWidthTop(1.2f);
                cell.setBorderColorTop(PdfStyle.NAVY);
                cell.setPaddingTop(CELL_PADDING + 1);
                cell.setPaddingBottom(CELL_PADDING + 2);
                out.addCell(cell);
            }
        }
        if (table.caption() != null) {
            PdfPCell caption = new PdfPCell(Texts.phrase(List.of(Span.italic(table.caption())), 8.5f, PdfStyle.GREY, false, 1.3f));
            caption.setColspan(columns);
            caption.setBorder(PdfPCell.NO_BORDER);
            caption.setPaddingTop(6);
            out.addCell(caption);
        }
        return out;
    }

    private static void measure(List<Table.Cell> row, float[] natural, float[] longestWord, boolean bold) {
        BaseFont font = bold ? PdfFonts.BOLD : PdfFonts.REGULAR;
        for (int c = 0; c < row.size(); c++) {
            String text = row.get(c).text();
            natural[c] = Math.max(natural[c], font.getWidthPoint(text, 1));
            for (String word : text.split("[ \\n]+")) {
                longestWord[c] = Math.max(longestWord[c], font.getWidthPoint(word, 1));
            }
        }
    }

    private static PdfPCell cell(Table.Cell content, float size, Color color, boolean bold, Table.Align align) {
        PdfPCell cell = new PdfPCell(Texts.phrase(content.spans(), size, color, bold, 1.3f));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(CELL_PADDING);
        cell.setPaddingBottom(CELL_PADDING + 1);
        // a budget's "dont" line, set in under the line it is part of
        cell.setPaddingLeft(CELL_PADDING + 12f * content.indent());
        cell.setUseAscender(true);
        cell.setHorizontalAlignment(switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case RIGHT -> Element.ALIGN_RIGHT;
            case CENTER -> Element.ALIGN_CENTER;
        });
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    // --- timelines

    PdfPTable timeline(Timeline timeline) {
        PdfPTable out = new PdfPTable(2);
        out.setWidthPercentage(100);
        out.setWidths(new float[] {0.24f, 0.76f});
        out.setSpacingBefore(6);
        out.setSpacingAfter(12);
        Font dateFont = PdfStyle.bold(9.5f, PdfStyle.ACCENT);
        for (Timeline.Event event : timeline.events()) {
            PdfPCell date = new PdfPCell(new Phrase(event.date(), dateFont));
            date.setBorder(PdfPCell.NO_BORDER);
            date.setPaddingTop(4);
            date.setPaddingBottom(8);
            date.setPaddingRight(10);
            date.setHorizontalAlignment(Element.ALIGN_RIGHT);
            out.addCell(date);
            PdfPCell text = new PdfPCell(Texts.phrase(event.text(), PdfStyle.BODY_SIZE, PdfStyle.INK, false, 1.4f));
            text.setUseVariableBorders(true);
            text.setBorder(PdfPCell.LEFT);
            text.setBorderWidthLeft(2);
            text.setBorderColorLeft(PdfStyle.RULE);
            text.setPaddingLeft(12);
            text.setPaddingTop(3);
            text.setPaddingBottom(8);
            out.addCell(text);
        }
        return out;
    }
}
