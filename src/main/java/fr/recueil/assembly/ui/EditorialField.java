package fr.recueil.assembly.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.recueil.chapter.RichText;

/**
 * The editorial's text, in the same Markdown as the chapters, with a live preview beside it. The
 * preview only ever receives {@link RichText#toSafeMarkdown}: raw HTML is shown as text.
 */
final class EditorialField extends Div {

    private final TextArea input = new TextArea();
    private final Markdown preview = new Markdown();
    private final Span placeholder = new Span();

    EditorialField() {
        addClassNames("recueil-markdown", "recueil-editorial-field");
        input.setId("editorial-body");
        input.setLabel(getTranslation("cover.field.editorialBody"));
        input.setHelperText(getTranslation("cover.field.editorialBody.helper"));
        input.addClassName("recueil-markdown-input");
        input.setWidthFull();
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addValueChangeListener(e -> refresh());
        Div previewPanel = new Div();
        previewPanel.addClassName("recueil-markdown-preview");
        previewPanel.setId("editorial-preview");
        Span label = new Span(getTranslation("editor.text.preview"));
        label.addClassName("recueil-markdown-preview-label");
        placeholder.addClassName("recueil-muted");
        preview.addClassName("recueil-rendered");
        previewPanel.add(label, placeholder, preview);
        add(input, previewPanel);
        refresh();
    }

    String getValue() {
        return input.getValue();
    }

    void setValue(String markdown) {
        input.setValue(markdown == null ? "" : markdown);
    }

    void setReadOnly(boolean readOnly) {
        input.setReadOnly(readOnly);
    }

    TextArea input() {
        return input;
    }

    private void refresh() {
        String text = input.getValue();
        boolean script = RichText.holdsScript(text);
        input.setInvalid(script);
        input.setErrorMessage(script ? getTranslation("error.report.editorialScript") : null);
        placeholder.setText(getTranslation("cover.editorial.previewEmpty"));
        placeholder.setVisible(text.isBlank());
        preview.setVisible(!text.isBlank());
        preview.setContent(text.isBlank() ? "" : RichText.toSafeMarkdown(text));
    }
}
