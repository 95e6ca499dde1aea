package fr.recueil.assembly;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.chapter.RichText;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chapter's rich text (CommonMark) as document blocks: paragraphs with bold, italic and links,
 * lists, sub-headings one level below the block's own heading, and tables. Raw HTML is kept as the
 * text it is, never interpreted; links keep only http(s) and mailto addresses.
 */
final class RichTextAssembler {

    private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?://|mailto:)\\S+$");

    private final Anchors anchors;

    RichTextAssembler(Anchors anchors) {
        this.anchors = anchors;
    }

    /**
     * @param parentLevel the level of the heading the text stands under; its own headings go below it
     */
    List<DocBlock> blocks(String markdown, int parentLevel) {
        List<DocBlock> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        int lastLevel = parentLevel;
        for (Node node = RichText.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Heading heading) {
                // Sub-headings come as levels 3 and 4: place them under the parent, never skipping a level.
                int wanted = Math.min(5, parentLevel + heading.getLevel() - 2);
                int level = Math.max(parentLevel + 1, Math.min(wanted, lastLevel + 1));
                String text = FrenchTypography.apply(plainText(heading));
                blocks.add(new Heading(Math.min(5, level), HeadingRole.SUBSECTION, null, text, anchors.next(text), false));
                lastLevel = level;
            } else {
                block(node, blocks);
            }
        }
        return blocks;
    }

    /** The inline content of a one-line text (a figure's label, a table cell), styled. */
    List<Span> inline(String markdown) {
        List<Span> spans = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return spans;
        }
        for (Node node = RichText.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (!spans.isEmpty()) {
                spans.add(Span.plain(" "));
            }
            inlines(node, false, false, null, spans);
        }
        return merge(spans);
    }

    private void block(Node node, List<DocBlock> into) {
        switch (node) {
            case org.commonmark.node.Paragraph paragraph -> addParagraph(paragraph, ParagraphStyle.BODY, into);
            case ListBlock list -> into.add(list(list));
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof org.commonmark.node.Paragraph paragraph) {
                        addParagraph(paragraph, ParagraphStyle.QUOTE, into);
                    } else {
                        block(child, into);
                    }
                }
            }
            case TableBlock table -> into.add(table(table));
            case FencedCodeBlock code -> into.add(Paragraph.of(code.getLiteral().strip(), ParagraphStyle.BODY));
            case IndentedCodeBlock code -> into.add(Paragraph.of(code.getLiteral().strip(), ParagraphStyle.BODY));
            case HtmlBlock html -> into.add(Paragraph.of(html.getLiteral().strip(), ParagraphStyle.BODY));
            case ThematicBreak ignored -> {
                // A horizontal rule separates nothing a report needs: the blocks already have headings.
            }
            case org.commonmark.node.Heading heading -> into.add(Paragraph.of(plainText(heading), ParagraphStyle.LEAD));
            default -> {
                String text = plainText(node);
                if (!text.isBlank()) {
                    into.add(Paragraph.of(FrenchTypography.apply(text), ParagraphStyle.BODY));
                }
            }
        }
    }

    private void addParagraph(Node paragraph, ParagraphStyle style, List<DocBlock> into) {
        List<Span> spans = new ArrayList<>();
        inlines(paragraph, false, false, null, spans);
        spans = merge(spans);
        if (!spans.isEmpty()) {
            into.add(new Paragraph(spans, style));
        }
    }

    private BulletList list(ListBlock list) {
        List<BulletList.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<DocBlock> content = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    content.add(list(nested));
                } else if (child instanceof org.commonmark.node.Paragraph paragraph) {
                    addParagraph(paragraph, ParagraphStyle.BODY, content);
                } else {
                    String text = plainText(child);
                    if (!text.isBlank()) {
                        content.add(Paragraph.of(FrenchTypography.apply(text), ParagraphStyle.BODY));
                    }
                }
            }
            if (!content.isEmpty() && item instanceof ListItem) {
                items.add(new BulletList.ListItem(content));
            }
        }
        boolean ordered = list instanceof OrderedList;
        Integer start = list instanceof OrderedList orderedList ? orderedList.getMarkerStartNumber() : null;
        return new BulletList(ordered, start == null ? 1 : start, items);
    }

    private Table table(TableBlock table) {
        List<Table.Cell> header = new ArrayList<>();
        List<Table.Align> columns = new ArrayList<>();
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Table.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    List<Span> spans = new ArrayList<>();
                    inlines(cell, false, false, null, spans);
                    cells.add(new Table.Cell(merge(spans)));
                    if (section instanceof TableHead && cell instanceof TableCell tableCell) {
                        columns.add(align(tableCell.getAlignment()));
                    }
                }
                if (section instanceof TableHead) {
                    header.addAll(cells);
                } else if (section instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        int width = columns.size();
        List<List<Table.Cell>> fitted = rows.stream().map(row -> fit(row, width)).toList();
        return NumericColumns.apply(new Table(Table.TableKind.DATA, null, columns, fit(header, width), fitted, null), true);
    }

    private static List<Table.Cell> fit(List<Table.Cell> row, int width) {
        List<Table.Cell> fitted = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
        while (fitted.size() < width) {
            fitted.add(Table.Cell.of(""));
        }
        return fitted;
    }

    private static Table.Align align(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Table.Align.LEFT;
        }
        return switch (alignment) {
            case RIGHT -> Table.Align.RIGHT;
            case CENTER -> Table.Align.CENTER;
            default -> Table.Align.LEFT;
        };
    }

    private void inlines(Node parent, boolean bold, boolean italic, String link, List<Span> into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> into.add(new Span(FrenchTypography.apply(text.getLiteral()), bold, italic, link));
                case Code code -> into.add(new Span(code.getLiteral(), bold, italic, link));
                case HtmlInline html -> into.add(new Span(html.getLiteral(), bold, italic, link));
                case StrongEmphasis strong -> inlines(strong, true, italic, link, into);
                case Emphasis emphasis -> inlines(emphasis, bold, true, link, into);
                case Link anchor -> inlines(anchor, bold, italic, safeLink(anchor.getDestination()), into);
                case SoftLineBreak ignored -> into.add(new Span(" ", bold, italic, link));
                case HardLineBreak ignored -> into.add(new Span("\n", false, false, null));
                default -> inlines(node, bold, italic, link, into);
            }
        }
    }

    private static String safeLink(String destination) {
        return destination != null && SAFE_LINK.matcher(destination.strip()).matches() ? destination.strip() : null;
    }

    /** Neighbouring runs of the same style become one, so that renderers draw fewer, longer runs. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        boolean joined = false;
        for (Span span : spans) {
            if (span.text() == null || span.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && !span.isLineBreak()) {
                Span last = merged.getLast();
                if (!last.isLineBreak() && last.bold() == span.bold() && last.italic() == span.italic()
                        && java.util.Objects.equals(last.link(), span.link())) {
                    merged.set(merged.size() - 1, new Span(last.text() + span.text(), last.bold(), last.italic(), last.link()));
                    joined = true;
                    continue;
                }
            }
            merged.add(span);
        }
        if (!joined) {
            return merged;
        }
        // Typography again across the joined runs ("99" + " %" typed in two runs).
        return merged.stream().map(s -> s.isLineBreak() ? s
                : new Span(FrenchTypography.apply(s.text()), s.bold(), s.italic(), s.link())).toList();
    }

    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString().strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text t -> text.append(t.getLiteral());
                case Code c -> text.append(c.getLiteral());
                case SoftLineBreak ignored -> text.append(' ');
                case HardLineBreak ignored -> text.append(' ');
                default -> appendText(child, text);
            }
        }
    }
}
