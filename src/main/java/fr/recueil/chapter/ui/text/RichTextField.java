package fr.recueil.chapter.ui.text;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import fr.recueil.chapter.EditorHtml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rich text typed as in a word processor, whose value is sanitised CommonMark (what the chapter stores):
 * a {@code <recueil-rich-text>} element wrapping Quill, both loaded at run time from static resources (no
 * frontend bundle). The browser only ever holds HTML; {@link EditorHtml} turns it into Markdown on the server
 * (sanitising it to the editor's subset first), so Binder, autosave, dirty tracking and read-only mode work
 * as with any Vaadin field. The value changes only when the user types (after a short pause or on leaving
 * the field), never when the server loads a text.
 */
@Tag("recueil-rich-text")
@JavaScript("context://scripts/recueil-rich-text.js")
public class RichTextField extends AbstractSinglePropertyField<RichTextField, String> implements Focusable<RichTextField> {

    private final int headingLevels;

    /** @param headingLevels the sub-headings the field allows: 0, 1 (h3) or 2 (h3 and h4) */
    public RichTextField(int headingLevels) {
        super("html", "", String.class, (field, html) -> EditorHtml.toMarkdown(html),
                (field, markdown) -> EditorHtml.toEditorHtml(markdown));
        this.headingLevels = headingLevels;
        setSynchronizedEvent("html-changed");
        getElement().setProperty("headings", headingLevels);
        getElement().setPropertyMap("labels", labels());
        addClassName("recueil-rich-text");
    }

    /** The name screen readers announce for the text area (the field's label). */
    public void setAccessibleName(String name) {
        getElement().setProperty("accessibleName", name == null ? "" : name);
    }

    /** Pasted HTML (Word, LibreOffice, a web page) cleaned down to what the field allows, before Quill sees it. */
    @ClientCallable
    String cleanPaste(String html) {
        if (isReadOnly() || html == null || html.length() > 2_000_000) {
            return "";
        }
        return EditorHtml.fromClipboard(html, headingLevels);
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : new String[] {"toolbar", "bold", "italic", "bullets", "numbered", "link", "heading3",
                "heading4", "heading3Short", "heading4Short", "linkVisit", "linkEnter", "linkEdit", "linkSave",
                "linkRemove"}) {
            labels.put(key, getTranslation("editor.rich." + key));
        }
        return labels;
    }
}
