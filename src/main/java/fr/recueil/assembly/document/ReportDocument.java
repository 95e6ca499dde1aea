package fr.recueil.assembly.document;

import java.util.List;

/**
 * The whole report: its facts, its cover and its body in reading order. The table of contents is
 * a {@link TableOfContents} block in the body; its entries are the headings marked for it.
 */
public record ReportDocument(DocumentInfo info, Cover cover, List<DocBlock> body) {

    public ReportDocument {
        body = List.copyOf(body);
    }

    /** The headings the table of contents and the bookmarks list, in order. */
    public List<Heading> tocEntries() {
        return body.stream().filter(Heading.class::isInstance).map(Heading.class::cast).filter(Heading::inToc).toList();
    }

    /** Every heading, in order (for bookmarks and navigation panes). */
    public List<Heading> headings() {
        return body.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
