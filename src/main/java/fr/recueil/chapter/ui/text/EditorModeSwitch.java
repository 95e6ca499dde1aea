package fr.recueil.chapter.ui.text;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import fr.recueil.chapter.EditorHtml;

import java.util.function.Consumer;

/**
 * A rich-text field's heading: its label and the "Markdown" switch between the visual editor and the Markdown
 * text area. Flipping it carries the text over; a text the visual editor cannot show exactly stays in Markdown.
 */
public final class EditorModeSwitch extends Div {

    private final Checkbox markdown = new Checkbox();

    /** @param onSwitch told the mode the user switched to (true: Markdown), or null when the text had to stay */
    public EditorModeSwitch(String label, boolean startInMarkdown, RichTextField rich, TextArea input,
                            Consumer<Boolean> onSwitch) {
        addClassName("recueil-rich-head");
        Span title = new Span(label);
        title.addClassName("recueil-rich-label");
        markdown.setLabel(getTranslation("editor.rich.markdown"));
        markdown.setTooltipText(getTranslation("editor.rich.markdownHelp"));
        markdown.addClassName("recueil-rich-switch");
        markdown.setValue(startInMarkdown);
        markdown.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue()) {
                input.setValue(rich.getValue());
            } else if (EditorHtml.fits(input.getValue())) {
                rich.setValue(input.getValue());
            } else {
                markdown.setValue(true);
                onSwitch.accept(null);
                return;
            }
            onSwitch.accept(e.getValue());
        });
        add(title, markdown);
    }

    public boolean markdown() {
        return markdown.getValue();
    }

    public void setMarkdown(boolean on) {
        markdown.setValue(on);
    }
}
