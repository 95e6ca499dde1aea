package fr.recueil.assembly.document;

/** What a heading opens, so that a format may give each its look (a part gets a page of its own). */
public enum HeadingRole {
    /** A front-matter section: editorial, the list of missing chapters of a draft. */
    FRONT,
    /** A part of the report (by default a pôle). */
    PART,
    /** A chapter, numbered as an annex. */
    CHAPTER,
    /** A block of a chapter ("Missions de la direction", "Les chiffres clés de l'année"). */
    SECTION,
    /** A heading inside a block: an achievement's title, a sub-heading of rich text. */
    SUBSECTION
}
