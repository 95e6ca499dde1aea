package fr.recueil.chapter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.ImageBlock;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import fr.recueil.chapter.content.TimelineBlock;

/**
 * The form of one block of a chapter. It is filled from the block's record ({@link #setBlock}) and
 * produces a new record from what the user typed ({@link #getBlock}), whatever it holds: checking
 * is the server's job, and a refused value stays in the form.
 */
abstract class BlockEditor<B extends Block> extends Div {

    protected final EditorContext context;
    private final TextField title;
    private String id;
    private boolean required;

    protected BlockEditor(EditorContext context) {
        this.context = context;
        addClassName("recueil-block-editor");
        title = Fields.text(this, "editor.block.title", context);
        title.addClassName("recueil-block-title");
        title.setWidthFull();
        title.setRequiredIndicatorVisible(!context.readOnly());
        title.addValueChangeListener(e -> Fields.checkTitle(title, true));
    }

    static BlockEditor<?> of(Block block, EditorContext context) {
        return switch (block) {
            case RichTextBlock b -> filled(new RichTextBlockEditor(context), b);
            case KeyFiguresBlock b -> filled(new KeyFiguresBlockEditor(context), b);
            case BudgetBlock b -> filled(new BudgetBlockEditor(context), b);
            case AchievementsBlock b -> filled(new AchievementsBlockEditor(context), b);
            case TableBlock b -> filled(new TableBlockEditor(context), b);
            case ImageBlock b -> filled(new ImageBlockEditor(context), b);
            case TimelineBlock b -> filled(new TimelineBlockEditor(context), b);
        };
    }

    private static <T extends Block, E extends BlockEditor<T>> E filled(E editor, T block) {
        editor.setBlock(block);
        return editor;
    }

    final void setBlock(B block) {
        this.id = block.id();
        this.required = block.required();
        title.setValue(block.title() == null ? "" : block.title());
        fill(block);
    }

    final B getBlock() {
        return read(id, title.getValue(), required);
    }

    final String blockId() {
        return id;
    }

    final boolean required() {
        return required;
    }

    final TextField titleField() {
        return title;
    }

    abstract BlockType type();

    protected abstract void fill(B block);

    protected abstract B read(String blockId, String blockTitle, boolean blockRequired);
}
