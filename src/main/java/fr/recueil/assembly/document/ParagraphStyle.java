package fr.recueil.assembly.document;

/** The role of a paragraph; each format gives it its look. */
public enum ParagraphStyle {
    BODY,
    /** An introduction set off from the body (a chapter's lead, a part page's list of chapters). */
    LEAD,
    /** A quotation. */
    QUOTE,
    /** Small print: notes, sources, a key figure's footnote. */
    NOTE,
    /** A warning the reader must not miss (the draft's notice). */
    NOTICE
}
