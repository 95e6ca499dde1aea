package fr.recueil.export.docx;

import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.KeyFigureGrid.KeyFigureCell;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.Timeline;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.List;

/** Word tables: the report's tables, the key figures' cards and the timelines. */
final class DocxTables {

    private static final String NAVY = "1F3A5F";
    private static final String TINT = "EAF1F8";
    private static final String CARD_GAP = "FFFFFF";

    private final DocxWriter writer;

    DocxTables(DocxWriter writer) {
        this.writer = writer;
    }

    /** A bordered table: a header row repeated on every page, amounts aligned, the total in bold. */
    void table(Table table) {
        if (table.caption() != null && !table.caption().isBlank()) {
            writer.paragraph("TableCaption").createRun().setText(table.caption());
        } else {
            writer.beforeTable();
        }
        int columns = table.columns().size();
        int rows = 1 + table.rows().size() + (table.totalRow() == null ? 0 : 1);
        Layout layout = layout(table);
        XWPFTable t = newTable(rows, columns, layout.widths(), 85);
        t.setStyleID("TableGrid");
        CTTblBorders grid = tblPr(t).addNewTblBorders();
        for (CTBorder edge : List.of(grid.addNewTop(), grid.addNewLeft(), grid.addNewBottom(), grid.addNewRight())) {
            border(edge, STBorder.SINGLE, 4, "A9B6C6");
        }
        border(grid.addNewInsideH(), STBorder.SINGLE, 4, "D0D8E2");
        border(grid.addNewInsideV(), STBorder.SINGLE, 4, "D0D8E2");
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(NAVY);
            XWPFParagraph p = cellParagraph(cell, table.columns().get(c));
            for (XWPFRun run : spans(p, table.header().get(c).spans())) {
                run.setBold(true);
                run.setColor("FFFFFF");
            }
            size(p, layout);
        }
        int r = 1;
        for (List<Table.Cell> row : table.rows()) {
            XWPFTableRow tr = t.getRow(r);
            tr.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = tr.getCell(c);
                if (r % 2 == 0) {
                    cell.setColor("F5F8FB");
                }
                XWPFParagraph p = cellParagraph(cell, table.columns().get(c));
                if (row.get(c).indent() > 0) {
                    p.setIndentationLeft(INDENT_STEP * row.get(c).indent());
                }
                spans(p, row.get(c).spans());
                size(p, layout);
            }
            r++;
        }
        if (table.totalRow() != null) {
            XWPFTableRow tr = t.getRow(r);
            tr.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = tr.getCell(c);
                cell.setColor(TINT);
                CTTcBorders borders = tcPr(cell).addNewTcBorders();
                border(borders.addNewTop(), STBorder.SINGLE, 12, NAVY);
                XWPFParagraph p = cellParagraph(cell, table.columns().get(c));
                for (XWPFRun run : spans(p, table.totalRow().get(c).spans())) {
                    run.setBold(true);
                }
                size(p, layout);
            }
        }
        writer.paragraph(null).setSpacingAfter(60);
    }

    /** The cover's title block: the year, the title and the subtitle in white on a navy band. */
    void coverBand(String year, String title, String subtitle) {
        XWPFTable t = newTable(1, 1, new int[] {DocxWriter.TEXT_WIDTH}, 454);
        noBorders(t);
        margins(t, 567, 454);
        XWPFTableCell cell = t.getRow(0).getCell(0);
        cell.setColor(NAVY);
        XWPFParagraph first = cell.getParagraphs().getFirst();
        if (year != null) {
            first.setStyle("CoverYear");
            first.createRun().setText(year);
            first = cell.addParagraph();
        }
        first.setStyle("Title");
        first.createRun().setText(title);
        if (subtitle != null && !subtitle.isBlank()) {
            XWPFParagraph p = cell.addParagraph();
            p.setStyle("Subtitle");
            p.createRun().setText(subtitle);
        }
        writer.paragraph(null).setSpacingAfter(240);
    }

    /** Cards of two or three columns separated by white gaps: the value big and bold, then the label and the details. */
    void keyFigures(KeyFigureGrid grid) {
        if (grid.heading() != null && !grid.heading().isBlank()) {
            writer.paragraph("KeyFiguresTitle").createRun().setText(grid.heading());
        } else {
            writer.beforeTable();
        }
        List<KeyFigureCell> figures = grid.figures();
        if (figures.isEmpty()) {
            return;
        }
        int columns = figures.size() == 1 ? 1 : figures.size() == 2 || figures.size() == 4 ? 2 : 3;
        int rows = (figures.size() + columns - 1) / columns;
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, DocxWriter.TEXT_WIDTH / columns);
        XWPFTable t = newTable(rows, columns, widths, 170);
        CTTblBorders borders = noBorders(t);
        border(borders.getInsideH(), STBorder.SINGLE, 36, CARD_GAP);
        border(borders.getInsideV(), STBorder.SINGLE, 36, CARD_GAP);
        margins(t, 113, 170);
        for (int i = 0; i < rows * columns; i++) {
            XWPFTableRow row = t.getRow(i / columns);
            row.setCantSplitRow(true);
            XWPFTableCell cell = row.getCell(i % columns);
            if (i >= figures.size()) {
                continue;
            }
            cell.setColor(TINT);
            card(cell, figures.get(i));
        }
        writer.paragraph(null).setSpacingAfter(60);
    }

    private void card(XWPFTableCell cell, KeyFigureCell figure) {
        XWPFParagraph first = cell.getParagraphs().getFirst();
        if (figure.isSentence()) {
            first.setStyle("KeyFigureLabel");
            first.setSpacingBefore(60);
            XWPFRun run = first.createRun();
            run.setText(figure.label());
            run.setColor(NAVY);
        } else {
            first.setStyle("KeyFigureValue");
            first.createRun().setText(figure.value());
            cellText(cell, "KeyFigureLabel", figure.label());
        }
        if (figure.variation() != null) {
            XWPFParagraph p = cell.addParagraph();
            p.setStyle("KeyFigureDetail");
            String arrow = switch (figure.trend()) {
                case UP -> "▲ ";
                case DOWN -> "▼ ";
                case STABLE -> "► ";
                case NONE -> "";
            };
            if (!arrow.isEmpty()) {
                XWPFRun glyph = p.createRun();
                glyph.setText(arrow);
                glyph.setColor("2E6DA4");
            }
            XWPFRun run = p.createRun();
            run.setText(figure.variation());
            run.setBold(true);
            run.setColor(NAVY);
        }
        cellText(cell, "KeyFigureDetail", figure.previous());
        if (figure.note() != null) {
            cellText(cell, "KeyFigureDetail", figure.note()).getRuns().getFirst().setItalic(true);
        }
    }

    private static XWPFParagraph cellText(XWPFTableCell cell, String style, String text) {
        if (text == null) {
            return null;
        }
        XWPFParagraph p = cell.addParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    /** The date in a narrow column, the event beside it, a thin rule between events. */
    void timeline(Timeline timeline) {
        writer.beforeTable();
        if (timeline.events().isEmpty()) {
            return;
        }
        XWPFTable t = newTable(timeline.events().size(), 2, new int[] {2100, DocxWriter.TEXT_WIDTH - 2100}, 108);
        CTTblBorders borders = noBorders(t);
        border(borders.getInsideH(), STBorder.SINGLE, 4, "D9E1EA");
        border(borders.getInsideV(), STBorder.SINGLE, 18, "2E6DA4");
        for (int i = 0; i < timeline.events().size(); i++) {
            Timeline.Event event = timeline.events().get(i);
            XWPFTableRow row = t.getRow(i);
            row.setCantSplitRow(true);
            XWPFParagraph date = cellParagraph(row.getCell(0), Table.Align.LEFT);
            XWPFRun run = date.createRun();
            run.setText(event.date());
            run.setBold(true);
            run.setColor(NAVY);
            writer.spans(cellParagraph(row.getCell(1), Table.Align.LEFT), event.text());
        }
        writer.paragraph(null).setSpacingAfter(60);
    }

    /**
     * A table as wide as the text. Word (in the compatibility mode this document is in) and
     * LibreOffice pull a table left by its cells' left margin: the indent puts its edge back on the margin.
     */
    private XWPFTable newTable(int rows, int columns, int[] widths, int cellMargin) {
        XWPFTable t = writer.document().createTable(rows, columns);
        CTTbl ctTbl = t.getCTTbl();
        CTTblPr pr = tblPr(t);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(DocxWriter.TEXT_WIDTH));
        CTTblWidth indent = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
        indent.setType(STTblWidth.DXA);
        indent.setW(BigInteger.valueOf(cellMargin));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            // POI's default black grid: each kind of table draws its own.
            pr.unsetTblBorders();
        }
        CTTblGrid grid = ctTbl.getTblGrid() != null ? ctTbl.getTblGrid() : ctTbl.addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[c]));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < columns; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        return t;
    }

    /** Table text: 9 pt, as the TableText style says, in half-points. */
    static final int TABLE_HALF_POINTS = 18;
    /** The smallest table text before words must be cut after all: 6.5 pt. */
    private static final int SMALLEST_HALF_POINTS = 13;
    /** Width of a character of Liberation Sans, in ems, on the wide side (digits are 0.556). */
    private static final double CHAR_EMS = 0.6;
    private static final int CELL_MARGINS = 2 * 85 + 40;

    /**
     * The columns' widths and the text size of a table: no column narrower than its longest unbreakable
     * run (a number grouped with no-break spaces, a date, a word: Word would cut "20/07/23" or
     * "4 017 932,48 €" otherwise), the room left shared after the columns' longest texts; a table too wide
     * for the page at 9 pt is set smaller, down to 6.5 pt.
     */
    record Layout(int[] widths, int halfPoints) {
    }

    static Layout layout(Table table) {
        int columns = table.columns().size();
        int[] unbreakable = new int[columns];
        double[] natural = new double[columns];
        for (int c = 0; c < columns; c++) {
            unbreakable[c] = longestWord(table.header().get(c).text());
            natural[c] = unbreakable[c] + 2;
        }
        List<List<Table.Cell>> body = new java.util.ArrayList<>(table.rows());
        if (table.totalRow() != null) {
            body.add(table.totalRow());
        }
        for (List<Table.Cell> row : body) {
            for (int c = 0; c < columns; c++) {
                Table.Cell cell = row.get(c);
                String text = cell.text();
                int indent = 3 * cell.indent();
                unbreakable[c] = Math.max(unbreakable[c], longestWord(text) + indent);
                natural[c] = Math.max(natural[c], Math.min(text.length(), 60) + indent);
            }
        }
        int halfPoints = TABLE_HALF_POINTS;
        int[] minimum = minimumWidths(unbreakable, halfPoints);
        while (sum(minimum) > DocxWriter.TEXT_WIDTH && halfPoints > SMALLEST_HALF_POINTS) {
            halfPoints--;
            minimum = minimumWidths(unbreakable, halfPoints);
        }
        int[] widths = new int[columns];
        int room = DocxWriter.TEXT_WIDTH - sum(minimum);
        if (room < 0) {
            // even at the smallest size: the columns in proportion to what they need
            double scale = (double) DocxWriter.TEXT_WIDTH / sum(minimum);
            for (int c = 0; c < columns; c++) {
                widths[c] = (int) (minimum[c] * scale);
            }
        } else {
            double charTwips = halfPoints * 10 * CHAR_EMS;
            double[] wanted = new double[columns];
            double totalWanted = 0;
            for (int c = 0; c < columns; c++) {
                wanted[c] = Math.max(0, Math.max(6, natural[c]) * charTwips + CELL_MARGINS - minimum[c]);
                totalWanted += wanted[c];
            }
            for (int c = 0; c < columns; c++) {
                widths[c] = minimum[c] + (int) (totalWanted == 0 ? (double) room / columns : room * wanted[c] / totalWanted);
            }
        }
        widths[columns - 1] += DocxWriter.TEXT_WIDTH - sum(widths);
        return new Layout(widths, halfPoints);
    }

    /** A table set smaller than the style's 9 pt to keep its words whole. */
    private static void size(XWPFParagraph p, Layout layout) {
        if (layout.halfPoints() < TABLE_HALF_POINTS) {
            for (XWPFRun run : p.getRuns()) {
                run.setFontSize(layout.halfPoints() / 2.0);
            }
        }
    }

    private static int[] minimumWidths(int[] unbreakable, int halfPoints) {
        int[] minimum = new int[unbreakable.length];
        for (int c = 0; c < unbreakable.length; c++) {
            minimum[c] = (int) Math.ceil(Math.max(2, unbreakable[c]) * halfPoints * 10 * CHAR_EMS) + CELL_MARGINS;
        }
        return minimum;
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }

    /** The longest run Word will not break: no-break spaces hold a number together; it breaks after a hyphen. */
    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("[ \\t\\n\\u2009]+|(?<=-)")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return longest;
    }

    /** A cell's indent step, in twentieths of a point (a budget's "dont" line). */
    private static final int INDENT_STEP = 340;

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, Table.Align align) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setStyle("TableText");
        p.setAlignment(switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTER -> ParagraphAlignment.CENTER;
        });
        return p;
    }

    private List<XWPFRun> spans(XWPFParagraph p, List<Span> spans) {
        writer.spans(p, spans);
        return p.getRuns();
    }

    private static CTTblPr tblPr(XWPFTable t) {
        CTTbl tbl = t.getCTTbl();
        return tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void margins(XWPFTable t, int vertical, int horizontal) {
        CTTblCellMar mar = tblPr(t).isSetTblCellMar() ? tblPr(t).getTblCellMar() : tblPr(t).addNewTblCellMar();
        mar.addNewTop().setW(BigInteger.valueOf(vertical));
        mar.getTop().setType(STTblWidth.DXA);
        mar.addNewBottom().setW(BigInteger.valueOf(vertical));
        mar.getBottom().setType(STTblWidth.DXA);
        mar.addNewLeft().setW(BigInteger.valueOf(horizontal));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(horizontal));
        mar.getRight().setType(STTblWidth.DXA);
    }

    private static CTTblBorders noBorders(XWPFTable t) {
        CTTblBorders borders = tblPr(t).addNewTblBorders();
        border(borders.addNewTop(), STBorder.NONE, 0, "auto");
        border(borders.addNewLeft(), STBorder.NONE, 0, "auto");
        border(borders.addNewBottom(), STBorder.NONE, 0, "auto");
        border(borders.addNewRight(), STBorder.NONE, 0, "auto");
        border(borders.addNewInsideH(), STBorder.NONE, 0, "auto");
        border(borders.addNewInsideV(), STBorder.NONE, 0, "auto");
        return borders;
    }

    private static void border(CTBorder border, STBorder.Enum type, int size, String color) {
        border.setVal(type);
        border.setSz(BigInteger.valueOf(size));
        border.setSpace(BigInteger.ZERO);
        border.setColor(color);
    }
}
