package fr.recueil.chapter.ui;

import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.RichTextBlock;

/** "Missions de la direction", a "Focus"...: a titled rich text. */
final class RichTextBlockEditor extends BlockEditor<RichTextBlock> {

    private final MarkdownEditor body;

    RichTextBlockEditor(EditorContext context) {
        super(context);
        body = new MarkdownEditor("editor.text.label", context);
        add(body);
    }

    @Override
    BlockType type() {
        return BlockType.RICH_TEXT;
    }

    @Override
    protected void fill(RichTextBlock block) {
        body.setValue(block.body());
    }

    @Override
    protected RichTextBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new RichTextBlock(blockId, blockTitle, blockRequired, body.getValue());
    }

    MarkdownEditor body() {
        return body;
    }
}
