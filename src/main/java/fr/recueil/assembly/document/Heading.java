package fr.recueil.assembly.document;

/**
 * A heading. Levels go down one at a time from 1, so every format can map them to its own
 * levels (Word's Heading 1–5, HTML's h1–h5, PDF bookmarks).
 *
 * @param level  1 (a part, or a chapter outside any part) to 5
 * @param number the chapter's number as printed ("Annexe 4"), null when it has none
 * @param anchor a stable identifier, unique in the document, for links, bookmarks and the ToC
 * @param inToc  listed in the table of contents (and bookmarked as such)
 */
public record Heading(int level, HeadingRole role, String number, String text, String anchor, boolean inToc)
        implements DocBlock {

    public Heading {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("heading level " + level);
        }
        number = Printable.text(number);
        text = Printable.text(text);
    }

    /** The text as the table of contents shows it: "Annexe 4 — Direction de l'action sociale". */
    public String fullText() {
        return number == null ? text : number + " — " + text;
    }
}
