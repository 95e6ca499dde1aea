package fr.recueil.assembly.document;

/**
 * Where the table of contents goes. Its entries are {@link ReportDocument#tocEntries()}; a paged
 * format lays the document out first and then writes the page numbers.
 */
public record TableOfContents(String title) implements DocBlock {
}
