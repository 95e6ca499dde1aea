package fr.recueil.assembly;

import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.chapter.FigureValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for figures in table columns, whatever the table came from (a table block, a Markdown
 * table): a column whose every filled cell is a figure is aligned right, and its figures are grouped as
 * on the key-figure cards ("7 557", never "7557" beside it), except a column of years (2023, never 2 023).
 */
final class NumericColumns {

    private NumericColumns() {
    }

    static boolean numeric(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        return !filled.isEmpty() && filled.stream().allMatch(FigureValue::isValid);
    }

    static boolean years(List<String> cells) {
        return cells.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .allMatch(c -> c.matches("(19|20)\\d\\d|2100"));
    }

    /** The cell's figure grouped the French way, its style kept; a cell that is not one figure stays as it is. */
    static Table.Cell grouped(Table.Cell cell) {
        String text = cell.text().strip();
        if (text.isEmpty() || !FigureValue.isValid(text) || cell.spans().stream().anyMatch(s -> s.link() != null)) {
            return cell;
        }
        boolean bold = cell.spans().stream().allMatch(Span::bold);
        boolean italic = cell.spans().stream().allMatch(Span::italic);
        return new Table.Cell(List.of(new Span(FigureValue.parse(text).format(Locale.FRENCH), bold, italic, null)), cell.indent());
    }

    /** The columns' alignment (right for figures, unless the author chose one) and rows with figures grouped. */
    static Table apply(Table table, boolean authorAligned) {
        int width = table.columns().size();
        List<Table.Align> columns = new ArrayList<>(table.columns());
        boolean[] group = new boolean[width];
        for (int c = 0; c < width; c++) {
            int column = c;
            List<String> texts = table.rows().stream().map(r -> r.get(column).text()).toList();
            if (numeric(texts)) {
                if (!authorAligned || columns.get(c) == Table.Align.LEFT) {
                    columns.set(c, Table.Align.RIGHT);
                }
                group[c] = !years(texts);
            }
        }
        List<List<Table.Cell>> rows = table.rows().stream().map(row -> {
            List<Table.Cell> cells = new ArrayList<>(row);
            for (int c = 0; c < width; c++) {
                if (group[c]) {
                    cells.set(c, grouped(cells.get(c)));
                }
            }
            return (List<Table.Cell>) cells;
        }).toList();
        return new Table(table.kind(), table.caption(), columns, table.header(), rows, table.totalRow());
    }
}
