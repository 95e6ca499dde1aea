package fr.recueil.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.importing.AnalysedChapter;
import fr.recueil.importing.BlockCounts;
import fr.recueil.importing.ImportAnalysis;
import fr.recueil.importing.ImportTarget;
import fr.recueil.importing.ImportWarning;
import fr.recueil.importing.SourceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What the analysis found, before anything is written: a summary (chapters found, matched, to
 * check, ignored, warnings) with links to the chapters that need a look, then each chapter with the
 * direction proposed for it (changeable, "Ignorer", or attached to the previous chapter), the blocks
 * recognised with their counts, and the warnings. A refused import says why on the page and leaves
 * everything as the user set it, ready to try again.
 */
class ReviewPanel extends Div {

    private final ImportAnalysis analysis;
    private final Map<Integer, Select<ImportTarget>> choices = new LinkedHashMap<>();
    private final Map<Integer, Checkbox> attached = new HashMap<>();
    private final Map<Integer, Span> notes = new HashMap<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph refusal = new Paragraph();
    private final Button importButton;

    ReviewPanel(ImportAnalysis analysis, BiConsumer<ImportAnalysis, Map<Integer, ImportTarget>> onImport, Runnable onCancel) {
        this.analysis = analysis;
        setId("import-review");
        addClassName("recueil-import-review");
        add(new H2(getTranslation("import.review.title", analysis.fileName(), String.valueOf(analysis.year()))));
        summary.setId("import-summary");
        summary.addClassName("recueil-import-summary");
        add(summary);
        List<AnalysedChapter> toCheck = analysis.chapters().stream().filter(ReviewPanel::needsAttention).toList();
        add(jumps(toCheck));
        String recognised = recognised();
        if (!recognised.isEmpty()) {
            Paragraph line = new Paragraph(getTranslation("import.review.recognised", recognised));
            line.addClassName("recueil-import-recognised");
            add(line);
        }
        if (!analysis.warnings().isEmpty()) {
            Div warnings = warnings(analysis.warnings());
            warnings.setId("import-warnings");
            add(warnings);
        }
        add(new Paragraph(getTranslation("import.review.help")));
        AnalysedChapter previous = null;
        for (AnalysedChapter chapter : analysis.chapters()) {
            add(card(chapter, previous, analysis.targets()));
            previous = chapter;
        }
        importButton = new Button(getTranslation("import.review.import"), e -> confirm(onImport));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("import.review.cancel"), e -> onCancel.run());
        cancel.setId("import-cancel");
        refusal.setId("import-review-refusal");
        refusal.addClassName("recueil-import-refusal");
        refusal.setVisible(false);
        Div actions = new Div(importButton, cancel);
        actions.addClassName("recueil-import-actions");
        add(refusal, actions);
        refresh();
    }

    /** Unmatched, or matched with warnings: the user should look before importing. */
    static boolean needsAttention(AnalysedChapter chapter) {
        return chapter.proposed() == null || !chapter.warnings().isEmpty();
    }

    private void confirm(BiConsumer<ImportAnalysis, Map<Integer, ImportTarget>> onImport) {
        refusal.setVisible(false);
        try {
            onImport.accept(analysis, chosen());
        } catch (BusinessException e) {
            refusal.setText(getTranslation("import.review.refused", Notifications.message(this, e)));
            refusal.setVisible(true);
            refusal.scrollIntoView();
        } finally {
            // Whatever happened, the page is never left stuck: the user can change a choice and try again.
            importButton.setEnabled(true);
        }
    }

    private Div jumps(List<AnalysedChapter> toCheck) {
        Div jumps = new Div();
        jumps.setId("import-jumps");
        jumps.addClassName("recueil-import-jumps");
        if (toCheck.isEmpty()) {
            jumps.add(new Span(getTranslation("import.review.noneToCheck")));
            return jumps;
        }
        jumps.add(new Span(getTranslation("import.review.jump")));
        for (AnalysedChapter chapter : toCheck) {
            Button jump = new Button(chapter.heading(), e -> findCard(chapter.index()).scrollIntoView());
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            jump.setId("import-jump-" + chapter.index());
            jumps.add(jump);
        }
        return jumps;
    }

    private Div findCard(int index) {
        return getChildren().filter(c -> c.getId().orElse("").equals("import-chapter-" + index)).map(Div.class::cast)
                .findFirst().orElseThrow();
    }

    private String recognised() {
        Map<SourceText.Kind, Integer> counts = new LinkedHashMap<>();
        analysis.texts().stream().filter(SourceText::isRecognised).forEach(t -> counts.merge(t.kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(getTranslation("import.fidelity.kind." + kind.name(), count)));
        return String.join(", ", parts);
    }

    private Div card(AnalysedChapter chapter, AnalysedChapter previous, List<ImportTarget> targets) {
        Select<ImportTarget> target = new Select<>();
        target.setLabel(getTranslation("import.review.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(t -> t == null ? getTranslation("import.review.ignore") : t.label());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("import.review.ignore"));
        target.setValue(chapter.proposed());
        target.addClassName("recueil-import-target");
        target.addValueChangeListener(e -> refresh());
        choices.put(chapter.index(), target);

        H3 heading = new H3(chapter.heading());
        Span size = new Span(getTranslation("import.review.characters", chapter.characters()));
        size.addClassName("recueil-import-size");
        Div title = new Div(heading, size);
        if (needsAttention(chapter)) {
            Span check = new Span(getTranslation("import.review.toCheck"));
            check.getElement().getThemeList().add("badge warning");
            title.add(check);
        }
        Div choice = new Div(target);
        choice.addClassName("recueil-import-choice");
        if (previous != null) {
            Checkbox attach = new Checkbox(getTranslation("import.review.attach"));
            attach.setId("import-attach-" + chapter.index());
            attach.addValueChangeListener(e -> {
                target.setEnabled(!e.getValue());
                refresh();
            });
            attached.put(chapter.index(), attach);
            choice.add(attach);
        }
        Span note = new Span();
        note.addClassName("recueil-import-merge");
        note.setVisible(false);
        notes.put(chapter.index(), note);
        Div card = new Div(title, choice, note, counts(chapter.counts()));
        if (!chapter.warnings().isEmpty()) {
            card.add(warnings(chapter.warnings()));
        }
        card.addClassName("recueil-import-chapter");
        if (needsAttention(chapter)) {
            card.addClassName("recueil-import-chapter--check");
        }
        card.setId("import-chapter-" + chapter.index());
        return card;
    }

    /** The summary's counts and each card's merge note, after every change of a choice. */
    private void refresh() {
        Map<Integer, ImportTarget> chosen = chosen();
        int matched = (int) analysis.chapters().stream().filter(c -> chosen.containsKey(c.index())).count();
        int ignored = analysis.chapters().size() - matched;
        int toCheck = (int) analysis.chapters().stream().filter(ReviewPanel::needsAttention).count();
        int warnings = analysis.warnings().size() + analysis.chapters().stream().mapToInt(c -> c.warnings().size()).sum();
        summary.setText(getTranslation("import.review.summary", analysis.chapters().size(), matched, toCheck, ignored, warnings));
        Map<String, AnalysedChapter> first = new HashMap<>();
        for (AnalysedChapter chapter : analysis.chapters()) {
            Span note = notes.get(chapter.index());
            ImportTarget target = chosen.get(chapter.index());
            Checkbox attach = attached.get(chapter.index());
            AnalysedChapter owner = target == null ? null : first.putIfAbsent(target.key(), chapter);
            if (attach != null && attach.getValue()) {
                AnalysedChapter before = analysis.chapters().get(chapter.index() - 1);
                note.setText(getTranslation("import.review.attached", before.heading()));
                note.setVisible(true);
            } else if (owner != null) {
                note.setText(getTranslation("import.review.shared", target.label(), chapter.heading()));
                note.setVisible(true);
            } else {
                note.setVisible(false);
            }
        }
    }

    private Div counts(BlockCounts counts) {
        Div row = new Div();
        row.addClassName("recueil-import-counts");
        badge(row, "import.counts.missions", counts.missionParagraphs());
        badge(row, "import.counts.figures", counts.figures());
        badge(row, "import.counts.sentences", counts.sentences());
        badge(row, "import.counts.budget", counts.budgetLines());
        badge(row, "import.counts.achievements", counts.achievements());
        badge(row, "import.counts.tables", counts.tables());
        badge(row, "import.counts.images", counts.images());
        badge(row, "import.counts.texts", counts.texts());
        badge(row, "import.counts.footnotes", counts.footnotes());
        return row;
    }

    private void badge(Div row, String key, int count) {
        if (count > 0) {
            Span badge = new Span(getTranslation(key, count));
            badge.getElement().getThemeList().add("badge");
            row.add(badge);
        }
    }

    private Div warnings(List<ImportWarning> warnings) {
        UnorderedList list = new UnorderedList();
        for (ImportWarning warning : warnings) {
            list.add(new ListItem(getTranslation(warning.key(), warning.arguments().toArray())));
        }
        Div box = new Div(new Span(getTranslation("import.review.warnings")), list);
        box.addClassName("recueil-import-warnings");
        return box;
    }

    /**
     * The user's choices: chapter index → target, the ignored chapters left out. A chapter attached
     * to the previous one goes where that one goes (and is ignored with it).
     */
    Map<Integer, ImportTarget> chosen() {
        Map<Integer, ImportTarget> chosen = new HashMap<>();
        ImportTarget previous = null;
        for (Map.Entry<Integer, Select<ImportTarget>> entry : choices.entrySet()) {
            Checkbox attach = attached.get(entry.getKey());
            ImportTarget target = attach != null && attach.getValue() ? previous : entry.getValue().getValue();
            if (target != null) {
                chosen.put(entry.getKey(), target);
            }
            previous = target;
        }
        return chosen;
    }
}
