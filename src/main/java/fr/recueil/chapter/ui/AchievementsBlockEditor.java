package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.BlockType;

import java.util.List;

/** "Les grandes réalisations de l'année": ordered achievements, each a title, a text and maybe an image. */
final class AchievementsBlockEditor extends BlockEditor<AchievementsBlock> {

    private final MarkdownEditor intro;
    private final RowList<ItemEditor> items;
    private final Button addItem;

    AchievementsBlockEditor(EditorContext context) {
        super(context);
        // Some directions write their achievements as one untitled text: it has its place here.
        intro = new MarkdownEditor("editor.achievements.intro", context);
        intro.addClassName("recueil-achievements-intro");
        add(intro);
        items = new RowList<ItemEditor>(context, "editor.achievement")
                .confirmingRemoval(item -> !item.getItem().isEmpty(), item -> getTranslation("editor.achievement.remove.question",
                        item.title.getValue().isBlank() ? getTranslation("editor.achievement.untitled") : item.title.getValue()))
                .controlsOnTop();
        items.addClassName("recueil-achievements");
        addItem = Fields.add(this, "editor.achievements.add", this::addItem);
        addItem.addClassName("recueil-add-achievement");
        add(items);
        if (!context.readOnly()) {
            add(addItem);
        }
    }

    @Override
    BlockType type() {
        return BlockType.ACHIEVEMENTS;
    }

    @Override
    protected void fill(AchievementsBlock block) {
        intro.setValue(block.intro());
        items.setRows(block.items().stream().map(this::editor).toList());
    }

    @Override
    protected AchievementsBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new AchievementsBlock(blockId, blockTitle, blockRequired, intro.getValue(), items.rows().stream().map(ItemEditor::getItem)
                .filter(item -> !item.isEmpty() || item.caption() != null || item.alt() != null).toList());
    }

    void addItem() {
        ItemEditor editor = editor(new Achievement("", "", null, null, null));
        items.append(editor);
        editor.title.focus();
        context.changed();
    }

    List<ItemEditor> items() {
        return items.rows();
    }

    Button addItemButton() {
        return addItem;
    }

    private ItemEditor editor(Achievement achievement) {
        ItemEditor editor = new ItemEditor();
        editor.title.setValue(achievement.title());
        editor.body.setValue(achievement.body());
        editor.image.setImage(achievement.imageId(), achievement.caption(), achievement.alt());
        return editor;
    }

    /** One achievement: its title (required), its rich text, its optional image. */
    final class ItemEditor extends Div {

        final TextField title = Fields.text(this, "editor.achievement.title", context);
        final MarkdownEditor body = new MarkdownEditor("editor.achievement.body", 1, ContentRules.TEXT_MAX, context);
        final ImageField image = new ImageField(context);

        ItemEditor() {
            addClassName("recueil-achievement");
            title.setWidthFull();
            title.addClassName("recueil-achievement-title");
            title.setRequiredIndicatorVisible(!context.readOnly());
            title.addValueChangeListener(e -> Fields.checkTitle(title, !getItem().isEmpty()));
            add(title, body, image);
        }

        Achievement getItem() {
            return new Achievement(title.getValue(), body.getValue(), image.imageId(), image.caption(), image.alt());
        }
    }
}
