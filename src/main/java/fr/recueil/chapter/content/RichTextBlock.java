package fr.recueil.chapter.content;

/** A titled rich-text block (CommonMark): "Missions de la direction", a "Focus", an editorial... */
public record RichTextBlock(String id, String title, boolean required, String body) implements Block {

    public RichTextBlock {
        body = Texts.orEmpty(body);
    }

    @Override
    public BlockType type() {
        return BlockType.RICH_TEXT;
    }

    @Override
    public boolean isEmpty() {
        return Texts.blank(body);
    }

    @Override
    public RichTextBlock withTitle(String newTitle) {
        return new RichTextBlock(id, newTitle, required, body);
    }

    public RichTextBlock withBody(String newBody) {
        return new RichTextBlock(id, title, required, newBody);
    }
}
