package fr.recueil.assembly.document;

import java.util.List;

/** A bulleted or numbered list; an item holds paragraphs and nested lists. */
public record BulletList(boolean ordered, int start, List<ListItem> items) implements DocBlock {

    public BulletList {
        items = List.copyOf(items);
    }

    /** One item: its paragraphs and nested lists, in order. */
    public record ListItem(List<DocBlock> blocks) {

        public ListItem {
            for (DocBlock block : blocks) {
                if (!(block instanceof Paragraph) && !(block instanceof BulletList)) {
                    throw new IllegalArgumentException("a list item holds paragraphs and lists, not " + block);
                }
            }
            blocks = List.copyOf(blocks);
        }
    }
}
