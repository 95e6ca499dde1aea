package fr.recueil.assembly.document;

/**
 * An image with its caption (may be null) and its alternative text (always present: the editor
 * requires it; assembly falls back to the caption or the chapter's title for older content).
 */
public record Figure(Picture picture, String caption, String alt) implements DocBlock {

    public Figure {
        caption = Printable.text(caption);
        alt = Printable.text(alt);
    }
}
