package fr.recueil.assembly.document;

/** One block of the report's body, in reading order. */
public sealed interface DocBlock
        permits Heading, Paragraph, BulletList, KeyFigureGrid, Table, Figure, Timeline, PageBreak, TableOfContents {
}
