package fr.recueil.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import fr.recueil.review.ContentDiff;
import fr.recueil.review.ContentDiff.BlockChange;
import fr.recueil.review.ContentDiff.Change;
import fr.recueil.review.ContentDiff.FieldChange;
import fr.recueil.review.TextDiff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed, in two tabs: since the revision this reviewer last saw, and against last year's
 * approved chapter. Only changed blocks are shown, field by field: texts word by word (inserted
 * words green, deleted words struck red), values before → after. Built from components only: the
 * user's words are always text, never HTML.
 */
class DiffPanel extends Div {

    private static final Map<String, String> FIELD_KEYS = Map.of(
            "Titre", "review.diff.field.title",
            "Texte", "review.diff.field.text",
            "Commentaire", "review.diff.field.comment",
            "Introduction", "review.diff.field.intro",
            "En-tête", "review.diff.field.header",
            "Image", "review.diff.field.image",
            "Légende", "review.diff.field.caption",
            "Texte de remplacement", "review.diff.field.alt");
    private static final Pattern ROW = Pattern.compile("Ligne (\\d+)");

    private final Tabs tabs = new Tabs();
    private final Tab sinceTab = new Tab();
    private final Tab lastYearTab = new Tab();
    private final Div content = new Div();
    private ContentDiff since;
    private boolean firstReading;
    private Optional<ContentDiff> lastYear = Optional.empty();

    DiffPanel() {
        addClassName("recueil-diff-panel");
        setId("diff-panel");
        sinceTab.setLabel(getTranslation("review.diff.since"));
        sinceTab.setId("diff-tab-since");
        lastYearTab.setLabel(getTranslation("review.diff.lastYear"));
        lastYearTab.setId("diff-tab-last-year");
        tabs.add(sinceTab, lastYearTab);
        tabs.addSelectedChangeListener(change -> render());
        content.addClassName("recueil-diff-content");
        content.setId("diff-content");
        add(tabs, content);
    }

    /**
     * @param since null when the user may not compare with what they saw (the communication team)
     * @param firstReading the reviewer has seen no revision yet
     */
    void show(ContentDiff since, boolean firstReading, Optional<ContentDiff> lastYear) {
        this.since = since;
        this.firstReading = firstReading;
        this.lastYear = lastYear;
        sinceTab.setVisible(since != null);
        if (since == null) {
            tabs.setSelectedTab(lastYearTab);
        }
        render();
    }

    void select(boolean lastYearTabSelected) {
        tabs.setSelectedTab(lastYearTabSelected ? lastYearTab : sinceTab);
    }

    private void render() {
        content.removeAll();
        if (tabs.getSelectedTab() == lastYearTab) {
            if (lastYear.isEmpty()) {
                content.add(note("review.diff.noLastYear"));
            } else {
                showDiff(lastYear.get(), "review.diff.lastYearUnchanged");
            }
        } else if (since != null) {
            if (firstReading) {
                content.add(note("review.diff.firstReading"));
            }
            showDiff(since, "review.diff.sinceUnchanged");
        }
    }

    private void showDiff(ContentDiff diff, String unchangedKey) {
        List<BlockChange> changed = diff.blocks().stream().filter(b -> b.change() != Change.UNCHANGED).toList();
        if (changed.isEmpty()) {
            content.add(note(unchangedKey));
            return;
        }
        content.add(note("review.diff.count", changed.size()));
        for (BlockChange block : changed) {
            content.add(block(block));
        }
    }

    private Paragraph note(String key, Object... args) {
        Paragraph note = new Paragraph(getTranslation(key, args));
        note.addClassName("recueil-diff-note");
        return note;
    }

    private Div block(BlockChange block) {
        Div card = new Div();
        card.addClassNames("recueil-diff-block", "recueil-diff-" + block.change().name().toLowerCase());
        card.getElement().setAttribute("data-block", block.blockId());
        card.getElement().setAttribute("data-change", block.change().name());
        H3 title = new H3(block.title());
        Div head = new Div(changeBadge(block.change()), title);
        head.addClassName("recueil-diff-block-head");
        card.add(head);
        for (FieldChange field : block.changedFields()) {
            card.add(field(field));
        }
        return card;
    }

    private Span changeBadge(Change change) {
        Span badge = new Span(getTranslation("review.diff.change." + change.name()));
        badge.addClassNames("recueil-badge", switch (change) {
            case ADDED -> "success";
            case REMOVED -> "error";
            case CHANGED -> "warning";
            case UNCHANGED -> "neutral";
        });
        return badge;
    }

    private Div field(FieldChange field) {
        Div row = new Div();
        row.addClassNames("recueil-diff-field", "recueil-diff-" + field.change().name().toLowerCase());
        row.getElement().setAttribute("data-change", field.change().name());
        Span label = new Span(fieldLabel(field.label()));
        label.addClassName("recueil-diff-field-label");
        row.add(label);
        Div value = new Div();
        value.addClassName("recueil-diff-field-value");
        if (!field.words().isEmpty()) {
            for (TextDiff.Segment segment : field.words()) {
                value.add(segment(segment));
            }
        } else {
            if (field.before() != null) {
                value.add(styled(field.before(), "recueil-del"));
            }
            if (field.before() != null && field.after() != null) {
                Span arrow = new Span(" → ");
                arrow.addClassName("recueil-diff-arrow");
                value.add(arrow);
            }
            if (field.after() != null) {
                value.add(styled(field.after(), "recueil-ins"));
            }
        }
        row.add(value);
        return row;
    }

    private static Component segment(TextDiff.Segment segment) {
        return switch (segment.kind()) {
            case SAME -> new Span(segment.text());
            case INSERTED -> styled(segment.text(), "recueil-ins");
            case DELETED -> styled(segment.text(), "recueil-del");
        };
    }

    private static Span styled(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private String fieldLabel(String label) {
        String key = FIELD_KEYS.get(label);
        if (key != null) {
            return getTranslation(key);
        }
        Matcher row = ROW.matcher(label);
        if (row.matches()) {
            return getTranslation("review.diff.field.row", Integer.parseInt(row.group(1)));
        }
        return label;
    }
}
