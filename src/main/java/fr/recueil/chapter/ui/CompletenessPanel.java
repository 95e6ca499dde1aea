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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the chapter still lacks, from the content being edited: the required blocks still empty and
 * the key figures waiting for their value (or for the reason they are not available), exactly what a
 * submission is refused on. Each line takes the user to the block.
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
        // The same list the submission refuses on (ChapterContent.missingValues), grouped by block.
        Map<String, List<ChapterContent.MissingValue>> awaiting = content.missingValues().stream()
                .collect(Collectors.groupingBy(ChapterContent.MissingValue::blockId, LinkedHashMap::new, Collectors.toList()));
        if (missing.isEmpty() && awaiting.isEmpty()) {
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
        for (List<ChapterContent.MissingValue> values : awaiting.values()) {
            ChapterContent.MissingValue first = values.getFirst();
            Paragraph intro = new Paragraph(getTranslation("editor.completeness.awaiting", values.size(), first.blockTitle()));
            intro.addClassName("recueil-completeness-intro");
            UnorderedList list = new UnorderedList();
            list.addClassName("recueil-completeness-awaiting");
            values.stream().limit(8).forEach(value -> list.add(new ListItem(link(value.reasonOnly()
                    ? getTranslation("editor.completeness.reasonMissing", value.label()) : value.label(), value.blockId()))));
            if (values.size() > 8) {
                list.add(new ListItem(getTranslation("editor.completeness.more", values.size() - 8)));
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
}
