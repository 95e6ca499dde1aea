package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.RichText;

/**
 * Rich text as the report allows it (CommonMark: bold, italic, lists, sub-headings, links), typed in
 * a text area with a toolbar, and shown live by Vaadin's Markdown component. The preview only ever
 * receives {@link RichText#toSafeMarkdown}: raw HTML is shown as text, never rendered.
 */
final class MarkdownEditor extends Div {

    /**
     * Wraps the selection of the inner textarea (or the line(s) it touches) with Markdown, keeps the
     * selection on the wrapped text, and lets Vaadin know the value changed. No bundle change: it is
     * sent with executeJs when a toolbar button is pressed.
     */
    private static final String APPLY = """
            const ta = this.inputElement || this.querySelector('textarea');
            if (!ta) { return; }
            const mode = $0, before = $1, after = $2, placeholder = $3;
            const v = ta.value;
            let s = ta.selectionStart, e = ta.selectionEnd, text, selStart, selEnd;
            if (mode === 'line') {
              s = v.lastIndexOf('\\n', s - 1) + 1;
              let le = v.indexOf('\\n', e > s && v.charAt(e - 1) === '\\n' ? e - 1 : e);
              e = le < 0 ? v.length : le;
              const lines = (v.substring(s, e) || placeholder).split('\\n');
              text = lines.map((l, i) => before.replace('#.', (i + 1) + '.') + l.replace(/^(\\s*([-*+]|\\d+\\.|#{1,6})\\s+)/, '')).join('\\n');
              selStart = s; selEnd = s + text.length;
            } else {
              const sel = v.substring(s, e) || placeholder;
              text = before + sel + after;
              selStart = s + before.length; selEnd = selStart + sel.length;
            }
            const needsBreak = mode === 'line' && s > 0 && v.charAt(s - 1) !== '\\n';
            const value = v.substring(0, s) + (needsBreak ? '\\n' : '') + text + v.substring(e);
            this.value = value;
            ta.value = value;
            ta.focus();
            ta.setSelectionRange(selStart, selEnd);
            ta.dispatchEvent(new Event('input', { bubbles: true }));
            this.dispatchEvent(new Event('change', { bubbles: true }));
            """;

    private final TextArea input;
    private final Markdown preview = new Markdown();
    private final Span previewPlaceholder = new Span();
    private final EditorContext context;

    MarkdownEditor(String labelKey, EditorContext context) {
        this.context = context;
        addClassName("recueil-markdown");
        input = Fields.area(this, labelKey, context);
        input.addClassName("recueil-markdown-input");
        input.setWidthFull();
        input.addValueChangeListener(e -> refresh());

        Div editing = new Div();
        editing.addClassName("recueil-markdown-editing");
        if (!context.readOnly()) {
            editing.add(toolbar());
        }
        editing.add(input);

        Div previewPanel = new Div();
        previewPanel.addClassName("recueil-markdown-preview");
        Span previewLabel = new Span(getTranslation("editor.text.preview"));
        previewLabel.addClassName("recueil-markdown-preview-label");
        previewPlaceholder.addClassName("recueil-muted");
        preview.addClassName("recueil-rendered");
        previewPanel.add(previewLabel, previewPlaceholder, preview);

        add(editing, previewPanel);
        refresh();
    }

    private Div toolbar() {
        Div toolbar = new Div();
        toolbar.addClassName("recueil-markdown-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.add(
                tool(VaadinIcon.BOLD, "editor.toolbar.bold", "wrap", "**", "**", "editor.toolbar.placeholder.text"),
                tool(VaadinIcon.ITALIC, "editor.toolbar.italic", "wrap", "*", "*", "editor.toolbar.placeholder.text"),
                tool(VaadinIcon.LIST_UL, "editor.toolbar.bullets", "line", "- ", "", "editor.toolbar.placeholder.item"),
                tool(VaadinIcon.LIST_OL, "editor.toolbar.numbered", "line", "#. ", "", "editor.toolbar.placeholder.item"),
                tool(VaadinIcon.HEADER, "editor.toolbar.heading", "line", "### ", "", "editor.toolbar.placeholder.heading"),
                tool(VaadinIcon.LINK, "editor.toolbar.link", "wrap", "[", "](https://)", "editor.toolbar.placeholder.link"));
        return toolbar;
    }

    private Button tool(VaadinIcon icon, String labelKey, String mode, String before, String after, String placeholderKey) {
        return Fields.icon(this, icon, labelKey, () ->
                input.getElement().executeJs(APPLY, mode, before, after, getTranslation(placeholderKey)));
    }

    String getValue() {
        return input.getValue();
    }

    void setValue(String markdown) {
        input.setValue(markdown == null ? "" : markdown);
    }

    TextArea input() {
        return input;
    }

    private void refresh() {
        String text = input.getValue();
        int length = text.length();
        if (length > ContentRules.TEXT_MAX) {
            input.setErrorMessage(getTranslation("editor.text.tooLong", Fields.count(this, length),
                    Fields.count(this, ContentRules.TEXT_MAX)));
            input.setInvalid(true);
        } else if (RichText.holdsScript(text)) {
            input.setErrorMessage(getTranslation("editor.text.script"));
            input.setInvalid(true);
        } else {
            input.setInvalid(false);
        }
        if (!context.readOnly()) {
            input.setHelperText(getTranslation("editor.text.counter", Fields.count(this, length),
                    Fields.count(this, ContentRules.TEXT_MAX)));
        }
        if (text.isBlank()) {
            previewPlaceholder.setText(getTranslation("editor.text.previewEmpty"));
            previewPlaceholder.setVisible(true);
            preview.setVisible(false);
            preview.setContent("");
        } else if (length > ContentRules.TEXT_MAX) {
            previewPlaceholder.setText(getTranslation("editor.text.previewTooLong"));
            previewPlaceholder.setVisible(true);
            preview.setVisible(false);
            preview.setContent("");
        } else {
            previewPlaceholder.setVisible(false);
            preview.setVisible(true);
            preview.setContent(RichText.toSafeMarkdown(text));
        }
    }
}
