package fr.recueil.chapter.ui;

import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.ImageBlock;

/** An image on its own, with its caption and its mandatory alternative text. */
final class ImageBlockEditor extends BlockEditor<ImageBlock> {

    private final ImageField image;

    ImageBlockEditor(EditorContext context) {
        super(context);
        image = new ImageField(context);
        add(image);
    }

    @Override
    BlockType type() {
        return BlockType.IMAGE;
    }

    @Override
    protected void fill(ImageBlock block) {
        image.setImage(block.imageId(), block.caption(), block.alt());
    }

    @Override
    protected ImageBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new ImageBlock(blockId, blockTitle, blockRequired, image.imageId(), image.caption(), image.alt());
    }

    ImageField image() {
        return image;
    }
}
