package fr.recueil.export.html;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.Picture;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static fr.recueil.export.html.HtmlText.escape;

/**
 * Walks one report and writes its markup. The cover title is the only {@code h1}; the document's
 * headings follow one level below theirs (level 1 → {@code h2} … level 5 → {@code h6}), so the
 * outline never skips a level. Each stretch between two page breaks is a sheet: a white page on
 * screen, a new page in print.
 */
final class HtmlWriter {

    static final String ROOT_CLASS = "recueil-doc";

    private final ReportDocument document;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    HtmlWriter(ReportDocument document) {
        this.document = document;
    }

    /** The document inside one root element; {@code standalone} makes its body the page's main landmark. */
    String body(boolean standalone) {
        out.setLength(0);
        out.append("<div class=\"").append(ROOT_CLASS).append(document.info().draft() ? " draft" : "")
                .append("\" lang=\"").append(escape(language())).append("\">");
        if (document.info().draft() && document.info().draftMark() != null) {
            // inside a labelled region: every piece of the page belongs to a landmark
            out.append("<section class=\"draft-region\" aria-label=\"");
            escape(out, document.info().draftMark()).append("\">");
            out.append("<p class=\"draft-banner\" role=\"note\"><span class=\"draft-mark\">");
            escape(out, document.info().draftMark()).append("</span>");
            if (document.cover().notice() != null) {
                out.append(" <span class=\"draft-notice\">");
                escape(out, document.cover().notice()).append("</span>");
            }
            out.append("</p></section>");
        }
        cover(document.cover());
        String container = standalone ? "main" : "div";
        out.append('<').append(container).append(" class=\"doc-body\">");
        for (List<DocBlock> page : pages()) {
            out.append("<section class=\"sheet").append(pageClass(page)).append("\">");
            page.forEach(this::block);
            out.append("</section>");
        }
        out.append("</").append(container).append("></div>");
        return out.toString();
    }

    /** The nested list of the table of contents: parts and chapters, each a link to its anchor. */
    String toc() {
        StringBuilder toc = new StringBuilder(4096);
        List<Heading> entries = document.tocEntries();
        toc.append("<ol class=\"toc-list\">");
        if (!entries.isEmpty()) {
            int base = entries.stream().mapToInt(Heading::level).min().orElse(1);
            int current = -1;
            for (Heading entry : entries) {
                int level = current < 0 ? base : Math.max(base, Math.min(entry.level(), current + 1));
                if (current < 0) {
                    current = level;
                } else if (level > current) {
                    toc.append("<ol>");
                    current = level;
                } else {
                    toc.append("</li>");
                    for (; current > level; current--) {
                        toc.append("</ol></li>");
                    }
                }
                toc.append("<li class=\"toc-").append(roleClass(entry.role())).append("\"><a href=\"#");
                escape(toc, entry.anchor()).append("\">");
                if (entry.number() != null) {
                    toc.append("<span class=\"toc-number\">");
                    escape(toc, entry.number()).append("</span> ");
                }
                toc.append("<span class=\"toc-text\">");
                escape(toc, entry.text()).append("</span></a>");
            }
            toc.append("</li>");
            for (; current > base; current--) {
                toc.append("</ol></li>");
            }
        }
        return toc.append("</ol>").toString();
    }

    String language() {
        String language = document.info().language();
        return language == null || language.isBlank() ? "fr" : language;
    }

    private List<List<DocBlock>> pages() {
        List<List<DocBlock>> pages = new ArrayList<>();
        List<DocBlock> page = new ArrayList<>();
        for (DocBlock block : document.body()) {
            if (block instanceof PageBreak) {
                if (!page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
            } else {
                page.add(block);
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static String pageClass(List<DocBlock> page) {
        DocBlock first = page.getFirst();
        if (first instanceof TableOfContents) {
            return " page-toc";
        }
        if (first instanceof Heading heading) {
            return " page-" + roleClass(heading.role());
        }
        return "";
    }

    private static String roleClass(HeadingRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private void cover(Cover cover) {
        out.append("<header class=\"cover sheet\">");
        out.append("<div class=\"cover-top\">");
        if (cover.logo() != null) {
            String alt = cover.authority() != null ? cover.authority() : cover.title();
            out.append("<img class=\"cover-logo\"");
            image(cover.logo(), alt);
        }
        if (cover.authority() != null) {
            out.append("<p class=\"cover-authority\">");
            escape(out, cover.authority()).append("</p>");
        }
        out.append("</div><div class=\"cover-main\"><h1 class=\"cover-title\">");
        escape(out, cover.title()).append("</h1>");
        if (cover.subtitle() != null) {
            out.append("<p class=\"cover-subtitle\">");
            escape(out, cover.subtitle()).append("</p>");
        }
        out.append("</div><div class=\"cover-bottom\">");
        if (cover.yearLabel() != null) {
            out.append("<p class=\"cover-year\">");
            escape(out, cover.yearLabel()).append("</p>");
        }
        if (cover.notice() != null) {
            out.append("<p class=\"cover-notice\">");
            escape(out, cover.notice()).append("</p>");
        }
        out.append("</div></header>");
    }

    private void block(DocBlock block) {
        switch (block) {
            case Heading heading -> heading(heading);
            case Paragraph paragraph -> paragraph(paragraph);
            case BulletList list -> list(list);
            case KeyFigureGrid grid -> keyFigures(grid);
            case Table table -> table(table);
            case Figure figure -> figure(figure);
            case Timeline timeline -> timeline(timeline);
            case TableOfContents toc -> tableOfContents(toc);
            case PageBreak ignored -> {
                // Pages are cut before the blocks are written.
            }
        }
    }

    private void heading(Heading heading) {
        int tag = Math.min(6, heading.level() + 1);
        out.append("<h").append(tag).append(" id=\"");
        escape(out, heading.anchor()).append("\" class=\"h-").append(roleClass(heading.role())).append("\">");
        if (heading.number() != null) {
            out.append("<span class=\"heading-number\">");
            escape(out, heading.number()).append("</span><span class=\"visually-hidden\"> — </span>");
        }
        out.append("<span class=\"heading-text\">");
        escape(out, heading.text()).append("</span></h").append(tag).append('>');
    }

    private void paragraph(Paragraph paragraph) {
        switch (paragraph.style()) {
            case BODY -> {
                out.append("<p>");
                spans(paragraph.spans());
                out.append("</p>");
            }
            case QUOTE -> {
                out.append("<blockquote><p>");
                spans(paragraph.spans());
                out.append("</p></blockquote>");
            }
            case NOTICE -> {
                out.append("<p class=\"notice\" role=\"note\">");
                spans(paragraph.spans());
                out.append("</p>");
            }
            default -> {
                out.append("<p class=\"").append(paragraph.style().name().toLowerCase(Locale.ROOT)).append("\">");
                spans(paragraph.spans());
                out.append("</p>");
            }
        }
    }

    private void spans(List<Span> spans) {
        for (Span span : spans) {
            if (span.isLineBreak()) {
                out.append("<br>");
                continue;
            }
            boolean link = HtmlText.isSafeLink(span.link());
            if (link) {
                out.append("<a href=\"");
                escape(out, span.link().strip()).append("\" rel=\"noopener\" target=\"_blank\">");
            }
            if (span.bold()) {
                out.append("<strong>");
            }
            if (span.italic()) {
                out.append("<em>");
            }
            text(span.text());
            if (span.italic()) {
                out.append("</em>");
            }
            if (span.bold()) {
                out.append("</strong>");
            }
            if (link) {
                out.append("</a>");
            }
        }
    }

    /** Escaped text, its line breaks kept. */
    private void text(String text) {
        if (text == null) {
            return;
        }
        int start = 0;
        for (int newLine = text.indexOf('\n'); newLine >= 0; newLine = text.indexOf('\n', start)) {
            escape(out, text.substring(start, newLine)).append("<br>");
            start = newLine + 1;
        }
        escape(out, start == 0 ? text : text.substring(start));
    }

    private void list(BulletList list) {
        if (list.ordered()) {
            out.append("<ol");
            if (list.start() != 1) {
                out.append(" start=\"").append(list.start()).append('"');
            }
            out.append('>');
        } else {
            out.append("<ul>");
        }
        for (BulletList.ListItem item : list.items()) {
            out.append("<li>");
            boolean single = item.blocks().size() == 1 && item.blocks().getFirst() instanceof Paragraph p
                    && p.style() == ParagraphStyle.BODY;
            if (single) {
                spans(((Paragraph) item.blocks().getFirst()).spans());
            } else {
                item.blocks().forEach(this::block);
            }
            out.append("</li>");
        }
        out.append(list.ordered() ? "</ol>" : "</ul>");
    }

    private void keyFigures(KeyFigureGrid grid) {
        out.append("<div class=\"key-figures\">");
        if (grid.heading() != null) {
            out.append("<p class=\"key-figures-title\">");
            escape(out, grid.heading()).append("</p>");
        }
        out.append("<ul class=\"key-figures-grid\" role=\"list\">");
        for (KeyFigureGrid.KeyFigureCell figure : grid.figures()) {
            out.append("<li class=\"kf").append(figure.isSentence() ? " kf-sentence" : "").append("\">");
            if (!figure.isSentence()) {
                out.append("<span class=\"kf-value\">");
                escape(out, figure.value()).append("</span> ");
            }
            out.append("<span class=\"kf-label\">");
            escape(out, figure.label()).append("</span>");
            if (figure.variation() != null) {
                out.append("<span class=\"kf-variation kf-").append(figure.trend().name().toLowerCase(Locale.ROOT)).append("\">");
                escape(out, figure.variation()).append("</span>");
            }
            if (figure.previous() != null) {
                out.append("<span class=\"kf-previous\">");
                escape(out, figure.previous()).append("</span>");
            }
            if (figure.note() != null) {
                out.append("<span class=\"kf-note\">");
                escape(out, figure.note()).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul></div>");
    }

    private void table(Table table) {
        out.append("<div class=\"table-wrap\"><table class=\"t-").append(table.kind().name().toLowerCase(Locale.ROOT)).append("\">");
        if (table.caption() != null) {
            out.append("<caption>");
            escape(out, table.caption()).append("</caption>");
        }
        out.append("<thead><tr>");
        for (int i = 0; i < table.header().size(); i++) {
            out.append("<th scope=\"col\"").append(align(table, i)).append('>');
            spans(table.header().get(i).spans());
            out.append("</th>");
        }
        out.append("</tr></thead>");
        if (!table.rows().isEmpty()) {
            out.append("<tbody>");
            for (List<Table.Cell> row : table.rows()) {
                row(table, row, "td");
            }
            out.append("</tbody>");
        }
        if (table.totalRow() != null) {
            out.append("<tfoot>");
            row(table, table.totalRow(), "th");
            out.append("</tfoot>");
        }
        out.append("</table></div>");
    }

    private void row(Table table, List<Table.Cell> cells, String firstCellTag) {
        out.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            String tag = i == 0 ? firstCellTag : "td";
            out.append('<').append(tag);
            if (i == 0 && "th".equals(tag)) {
                out.append(" scope=\"row\"");
            }
            out.append(align(table, i, cells.get(i).indent())).append('>');
            spans(cells.get(i).spans());
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>");
    }

    private static String align(Table table, int column) {
        return align(table, column, 0);
    }

    /** The cell's classes: its column's alignment, and its indent (a budget's "dont" line). */
    private static String align(Table table, int column, int indent) {
        String classes = switch (table.columns().get(column)) {
            case LEFT -> "";
            case RIGHT -> "num";
            case CENTER -> "center";
        };
        if (indent > 0) {
            classes = (classes + " indent-" + Math.min(indent, 3)).strip();
        }
        return classes.isEmpty() ? "" : " class=\"" + classes + "\"";
    }

    private void figure(Figure figure) {
        out.append("<figure><img");
        image(figure.picture(), figure.alt() != null && !figure.alt().isBlank() ? figure.alt() : figure.caption());
        if (figure.caption() != null) {
            out.append("<figcaption>");
            escape(out, figure.caption()).append("</figcaption>");
        }
        out.append("</figure>");
    }

    /** The rest of an {@code <img>} tag: the picture inlined as a data URI, its size and its text. */
    private void image(Picture picture, String alt) {
        out.append(" src=\"data:");
        escape(out, picture.mediaType()).append(";base64,").append(Base64.getEncoder().encodeToString(picture.data()))
                .append("\" alt=\"");
        escape(out, alt == null ? "" : alt).append('"');
        if (picture.width() > 0 && picture.height() > 0) {
            out.append(" width=\"").append(picture.width()).append("\" height=\"").append(picture.height()).append('"');
        }
        out.append('>');
    }

    private void timeline(Timeline timeline) {
        out.append("<ol class=\"timeline\">");
        for (Timeline.Event event : timeline.events()) {
            out.append("<li><time");
            String machine = MachineDates.of(event.date());
            if (machine != null) {
                out.append(" datetime=\"").append(machine).append('"');
            }
            out.append('>');
            escape(out, event.date()).append("</time> <span class=\"timeline-text\">");
            spans(event.text());
            out.append("</span></li>");
        }
        out.append("</ol>");
    }

    private void tableOfContents(TableOfContents toc) {
        out.append("<nav class=\"toc\" aria-label=\"");
        escape(out, toc.title()).append("\"><h2 class=\"toc-title\">");
        escape(out, toc.title()).append("</h2>").append(toc()).append("</nav>");
    }
}
