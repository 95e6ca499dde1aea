package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An ordered list of editable rows (figures, budget lines, achievements, events), each with its
 * "move up", "move down" and "remove" buttons unless the form is read-only.
 */
final class RowList<R extends Component> extends Div {

    private final List<R> rows = new ArrayList<>();
    private final EditorContext context;
    private final String itemKey;
    private Predicate<R> confirmRemoval = row -> false;
    private Function<R, String> removalQuestion = row -> getTranslation("editor.row.remove.question");
    private Runnable afterChange = () -> { };
    private boolean controlsOnTop;

    /** {@code itemKey} names the item in button labels: "editor.figure" gives "editor.figure.moveUp"... */
    RowList(EditorContext context, String itemKey) {
        this.context = context;
        this.itemKey = itemKey;
        addClassName("recueil-rows");
    }

    /** Asks before removing rows that hold text (an achievement, a group of figures). */
    RowList<R> confirmingRemoval(Predicate<R> when, Function<R, String> question) {
        this.confirmRemoval = when;
        this.removalQuestion = question;
        return this;
    }

    /** For large items (a group, an achievement): the buttons sit at the top right, not beside the item. */
    RowList<R> controlsOnTop() {
        this.controlsOnTop = true;
        return this;
    }

    /** Also runs after a row is added, moved or removed (a total to recompute...). */
    RowList<R> afterChange(Runnable action) {
        this.afterChange = action;
        return this;
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    void setRows(List<R> newRows) {
        rows.clear();
        rows.addAll(newRows);
        render();
    }

    void append(R row) {
        rows.add(row);
        render();
    }

    int size() {
        return rows.size();
    }

    void move(R row, int delta) {
        int index = rows.indexOf(row);
        int target = index + delta;
        if (index < 0 || target < 0 || target >= rows.size()) {
            return;
        }
        Collections.swap(rows, index, target);
        render();
        afterChange.run();
        context.changed();
    }

    void remove(R row) {
        if (confirmRemoval.test(row)) {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(removalQuestion.apply(row));
            dialog.setText(getTranslation("editor.row.remove.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("editor.cancel"));
            dialog.setConfirmText(getTranslation("editor.remove"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(e -> removeNow(row));
            dialog.open();
        } else {
            removeNow(row);
        }
    }

    private void removeNow(R row) {
        rows.remove(row);
        render();
        afterChange.run();
        context.changed();
    }

    private void render() {
        removeAll();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            Div line = new Div();
            line.addClassName("recueil-row");
            line.setClassName("controls-on-top", controlsOnTop && !context.readOnly());
            Div body = new Div(row);
            body.addClassName("recueil-row-body");
            line.add(body);
            if (!context.readOnly()) {
                Div controls = new Div();
                controls.addClassName("recueil-row-controls");
                var up = Fields.icon(this, VaadinIcon.ARROW_UP, itemKey + ".moveUp", () -> move(row, -1));
                up.setEnabled(i > 0);
                var down = Fields.icon(this, VaadinIcon.ARROW_DOWN, itemKey + ".moveDown", () -> move(row, 1));
                down.setEnabled(i < rows.size() - 1);
                var remove = Fields.icon(this, VaadinIcon.TRASH, itemKey + ".remove", () -> remove(row));
                remove.addClassName("recueil-remove");
                controls.add(up, down, remove);
                line.add(controls);
            }
            add(line);
        }
    }
}
