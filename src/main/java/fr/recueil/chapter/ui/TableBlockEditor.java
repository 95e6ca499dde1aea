package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.TableBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table: a header row and rows of text cells, edited as a grid of fields. Columns and rows
 * are added and removed with buttons; the report's limit of columns is refused with its message.
 */
final class TableBlockEditor extends BlockEditor<TableBlock> {

    private final List<TextField> header = new ArrayList<>();
    private final List<List<TextField>> rows = new ArrayList<>();
    private final Div grid = new Div();
    private final Button addRow;
    private final Button addColumn;

    TableBlockEditor(EditorContext context) {
        super(context);
        grid.addClassName("recueil-table-grid");
        Div scroller = new Div(grid);
        scroller.addClassName("recueil-table-scroller");
        addRow = Fields.add(this, "editor.table.addRow", this::addRow);
        addColumn = Fields.add(this, "editor.table.addColumn", this::addColumn);
        Div actions = new Div(addRow, addColumn);
        actions.addClassName("recueil-block-actions");
        add(scroller);
        if (!context.readOnly()) {
            add(actions);
        }
    }

    @Override
    BlockType type() {
        return BlockType.TABLE;
    }

    @Override
    protected void fill(TableBlock block) {
        header.clear();
        rows.clear();
        int columns = Math.max(1, block.columnCount());
        for (int c = 0; c < columns; c++) {
            header.add(cell(c < block.header().size() ? block.header().get(c) : "", true));
        }
        for (List<String> row : block.rows()) {
            List<TextField> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(cell(c < row.size() ? row.get(c) : "", false));
            }
            rows.add(cells);
        }
        render();
    }

    @Override
    protected TableBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new TableBlock(blockId, blockTitle, blockRequired, values(header), rows.stream().map(TableBlockEditor::values).toList());
    }

    void addRow() {
        List<TextField> cells = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            cells.add(cell("", false));
        }
        rows.add(cells);
        render();
        cells.getFirst().focus();
        context.changed();
    }

    /** Refused past the report's limit, with the same message as the server would give. */
    void addColumn() {
        if (header.size() >= ContentRules.COLUMNS_MAX) {
            Notifications.error(this, new BusinessException("error.table.tooManyColumns", titleField().getValue(),
                    ContentRules.COLUMNS_MAX, header.size() + 1));
            return;
        }
        header.add(cell("", true));
        rows.forEach(row -> row.add(cell("", false)));
        render();
        header.getLast().focus();
        context.changed();
    }

    void removeRow(int index) {
        rows.remove(index);
        render();
        context.changed();
    }

    void removeColumn(int index) {
        if (header.size() <= 1) {
            return;
        }
        header.remove(index);
        rows.forEach(row -> row.remove(index));
        render();
        context.changed();
    }

    int columnCount() {
        return header.size();
    }

    List<TextField> headerCells() {
        return List.copyOf(header);
    }

    List<List<TextField>> rowCells() {
        return rows.stream().map(List::copyOf).toList();
    }

    Button addColumnButton() {
        return addColumn;
    }

    Button addRowButton() {
        return addRow;
    }

    private TextField cell(String value, boolean isHeader) {
        TextField field = Fields.watch(new TextField(), context);
        field.setValue(value == null ? "" : value);
        field.addClassName(isHeader ? "recueil-table-head" : "recueil-table-cell");
        return field;
    }

    private void render() {
        grid.removeAll();
        boolean editable = !context.readOnly();
        int columns = header.size();
        grid.getStyle().set("grid-template-columns",
                "repeat(" + columns + ", minmax(9rem, 1fr))" + (editable ? " 2.5rem" : ""));
        if (editable && columns > 1) {
            for (int c = 0; c < columns; c++) {
                int index = c;
                Button remove = Fields.icon(this, VaadinIcon.CLOSE_SMALL, "editor.table.removeColumn", () -> removeColumn(index));
                remove.addClassName("recueil-remove-column");
                grid.add(remove);
            }
            grid.add(new Div());
        }
        for (int c = 0; c < columns; c++) {
            TextField field = header.get(c);
            field.setAriaLabel(getTranslation("editor.table.headerCell", c + 1));
            grid.add(field);
        }
        if (editable) {
            grid.add(new Div());
        }
        for (int r = 0; r < rows.size(); r++) {
            List<TextField> row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                row.get(c).setAriaLabel(getTranslation("editor.table.cell", r + 1, c + 1));
                grid.add(row.get(c));
            }
            if (editable) {
                int index = r;
                Button remove = Fields.icon(this, VaadinIcon.TRASH, "editor.table.removeRow", () -> removeRow(index));
                remove.addClassName("recueil-remove");
                grid.add(remove);
            }
        }
    }

    private static List<String> values(List<TextField> fields) {
        return fields.stream().map(TextField::getValue).toList();
    }
}
