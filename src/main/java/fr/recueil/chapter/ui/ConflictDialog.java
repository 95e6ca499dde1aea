package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.recueil.base.Formats;
import fr.recueil.chapter.ChapterConflict;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Someone saved the chapter while this user was editing it. Both versions are shown side by side,
 * block by block; the user keeps theirs (saved over the other), takes the other one, or copies
 * blocks of the other version into their own first. Closing the dialog keeps their text in the form.
 */
final class ConflictDialog extends Dialog {

    interface Choices {
        /** Saves the user's version over the other one, whose version number the conflict carries. */
        void keepMine(ChapterConflict conflict);

        /** Loads the version stored now, abandoning the user's changes (they asked for it). */
        void takeTheirs();

        /** Puts the other version's block into the user's form, in place of theirs or where it stood. */
        void copyTheirs(Block theirs, int theirIndex);
    }

    private final ChapterConflict conflict;
    private final Supplier<ChapterContent> mine;
    private final Choices choices;
    private final ChapterPreview renderer;
    private final Div rows = new Div();

    ConflictDialog(ChapterConflict conflict, Supplier<ChapterContent> mine, EditorContext context, Choices choices) {
        this.conflict = conflict;
        this.mine = mine;
        this.choices = choices;
        this.renderer = new ChapterPreview(context);
        addClassName("recueil-conflict");
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("editor.conflict.title"));
        setWidth("min(1300px, 96vw)");
        setMaxHeight("92vh");
        setCloseOnOutsideClick(false);
        setModal(true);

        Paragraph intro = new Paragraph(getTranslation("error.chapter.conflict", conflict.theirAuthor()));
        intro.addClassName("recueil-conflict-intro");
        Paragraph help = new Paragraph(getTranslation("editor.conflict.help"));
        help.addClassName("recueil-muted");

        Div heads = new Div(
                column(getTranslation("editor.conflict.theirs"), getTranslation("editor.conflict.theirsBy", conflict.theirAuthor(),
                        conflict.theirTime() == null ? "" : Formats.dateTime(conflict.theirTime(), getLocale())), "theirs"),
                column(getTranslation("editor.conflict.mine"), getTranslation("editor.conflict.mineNotSaved"), "mine"));
        heads.addClassName("recueil-conflict-heads");
        rows.addClassName("recueil-conflict-rows");
        add(intro, help, heads, rows);

        Button later = new Button(getTranslation("editor.conflict.later"), e -> close());
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.setId("conflict-later");
        Button theirs = new Button(getTranslation("editor.conflict.takeTheirs"), e -> {
            close();
            choices.takeTheirs();
        });
        theirs.addThemeVariants(ButtonVariant.LUMO_ERROR);
        theirs.setId("conflict-take-theirs");
        Button keep = new Button(getTranslation("editor.conflict.keepMine"), VaadinIcon.CHECK.create(), e -> {
            close();
            choices.keepMine(conflict);
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("conflict-keep-mine");
        getFooter().add(later, theirs, keep);
        render();
    }

    ChapterConflict conflict() {
        return conflict;
    }

    /** The texts shown, left (theirs) then right (mine), block by block: for tests and screen readers alike. */
    List<String> comparedTexts() {
        List<String> texts = new ArrayList<>();
        rows.getChildren().forEach(row -> row.getChildren().forEach(cell ->
                texts.add(Jsoup.parse(cell.getElement().getOuterHTML()).text())));
        return texts;
    }

    private void render() {
        rows.removeAll();
        ChapterContent current = mine.get();
        List<Block> theirBlocks = conflict.theirContent().blocks();
        Set<String> ids = new LinkedHashSet<>();
        current.blocks().forEach(b -> ids.add(b.id()));
        theirBlocks.forEach(b -> ids.add(b.id()));
        for (String id : ids) {
            Optional<Block> theirs = conflict.theirContent().block(id);
            Optional<Block> ours = current.block(id);
            boolean same = theirs.equals(ours);
            Div row = new Div();
            row.addClassName("recueil-conflict-row");
            row.getElement().setAttribute("data-same", String.valueOf(same));
            if (same) {
                // Nothing to choose here: one line, so that the differences stand out.
                Span title = new Span(ours.map(Block::title).orElse(""));
                title.addClassName("recueil-conflict-same-title");
                Span badge = new Span(getTranslation("editor.conflict.same"));
                badge.addClassName("recueil-badge");
                badge.addClassName("success");
                Div line = new Div(title, badge);
                line.addClassName("recueil-conflict-same");
                row.add(line);
                rows.add(row);
                continue;
            }
            Div left = cell(theirs, "editor.conflict.absentTheirs");
            Div right = cell(ours, "editor.conflict.absentMine");
            Span badge = new Span(getTranslation("editor.conflict.different"));
            badge.addClassName("recueil-badge");
            badge.addClassName("warning");
            right.addComponentAsFirst(badge);
            theirs.ifPresent(block -> {
                Button copy = new Button(getTranslation("editor.conflict.copy"), VaadinIcon.ARROW_RIGHT.create(), e -> {
                    choices.copyTheirs(block, theirBlocks.indexOf(block));
                    render();
                });
                copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
                copy.addClassName("recueil-conflict-copy");
                left.add(copy);
            });
            row.add(left, right);
            rows.add(row);
        }
    }

    private Div cell(Optional<Block> block, String absentKey) {
        Div cell = new Div();
        cell.addClassName("recueil-conflict-cell");
        if (block.isPresent()) {
            cell.add(renderer.block(block.get()));
        } else {
            Paragraph absent = new Paragraph(getTranslation(absentKey));
            absent.addClassName("recueil-muted");
            cell.add(absent);
        }
        return cell;
    }

    private static Component column(String title, String detail, String side) {
        Div head = new Div();
        head.addClassName("recueil-conflict-head");
        head.addClassName(side);
        Span strong = new Span(title);
        strong.addClassName("recueil-conflict-head-title");
        Span small = new Span(detail);
        small.addClassName("recueil-muted");
        head.add(strong, small);
        return head;
    }
}
