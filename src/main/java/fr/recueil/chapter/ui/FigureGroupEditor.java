package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;

import java.util.List;

/** Key figures under an optional sub-heading ("L'activité des EDS"). */
final class FigureGroupEditor extends Div {

    private final EditorContext context;
    private final TextField heading;
    private final RowList<FigureEditor> figures;
    private final Button addFigure;

    FigureGroupEditor(EditorContext context) {
        this.context = context;
        addClassName("recueil-figure-group");
        heading = Fields.text(this, "editor.figures.group.heading", context);
        heading.addClassName("recueil-figure-group-heading");
        heading.setPlaceholder(getTranslation("editor.figures.group.heading.placeholder"));
        figures = new RowList<>(context, "editor.figure");
        addFigure = Fields.add(this, "editor.figures.add", this::addFigure);
        addFigure.addClassName("recueil-add-figure");
        add(heading, figures);
        if (!context.readOnly()) {
            add(addFigure);
        }
    }

    void setGroup(FigureGroup group) {
        heading.setValue(group.heading() == null ? "" : group.heading());
        figures.setRows(group.figures().stream().map(this::editor).toList());
    }

    FigureGroup getGroup() {
        // A row left empty holds nothing to keep: it is not stored.
        return new FigureGroup(heading.getValue(), figures.rows().stream().map(FigureEditor::getFigure)
                .filter(figure -> !figure.isEmpty() || figure.previousValue() != null || figure.note() != null).toList());
    }

    void addFigure() {
        FigureEditor editor = editor(new KeyFigure(null, null, null, null, false));
        figures.append(editor);
        editor.valueField().focus();
        context.changed();
    }

    boolean holdsText() {
        return !heading.getValue().isBlank() || !getGroup().figures().isEmpty();
    }

    TextField headingField() {
        return heading;
    }

    List<FigureEditor> figures() {
        return figures.rows();
    }

    Button addFigureButton() {
        return addFigure;
    }

    private FigureEditor editor(KeyFigure figure) {
        FigureEditor editor = new FigureEditor(context);
        editor.setFigure(figure);
        return editor;
    }
}
