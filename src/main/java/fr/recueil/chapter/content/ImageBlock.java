package fr.recueil.chapter.content;

/** An image with its caption and its (mandatory) alternative text. */
public record ImageBlock(String id, String title, boolean required, Long imageId, String caption, String alt)
        implements Block {

    public ImageBlock {
        caption = Texts.blank(caption) ? null : caption.strip();
        alt = Texts.blank(alt) ? null : alt.strip();
    }

    @Override
    public BlockType type() {
        return BlockType.IMAGE;
    }

    @Override
    public boolean isEmpty() {
        return imageId == null;
    }

    @Override
    public ImageBlock withTitle(String newTitle) {
        return new ImageBlock(id, newTitle, required, imageId, caption, alt);
    }
}
