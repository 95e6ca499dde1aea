package fr.recueil.assembly.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fr.recueil.chapter.EditorHtml;
import fr.recueil.chapter.RichText;
import fr.recueil.chapter.ui.text.EditorModeSwitch;
import fr.recueil.chapter.ui.text.RichTextField;

/**
 * The editorial's text, in the same Markdown as the chapters: written in the visual editor, or with the
 * "Markdown" switch in a text area with a live preview beside it. The preview only ever receives
 * {@link RichText#toSafeMarkdown}: raw HTML is shown as text. A text the visual editor cannot show stays in Markdown.
 */
final class EditorialField extends Div {

    private final RichTextField rich = new RichTextField(2);
    private final TextArea input = new TextArea();
    private final EditorModeSwitch modeSwitch;
    private final Span helper = new Span();
    private final Span error = new Span();
    private final Div previewPanel = new Div();
    private final Markdown preview = new Markdown();
    private final Span placeholder = new Span();

    EditorialField() {
        addClassNames("recueil-markdown", "recueil-editorial-field");
        String label = getTranslation("cover.field.editorialBody");
        rich.setId("editorial-body");
        rich.setAccessibleName(label);
        rich.addValueChangeListener(e -> refresh());
        input.setId("editorial-markdown");
        input.setAriaLabel(label);
        input.addClassName("recueil-markdown-input");
        input.setWidthFull();
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addValueChangeListener(e -> refresh());

        modeSwitch = new EditorModeSwitch(label, false, rich, input, this::switched);
        helper.setText(getTranslation("cover.field.editorialBody.helper"));
        helper.addClassName("recueil-rich-helper");
        error.addClassNames("recueil-rich-helper", "recueil-rich-error");
        Div editing = new Div(modeSwitch, rich, input, helper, error);
        editing.addClassName("recueil-markdown-editing");

        previewPanel.addClassName("recueil-markdown-preview");
        previewPanel.setId("editorial-preview");
        Span previewLabel = new Span(getTranslation("editor.text.preview"));
        previewLabel.addClassName("recueil-markdown-preview-label");
        placeholder.addClassName("recueil-muted");
        preview.addClassName("recueil-rendered");
        previewPanel.add(previewLabel, placeholder, preview);
        add(editing, previewPanel);
        showMode();
        refresh();
    }

    String getValue() {
        return modeSwitch.markdown() ? input.getValue() : rich.getValue();
    }

    /** Loads the stored editorial, in the Markdown editor if the visual one cannot show it. */
    void setValue(String markdown) {
        String text = markdown == null ? "" : markdown;
        input.setValue(text);
        boolean fits = EditorHtml.fits(text);
        rich.setValue(fits ? text : "");
        if (!fits) {
            modeSwitch.setMarkdown(true);
        }
        showMode();
        refresh();
    }

    void setReadOnly(boolean readOnly) {
        input.setReadOnly(readOnly);
        rich.setReadOnly(readOnly);
    }

    /** Tells the listener each time the user changes the text, in either editor. */
    Registration addChangeListener(Runnable listener) {
        Registration typed = input.addValueChangeListener(e -> listener.run());
        Registration written = rich.addValueChangeListener(e -> listener.run());
        return () -> {
            typed.remove();
            written.remove();
        };
    }

    /** The user flipped the switch (null: the text cannot go to the visual editor and stays in Markdown). */
    private void switched(Boolean markdown) {
        if (markdown == null) {
            error.setText(getTranslation("editor.rich.markdownOnly"));
            return;
        }
        showMode();
        refresh();
    }

    private void showMode() {
        boolean markdown = modeSwitch.markdown();
        rich.setVisible(!markdown);
        input.setVisible(markdown);
        previewPanel.setVisible(markdown);
        helper.setVisible(markdown);
        getElement().setAttribute("data-mode", markdown ? "markdown" : "rich");
    }

    private void refresh() {
        String text = getValue();
        boolean script = RichText.holdsScript(text);
        input.setInvalid(script);
        input.setErrorMessage(script ? getTranslation("error.report.editorialScript") : null);
        error.setText(script && !modeSwitch.markdown() ? getTranslation("error.report.editorialScript") : "");
        placeholder.setText(getTranslation("cover.editorial.previewEmpty"));
        placeholder.setVisible(text.isBlank());
        preview.setVisible(!text.isBlank());
        preview.setContent(text.isBlank() ? "" : RichText.toSafeMarkdown(text));
    }
}
