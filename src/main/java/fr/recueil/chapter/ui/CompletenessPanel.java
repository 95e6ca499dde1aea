package fr.recueil.chapter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the chapter still lacks, from the content being edited: the required blocks still empty and
 * the key figures waiting for their value. Each line takes the user to the block.
 */
final class CompletenessPanel extends Div {

    private final Consumer<String> goToBlock;
    private final Div lines = new Div();

    CompletenessPanel(Consumer<String> goToBlock) {
        this.goToBlock = goToBlock;
        addClassName("recueil-completeness");
        setId("completeness");
        getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("editor.completeness.title")), lines);
    }

    void update(ChapterContent content) {
        lines.removeAll();
        List<Block> missing = content.missingRequiredBlocks();
        List<KeyFiguresBlock> withAwaiting = content.blocks().stream()
                .filter(KeyFiguresBlock.class::isInstance).map(KeyFiguresBlock.class::cast)
                .filter(b -> awaiting(b).findAny().isPresent())
                .toList();
        if (missing.isEmpty() && withAwaiting.isEmpty()) {
            Paragraph done = new Paragraph(VaadinIcon.CHECK_CIRCLE.create(), new Span(
                    getTranslation("editor.completeness.complete")));
            done.addClassName("recueil-completeness-done");
            lines.add(done);
            getElement().setAttribute("data-complete", "true");
            return;
        }
        getElement().setAttribute("data-complete", "false");
        if (!missing.isEmpty()) {
            Paragraph intro = new Paragraph(getTranslation("editor.completeness.emptyBlocks"));
            intro.addClassName("recueil-completeness-intro");
            UnorderedList list = new UnorderedList();
            list.addClassName("recueil-completeness-empty");
            for (Block block : missing) {
                list.add(new ListItem(link(block.title(), block.id())));
            }
            lines.add(intro, list);
        }
        for (KeyFiguresBlock block : withAwaiting) {
            List<String> labels = awaiting(block).map(KeyFigure::label).toList();
            Paragraph intro = new Paragraph(getTranslation("editor.completeness.awaiting", labels.size(), block.title()));
            intro.addClassName("recueil-completeness-intro");
            UnorderedList list = new UnorderedList();
            list.addClassName("recueil-completeness-awaiting");
            labels.stream().limit(8).forEach(label -> list.add(new ListItem(link(label, block.id()))));
            if (labels.size() > 8) {
                list.add(new ListItem(getTranslation("editor.completeness.more", labels.size() - 8)));
            }
            lines.add(intro, list);
        }
    }

    List<String> lineTexts() {
        return lines.getChildren().flatMap(c -> c instanceof UnorderedList list ? list.getChildren() : Stream.empty())
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private NativeButton link(String text, String blockId) {
        NativeButton button = new NativeButton(text, e -> goToBlock.accept(blockId));
        button.addClassName("recueil-link-button");
        return button;
    }

    private static Stream<KeyFigure> awaiting(KeyFiguresBlock block) {
        return block.groups().stream().flatMap(g -> g.figures().stream()).filter(KeyFigure::isAwaitingValue);
    }
}
