package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.EditorHtml;
import fr.recueil.chapter.RichText;
import fr.recueil.chapter.ui.text.EditorModeSwitch;
import fr.recueil.chapter.ui.text.RichTextField;

/**
 * Rich text as the report allows it (CommonMark: bold, italic, lists, sub-headings, links), typed as in a word
 * processor ({@link RichTextField}) or, with the "Markdown" switch, in a text area with a toolbar beside a live
 * preview by Vaadin's Markdown component. The preview only ever receives {@link RichText#toSafeMarkdown}: raw
 * HTML is shown as text, never rendered. A text the visual editor cannot show exactly (a table, a quote...)
 * stays in Markdown, so that nothing is lost. The switch is remembered for the rest of the session.
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

    /** Session attribute: the user prefers the Markdown editor. */
    private static final String PREFERS_MARKDOWN = "recueil.editor.markdown";

    private final TextArea input;
    private final RichTextField rich;
    private final EditorModeSwitch modeSwitch;
    private final Div markdownToolbar;
    private final Span helper = new Span();
    private final Div previewPanel = new Div();
    private final Markdown preview = new Markdown();
    private final Span previewPlaceholder = new Span();
    private final EditorContext context;
    private final int maxLength;

    MarkdownEditor(String labelKey, EditorContext context) {
        this(labelKey, 2, ContentRules.TEXT_MAX, context);
    }

    /**
     * @param headingLevels the sub-headings the block allows (0, 1 or 2)
     * @param maxLength     the longest text the block stores
     */
    MarkdownEditor(String labelKey, int headingLevels, int maxLength, EditorContext context) {
        this.context = context;
        this.maxLength = maxLength;
        addClassName("recueil-markdown");
        String label = getTranslation(labelKey);
        input = Fields.area(this, labelKey, context);
        input.setLabel(null);
        input.setAriaLabel(label);
        input.addClassName("recueil-markdown-input");
        input.setWidthFull();
        input.addValueChangeListener(e -> refresh());
        rich = Fields.watchField(new RichTextField(headingLevels), context);
        rich.setAccessibleName(label);
        rich.addValueChangeListener(e -> refresh());

        boolean prefersMarkdown = Boolean.TRUE.equals(VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getAttribute(PREFERS_MARKDOWN));
        modeSwitch = new EditorModeSwitch(label, prefersMarkdown, rich, input, this::switched);
        helper.addClassName("recueil-rich-helper");

        Div editing = new Div();
        editing.addClassName("recueil-markdown-editing");
        markdownToolbar = toolbar();
        markdownToolbar.setVisible(!context.readOnly());
        editing.add(modeSwitch, rich, markdownToolbar, input, helper);

        previewPanel.addClassName("recueil-markdown-preview");
        Span previewLabel = new Span(getTranslation("editor.text.preview"));
        previewLabel.addClassName("recueil-markdown-preview-label");
        previewPlaceholder.addClassName("recueil-muted");
        preview.addClassName("recueil-rendered");
        previewPanel.add(previewLabel, previewPlaceholder, preview);

        add(editing, previewPanel);
        showMode();
        refresh();
    }

    /** The user flipped the switch (null: the text cannot go to the visual editor and stays in Markdown). */
    private void switched(Boolean markdown) {
        if (markdown == null) {
            helper.setText(getTranslation("editor.rich.markdownOnly"));
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(PREFERS_MARKDOWN, markdown);
        }
        showMode();
        refresh();
    }

    private void showMode() {
        boolean markdown = modeSwitch.markdown();
        rich.setVisible(!markdown);
        input.setVisible(markdown);
        markdownToolbar.setVisible(markdown && !context.readOnly());
        previewPanel.setVisible(markdown);
        getElement().setAttribute("data-mode", markdown ? "markdown" : "rich");
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
        return modeSwitch.markdown() ? input.getValue() : rich.getValue();
    }

    /** Loads a stored text (not a user change): into both editors, the Markdown one if the visual one cannot show it. */
    void setValue(String markdown) {
        String text = markdown == null ? "" : markdown;
        input.setValue(text);
        boolean fits = EditorHtml.fits(text);
        rich.setValue(fits ? text : "");
        if (!fits && !modeSwitch.markdown()) {
            modeSwitch.setMarkdown(true);
            showMode();
        }
        refresh();
    }

    /** The Markdown text area (shown with the switch on). */
    TextArea input() {
        return input;
    }

    /** The visual editor (shown by default). */
    RichTextField rich() {
        return rich;
    }

    boolean markdownMode() {
        return modeSwitch.markdown();
    }

    private void refresh() {
        String text = getValue();
        int length = text.length();
        String error = null;
        if (length > maxLength) {
            error = getTranslation("editor.text.tooLong", Fields.count(this, length), Fields.count(this, maxLength));
        } else if (RichText.holdsScript(text)) {
            error = getTranslation("editor.text.script");
        }
        input.setInvalid(error != null);
        input.setErrorMessage(modeSwitch.markdown() ? error : null);
        rich.getElement().setAttribute("invalid", error != null);
        if (error != null && !modeSwitch.markdown()) {
            helper.setText(error);
            helper.addClassName("recueil-rich-error");
        } else {
            helper.removeClassName("recueil-rich-error");
            helper.setText(context.readOnly() ? "" : getTranslation("editor.rich.counter", Fields.count(this, length),
                    Fields.count(this, maxLength), Fields.count(this, words(text))));
        }
        if (!modeSwitch.markdown()) {
            return;
        }
        if (text.isBlank()) {
            previewPlaceholder.setText(getTranslation("editor.text.previewEmpty"));
            previewPlaceholder.setVisible(true);
            preview.setVisible(false);
            preview.setContent("");
        } else if (length > maxLength) {
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

    /** Words as a reader counts them: runs of letters or digits, Markdown's marks aside. */
    static int words(String markdown) {
        int words = 0;
        for (String token : markdown.split("[\\s\\u00a0]+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
