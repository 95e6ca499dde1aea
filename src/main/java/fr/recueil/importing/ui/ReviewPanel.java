package fr.recueil.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import fr.recueil.importing.AnalysedChapter;
import fr.recueil.importing.BlockCounts;
import fr.recueil.importing.ImportAnalysis;
import fr.recueil.importing.ImportTarget;
import fr.recueil.importing.ImportWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What the analysis found, before anything is written: each chapter with the direction proposed
 * for it (changeable, or "Ignorer"), the blocks recognised with their counts, and the warnings.
 */
class ReviewPanel extends Div {

    private final Map<Integer, Select<ImportTarget>> choices = new HashMap<>();

    ReviewPanel(ImportAnalysis analysis, BiConsumer<ImportAnalysis, Map<Integer, ImportTarget>> onImport, Runnable onCancel) {
        setId("import-review");
        addClassName("recueil-import-review");
        add(new H2(getTranslation("import.review.title", analysis.fileName(), String.valueOf(analysis.year()))));
        add(new Paragraph(getTranslation("import.review.summary", analysis.chapters().size())));
        if (!analysis.warnings().isEmpty()) {
            Div warnings = warnings(analysis.warnings());
            warnings.setId("import-warnings");
            add(warnings);
        }
        for (AnalysedChapter chapter : analysis.chapters()) {
            add(card(chapter, analysis.targets()));
        }
        Button importButton = new Button(getTranslation("import.review.import"), e -> onImport.accept(analysis, chosen()));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("import.review.cancel"), e -> onCancel.run());
        cancel.setId("import-cancel");
        Div actions = new Div(importButton, cancel);
        actions.addClassName("recueil-import-actions");
        add(actions);
    }

    private Div card(AnalysedChapter chapter, List<ImportTarget> targets) {
        Select<ImportTarget> target = new Select<>();
        target.setLabel(getTranslation("import.review.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(t -> t == null ? getTranslation("import.review.ignore") : t.label());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("import.review.ignore"));
        target.setValue(chapter.proposed());
        target.addClassName("recueil-import-target");
        choices.put(chapter.index(), target);

        H3 heading = new H3(chapter.heading());
        Span size = new Span(getTranslation("import.review.characters", chapter.characters()));
        size.addClassName("recueil-import-size");
        Div card = new Div(new Div(heading, size), target, counts(chapter.counts()));
        if (!chapter.warnings().isEmpty()) {
            card.add(warnings(chapter.warnings()));
        }
        card.addClassName("recueil-import-chapter");
        card.setId("import-chapter-" + chapter.index());
        return card;
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

    /** The user's choices: chapter index → target, the ignored chapters left out. */
    Map<Integer, ImportTarget> chosen() {
        Map<Integer, ImportTarget> chosen = new HashMap<>();
        choices.forEach((index, select) -> {
            if (select.getValue() != null) {
                chosen.put(index, select.getValue());
            }
        });
        return chosen;
    }

    List<Select<ImportTarget>> selects() {
        return new ArrayList<>(choices.values());
    }
}
