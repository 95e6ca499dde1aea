package fr.recueil.export.pdf;

import fr.recueil.assembly.document.DocBlock;
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
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Key-figure cards, tables and timelines: what the report lays out in a grid. */
final class PdfTables {

    private static final float TABLE_SIZE = 9f;
    private static final float SMALLEST_TABLE_SIZE = 6.5f;
    private static final float CELL_PADDING = 5f;
    private static final float CARD_GAP = 10f;
    private static final float CARD_PADDING_TOP = 10f;
    private static final float CARD_PADDING_BOTTOM = 12f;
    private static final float CARD_PADDING_LEFT = 12f;
    private static final float CARD_PADDING_RIGHT = 10f;
    /** A number as the French write it: digits grouped by (narrow) no-break spaces, a decimal comma, a sign, a unit. */
    private static final Pattern NUMBER = Pattern.compile(
            "[+\u2212-]?\\d[\\d\\s\u00A0\u202F]*(,\\d+)?[\\s\u00A0\u202F]*(%|€|k€|M€|points?)?");

    private final PdfFlow flow;
    private final float width;

    PdfTables(PdfFlow flow) {
        this.flow = flow;
        this.width = flow.width();
    }

    /** The height the start of {@code block} needs on the page of the heading before it. */
    float startHeight(DocBlock block) {
        return switch (block) {
            case null -> 0;
            case KeyFigureGrid grid -> keyFigureStart(grid);
            case fr.recueil.assembly.document.Paragraph paragraph -> 2 * PdfStyle.BODY_SIZE * PdfStyle.BODY_LEADING + 4;
            case Table table -> {
                PdfPTable laid = table(table);
                laid.setTotalWidth(width);
                laid.setLockedWidth(true);
                yield laid.spacingBefore() + laid.getRowHeight(0) + (laid.size() > 1 ? laid.getRowHeight(1) : 0);
            }
            // A heading then what follows it: a section's title is not left alone above its first subsection.
            case fr.recueil.assembly.document.Heading heading -> 80;
            default -> 48;
        };
    }

    // --- key figures

    /**
     * A grid of key-figure cards, each card read as its value then its label: the card's text is
     * one element whose ActualText says "value label …", which text extraction (copy, search,
     * pdftotext) and screen readers use instead of the glyphs' positions.
     */
    void keyFigures(PdfStructureElement parent, KeyFigureGrid grid, int headingLevel) {
        PdfStructureElement div = flow.tags().add(parent, PdfTags.DIV);
        int columns = columns(grid);
        float cardWidth = (width - CARD_GAP * (columns - 1)) / columns;
        List<List<KeyFigureCell>> rows = rows(grid, columns);
        if (grid.heading() != null) {
            Paragraph heading = new Paragraph(new Chunk(grid.heading(), PdfStyle.bold(10.5f, PdfStyle.ACCENT)));
            heading.setFont(PdfStyle.bold(10.5f, PdfStyle.ACCENT));
            float height = flow.height(List.of(heading));
            flow.ensureRoom(4 + height + 8 + (rows.isEmpty() ? 0 : rowHeight(rows.getFirst(), cardWidth)));
            flow.space(4);
            flow.text(flow.tags().heading(div, headingLevel), List.of(heading));
            flow.space(2);
        }
        flow.space(6);
        for (List<KeyFigureCell> row : rows) {
            if (row.getFirst().isSentence()) {
                sentence(div, row.getFirst());
            } else {
                float height = rowHeight(row, cardWidth);
                flow.ensureRoom(height);
                float top = flow.y();
                float x = flow.left();
                float valueSize = valueSize(row, cardWidth);
                // Text extraction reads the whole row where its first card's value stands: a text
                // extractor that guesses columns from positions would read a last, incomplete row's
                // cards in another order (pdftotext reads a lone third card after the row below).
                String rowText = String.join(" ", row.stream().map(PdfTables::spoken).toList());
                for (KeyFigureCell figure : row) {
                    card(div, figure, x, top, cardWidth, height, valueSize, figure == row.getFirst() ? rowText : "");
                    x += cardWidth + CARD_GAP;
                }
                flow.drop(height);
            }
            flow.drop(CARD_GAP);
        }
    }

    private float keyFigureStart(KeyFigureGrid grid) {
        int columns = columns(grid);
        float cardWidth = (width - CARD_GAP * (columns - 1)) / columns;
        List<List<KeyFigureCell>> rows = rows(grid, columns);
        float heading = grid.heading() == null ? 0 : 30;
        return heading + 6 + (rows.isEmpty() ? 0 : rowHeight(rows.getFirst(), cardWidth));
    }

    private static int columns(KeyFigureGrid grid) {
        long cards = grid.figures().stream().filter(f -> !f.isSentence()).count();
        return cards == 2 || cards == 4 ? 2 : cards == 1 ? 2 : 3;
    }

    /** The grid's rows: cards by {@code columns}, a sentence alone on its row. */
    private static List<List<KeyFigureCell>> rows(KeyFigureGrid grid, int columns) {
        List<List<KeyFigureCell>> rows = new ArrayList<>();
        List<KeyFigureCell> row = new ArrayList<>();
        for (KeyFigureCell figure : grid.figures()) {
            if (figure.isSentence()) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                rows.add(List.of(figure));
                continue;
            }
            row.add(figure);
            if (row.size() == columns) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** One value size for a row of cards, so that their values stand on one line: the smallest that fits them all. */
    private static float valueSize(List<KeyFigureCell> row, float cardWidth) {
        float size = 22;
        for (KeyFigureCell figure : row) {
            size = Math.min(size, fitting(figure.value(), PdfFonts.BOLD, 22, 12,
                    cardWidth - CARD_PADDING_LEFT - CARD_PADDING_RIGHT - 2));
        }
        return size;
    }

    private float rowHeight(List<KeyFigureCell> row, float cardWidth) {
        if (row.getFirst().isSentence()) {
            return flow.height(sentenceContent(row.getFirst()), width - 24) + 16;
        }
        float height = 0;
        float valueSize = valueSize(row, cardWidth);
        for (KeyFigureCell figure : row) {
            height = Math.max(height, flow.height(cardContent(figure, valueSize),
                    cardWidth - CARD_PADDING_LEFT - CARD_PADDING_RIGHT));
        }
        return height + CARD_PADDING_TOP + CARD_PADDING_BOTTOM;
    }

    private void card(PdfStructureElement parent, KeyFigureCell figure, float x, float top, float cardWidth, float height,
                      float valueSize, String extracted) {
        PdfContentByte canvas = flow.canvas();
        PdfTags.artifact(canvas);
        canvas.saveState();
        canvas.setColorFill(PdfStyle.TINT);
        canvas.rectangle(x, top - height, cardWidth, height);
        canvas.fill();
        canvas.setColorFill(PdfStyle.ACCENT);
        canvas.rectangle(x, top - 3, cardWidth, 3);
        canvas.fill();
        canvas.restoreState();
        PdfTags.endArtifact(canvas);

        PdfStructureElement tag = flow.tags().add(parent, PdfTags.P);
        List<Element> content = cardContent(figure, valueSize);
        flow.drawSpoken(tag, spoken(figure), extracted, content.getFirst(), content.subList(1, content.size()), x + CARD_PADDING_LEFT,
                cardWidth - CARD_PADDING_LEFT - CARD_PADDING_RIGHT, top - CARD_PADDING_TOP);
    }

    /** A card's text in reading order: value, label, variation, previous value, note. */
    private static String spoken(KeyFigureCell figure) {
        StringBuilder text = new StringBuilder(figure.value()).append(' ').append(figure.label());
        for (String more : new String[] {figure.variation(), figure.previous(), figure.note()}) {
            if (more != null) {
                text.append(' ').append(more);
            }
        }
        return text.toString();
    }

    private static List<Element> cardContent(KeyFigureCell figure, float valueSize) {
        List<Element> content = new ArrayList<>();
        Paragraph value = new Paragraph(new Chunk(figure.value(), PdfStyle.bold(valueSize, PdfStyle.NAVY)));
        value.setFont(PdfStyle.bold(valueSize, PdfStyle.NAVY));
        value.setLeading(0, 1.1f);
        value.setSpacingAfter(3);
        content.add(value);

        Paragraph label = new Paragraph(new Chunk(figure.label(), PdfStyle.regular(9.5f, PdfStyle.INK)));
        label.setFont(PdfStyle.regular(9.5f, PdfStyle.INK));
        label.setLeading(0, 1.3f);
        content.add(label);

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
            content.add(variation);
        }
        if (figure.previous() != null) {
            Paragraph previous = new Paragraph(new Chunk(figure.previous(), PdfStyle.regular(8.5f, PdfStyle.GREY)));
            previous.setFont(PdfStyle.regular(8.5f, PdfStyle.GREY));
            previous.setLeading(0, 1.3f);
            previous.setSpacingBefore(figure.variation() == null ? 5 : 1);
            content.add(previous);
        }
        if (figure.note() != null) {
            Paragraph note = new Paragraph(new Chunk(figure.note(), PdfStyle.italic(8f, PdfStyle.GREY)));
            note.setFont(PdfStyle.italic(8f, PdfStyle.GREY));
            note.setLeading(0, 1.3f);
            note.setSpacingBefore(4);
            content.add(note);
        }
        return content;
    }

    private static List<Element> sentenceContent(KeyFigureCell figure) {
        List<Element> content = new ArrayList<>();
        Paragraph text = new Paragraph(new Chunk(figure.label(), PdfStyle.regular(10.5f, PdfStyle.INK)));
        text.setFont(PdfStyle.regular(10.5f, PdfStyle.INK));
        text.setLeading(0, 1.4f);
        content.add(text);
        if (figure.note() != null) {
            Paragraph note = new Paragraph(new Chunk(figure.note(), PdfStyle.italic(8f, PdfStyle.GREY)));
            note.setFont(PdfStyle.italic(8f, PdfStyle.GREY));
            note.setSpacingBefore(3);
            content.add(note);
        }
        return content;
    }

    private void sentence(PdfStructureElement parent, KeyFigureCell figure) {
        float height = rowHeight(List.of(figure), width);
        flow.ensureRoom(height);
        float top = flow.y();
        PdfContentByte canvas = flow.canvas();
        PdfTags.artifact(canvas);
        canvas.saveState();
        canvas.setColorFill(PdfStyle.ZEBRA);
        canvas.rectangle(flow.left(), top - height, width, height);
        canvas.fill();
        canvas.setColorFill(PdfStyle.ACCENT);
        canvas.rectangle(flow.left(), top - height, 3, height);
        canvas.fill();
        canvas.restoreState();
        PdfTags.endArtifact(canvas);
        flow.draw(flow.tags().add(parent, PdfTags.P), sentenceContent(figure), flow.left() + 12, width - 24, top - 7);
        flow.drop(height);
    }

    /** The largest size, down to {@code smallest}, at which {@code text} holds on one line of {@code room}. */
    private static float fitting(String text, BaseFont font, float largest, float smallest, float room) {
        float width = font.getWidthPoint(text, largest);
        return width <= room ? largest : Math.max(smallest, largest * room / width);
    }

    // --- tables

    /** A table, tagged cell by cell, its caption after it. */
    void table(PdfStructureElement parent, Table table) {
        PdfStructureElement tag = flow.tags().add(parent, PdfTags.TABLE);
        flow.table(tag, table(table), 1);
        if (table.caption() != null) {
            Paragraph caption = new Paragraph(Texts.phrase(List.of(Span.italic(table.caption())), 8.5f, PdfStyle.GREY, false, 1.3f));
            caption.setFont(PdfStyle.italic(8.5f, PdfStyle.GREY));
            flow.space(-6);
            flow.text(flow.tags().add(tag, PdfTags.CAPTION), List.of(caption));
            flow.space(12);
        }
    }

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
        out.setSpacingBefore(6);
        out.setSpacingAfter(12);
        List<Table.Align> aligns = alignments(table);
        for (int c = 0; c < columns; c++) {
            PdfPCell cell = cell(table.header().get(c), size, PdfStyle.WHITE, true, aligns.get(c));
            cell.setBackgroundColor(PdfStyle.NAVY);
            cell.setPaddingTop(CELL_PADDING + 1);
            cell.setPaddingBottom(CELL_PADDING + 2);
            out.addCell(cell);
        }
        int index = 0;
        for (List<Table.Cell> row : table.rows()) {
            Color background = index++ % 2 == 1 ? PdfStyle.ZEBRA : null;
            for (int c = 0; c < columns; c++) {
                PdfPCell cell = cell(row.get(c), size, PdfStyle.INK, false, aligns.get(c));
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
                PdfPCell cell = cell(table.totalRow().get(c), size + 0.5f, PdfStyle.NAVY, true, aligns.get(c));
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
        return out;
    }

    /** The columns' alignments, a column holding only numbers right-aligned whatever it was given. */
    static List<Table.Align> alignments(Table table) {
        List<Table.Align> aligns = new ArrayList<>(table.columns());
        for (int c = 0; c < aligns.size(); c++) {
            boolean numbers = false;
            boolean other = false;
            List<List<Table.Cell>> cells = new ArrayList<>(table.rows());
            if (table.totalRow() != null) {
                cells.add(table.totalRow());
            }
            for (List<Table.Cell> row : cells) {
                String text = row.get(c).text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (NUMBER.matcher(text).matches()) {
                    numbers = true;
                } else {
                    other = true;
                }
            }
            if (numbers && !other) {
                aligns.set(c, Table.Align.RIGHT);
            }
        }
        return aligns;
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

    /** Dated events, tagged as a list: one item per event, its date then its text. */
    void timeline(PdfStructureElement parent, Timeline timeline) {
        PdfStructureElement list = flow.tags().add(parent, PdfTags.L);
        flow.rows(timeline(timeline), r -> flow.tags().add(flow.tags().add(list, PdfTags.LI), PdfTags.LBODY));
    }

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
