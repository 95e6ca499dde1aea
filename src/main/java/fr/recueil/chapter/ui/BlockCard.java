package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One block of the chapter in the editor: its kind, whether it is required, its controls (move,
 * remove: never for a required block), its title and its form.
 */
final class BlockCard extends Div {

    interface Actions {
        void move(BlockCard card, int delta);

        void remove(BlockCard card);
    }

    private final BlockEditor<?> editor;
    private final Button up;
    private final Button down;
    private final Button remove;

    BlockCard(BlockEditor<?> editor, boolean readOnly, Actions actions) {
        this.editor = editor;
        addClassName("recueil-block");
        getElement().setAttribute("data-block-type", editor.type().name());

        Div header = new Div();
        header.addClassName("recueil-block-header");
        Span kind = new Span(getTranslation(editor.type().labelKey()));
        kind.addClassName("recueil-block-kind");
        Div badges = new Div(kind);
        badges.addClassName("recueil-block-badges");
        if (editor.required()) {
            Span required = new Span(getTranslation("editor.block.required"));
            required.addClassName("recueil-block-required");
            required.getElement().setAttribute("title", getTranslation("editor.block.requiredHint"));
            badges.add(required);
        }
        header.add(badges);

        up = Fields.icon(this, VaadinIcon.ARROW_UP, "editor.block.moveUp", () -> actions.move(this, -1));
        up.addClassName("recueil-block-up");
        down = Fields.icon(this, VaadinIcon.ARROW_DOWN, "editor.block.moveDown", () -> actions.move(this, 1));
        down.addClassName("recueil-block-down");
        remove = Fields.icon(this, VaadinIcon.TRASH, "editor.block.remove", () -> actions.remove(this));
        remove.addClassName("recueil-block-remove");
        remove.addClassName("recueil-remove");
        if (!readOnly) {
            Div controls = new Div(up, down);
            controls.addClassName("recueil-block-controls");
            if (!editor.required()) {
                controls.add(remove);
            }
            header.add(controls);
        }
        add(header, editor.titleField(), editor);
    }

    BlockEditor<?> editor() {
        return editor;
    }

    /** Only the first block cannot go up, only the last cannot go down. */
    void position(int index, int count) {
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    boolean removable() {
        return remove.getParent().isPresent();
    }
}
