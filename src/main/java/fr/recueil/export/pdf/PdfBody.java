package fr.recueil.export.pdf;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays the report's body out, block after block, through the tagged {@link PdfFlow}: every block is
 * drawn as the content of its structure element (headings H1–H6 by level, P, L/LI/LBody, Table,
 * Figure with its alternative text, key-figure cards).
 */
final class PdfBody {

    /** How far down its page a part's title stands. */
    private static final float PART_DROP = 190f;
    /** Room a heading keeps for what follows it when the next block's start cannot be measured. */
    private static final float MIN_AFTER_HEADING = 48f;

    private final Document document;
    private final PdfWriter writer;
    private final ReportDocument report;
    private final PdfToc toc;
    private final PdfFlow flow;
    private final PdfTags tags;
    private final PdfTables tables;
    private final PdfStructureElement root;
    private int headingLevel = 1;

    PdfBody(Document document, PdfWriter writer, ReportDocument report, PdfToc toc, PdfFlow flow) {
        this.document = document;
        this.writer = writer;
        this.report = report;
        this.toc = toc;
        this.flow = flow;
        this.tags = flow.tags();
        this.root = tags.document();
        this.tables = new PdfTables(flow);
    }

    void write() {
        List<DocBlock> body = report.body();
        for (int i = 0; i < body.size(); i++) {
            DocBlock block = body.get(i);
            DocBlock next = i + 1 < body.size() ? body.get(i + 1) : null;
            switch (block) {
                case PageBreak ignored -> flow.newPage();
                case TableOfContents contents -> toc.write(contents, report.tocEntries());
                case Heading heading -> heading(heading, next);
                case Paragraph paragraph -> paragraph(root, paragraph);
                case BulletList list -> {
                    if (i > 0 && body.get(i - 1) instanceof Heading h && h.role() == HeadingRole.PART) {
                        partContents(list);
                    } else {
                        list(root, list, 0);
                    }
                }
                case KeyFigureGrid grid -> tables.keyFigures(root, grid, Math.min(6, headingLevel + 1));
                case Table table -> tables.table(root, table);
                case Figure figure -> figure(figure);
                case Timeline timeline -> tables.timeline(root, timeline);
            }
        }
    }

    // --- headings

    private void heading(Heading heading, DocBlock next) {
        headingLevel = heading.level();
        switch (heading.role()) {
            case PART -> part(heading);
            case CHAPTER, FRONT -> {
                if (heading.level() <= 2) {
                    chapter(heading, next);
                } else {
                    section(heading, heading.level(), next);
                }
            }
            case SECTION, SUBSECTION -> section(heading, heading.level(), next);
        }
    }

    private static Chunk anchored(Heading heading, Font font) {
        Chunk chunk = new Chunk(heading.text(), font);
        chunk.setGenericTag(heading.anchor());
        chunk.setLocalDestination(heading.anchor());
        return chunk;
    }

    private void part(Heading heading) {
        // A band down the page's left edge marks a part page out when leafing through.
        PdfContentByte under = writer.getDirectContentUnder();
        PdfTags.artifact(under);
        under.saveState();
        under.setColorFill(PdfStyle.NAVY);
        under.rectangle(0, 0, 22, document.getPageSize().getHeight());
        under.fill();
        under.setColorFill(PdfStyle.ACCENT);
        under.rectangle(document.left(), document.top() - PART_DROP + 6, 56, 5);
        under.fill();
        under.restoreState();
        PdfTags.endArtifact(under);

        flow.drop(PART_DROP - 14);
        org.openpdf.text.Paragraph title = Texts.paragraph();
        title.setLeading(36, 0);
        title.add(anchored(heading, PdfStyle.bold(30, PdfStyle.NAVY)));
        flow.text(tags.heading(root, heading.level()), List.of(title));
        flow.drop(30);
    }

    private void partContents(BulletList list) {
        Font font = PdfStyle.regular(12.5f, PdfStyle.INK);
        PdfStructureElement l = tags.add(root, PdfTags.L);
        for (BulletList.ListItem item : list.items()) {
            PdfStructureElement body = tags.add(tags.add(l, PdfTags.LI), PdfTags.LBODY);
            for (DocBlock block : item.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    org.openpdf.text.Paragraph line = Texts.paragraph(paragraph.spans(), 12.5f, PdfStyle.INK, false, 1.3f);
                    line.setFont(font);
                    flow.text(body, List.of(line));
                    flow.decoration(Texts.rule(0.5f, 100, PdfStyle.RULE, 6, 9));
                }
            }
        }
    }

    private void chapter(Heading heading, DocBlock next) {
        List<Element> content = new ArrayList<>();
        if (heading.number() != null) {
            Chunk number = new Chunk(heading.number().toUpperCase(Locale.FRENCH), PdfStyle.bold(10, PdfStyle.ACCENT));
            number.setCharacterSpacing(1.6f);
            org.openpdf.text.Paragraph label = Texts.paragraph();
            label.setLeading(14, 0);
            label.add(number);
            label.setSpacingAfter(4);
            content.add(label);
        }
        org.openpdf.text.Paragraph title = Texts.paragraph();
        title.setLeading(27, 0);
        title.add(anchored(heading, PdfStyle.bold(23, PdfStyle.NAVY)));
        content.add(title);
        flow.ensureRoom(flow.height(content) + 34 + tables.startHeight(next));
        flow.text(tags.heading(root, heading.level()), content);
        flow.decoration(Texts.rule(2.5f, 14, PdfStyle.ACCENT, 10, 20));
    }

    private void section(Heading heading, int level, DocBlock next) {
        boolean section = heading.role() == HeadingRole.SECTION || heading.role() == HeadingRole.FRONT;
        float size = section ? 15 : level <= 4 ? 12 : 11;
        Color color = section ? PdfStyle.NAVY : PdfStyle.ACCENT;
        org.openpdf.text.Paragraph title = Texts.paragraph();
        title.setLeading(size * 1.25f, 0);
        title.add(anchored(heading, PdfStyle.bold(size, color)));
        float before = section ? 16 : 10;
        float after = section ? 15 : 4;
        flow.ensureRoom(before + flow.height(List.of(title)) + after + tables.startHeight(next));
        flow.space(before);
        flow.text(tags.heading(root, level), List.of(title));
        if (section) {
            flow.decoration(Texts.rule(0.6f, 100, PdfStyle.RULE, 4, 9));
        } else {
            flow.space(after);
        }
    }

    // --- paragraphs and lists

    private void paragraph(PdfStructureElement parent, Paragraph paragraph) {
        switch (paragraph.style()) {
            case BODY -> plain(parent, paragraph, PdfStyle.BODY_SIZE, PdfStyle.INK, PdfStyle.BODY_LEADING, 7);
            case LEAD -> plain(parent, paragraph, 12.5f, PdfStyle.NAVY, 1.4f, 10);
            case NOTE -> plain(parent, paragraph, 8.5f, PdfStyle.GREY, 1.35f, 6);
            case QUOTE -> boxed(tags.add(parent, PdfTags.BLOCK_QUOTE),
                    Texts.paragraph(paragraph.spans(), 11.5f, PdfStyle.NAVY, true, 1.45f), PdfStyle.ACCENT, null);
            case NOTICE -> boxed(tags.add(parent, PdfTags.P),
                    Texts.paragraph(paragraph.spans(), 10.5f, PdfStyle.INK, false, 1.45f), PdfStyle.NOTICE_BORDER,
                    PdfStyle.NOTICE_TINT);
        }
    }

    private void plain(PdfStructureElement parent, Paragraph paragraph, float size, Color color, float leading, float after) {
        org.openpdf.text.Paragraph p = Texts.paragraph(paragraph.spans(), size, color, false, leading);
        flow.paragraph(tags.add(parent, PdfTags.P), List.of(p), size * leading);
        flow.space(after);
    }

    /** A paragraph set off by a coloured bar on its left, on a tint when one is given. */
    private void boxed(PdfStructureElement tag, org.openpdf.text.Paragraph paragraph, Color bar, Color tint) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        box.setSpacingAfter(12);
        PdfPCell cell = new PdfPCell();
        cell.setUseVariableBorders(true);
        cell.setBorder(PdfPCell.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(bar);
        cell.setPaddingLeft(14);
        cell.setPaddingRight(12);
        cell.setPaddingTop(tint == null ? 2 : 9);
        cell.setPaddingBottom(tint == null ? 6 : 11);
        if (tint != null) {
            cell.setBackgroundColor(tint);
        }
        cell.addElement(paragraph);
        box.addCell(cell);
        flow.box(tag, box);
    }

    private void list(PdfStructureElement parent, BulletList list, int depth) {
        Font symbolFont = PdfStyle.bold(PdfStyle.BODY_SIZE, PdfStyle.ACCENT);
        PdfStructureElement l = tags.add(parent, PdfTags.L);
        int number = list.start();
        float indentation = depth == 0 ? 4 : 4 + depth * (list.ordered() ? 18 : 13);
        for (BulletList.ListItem item : list.items()) {
            PdfStructureElement body = tags.add(tags.add(l, PdfTags.LI), PdfTags.LBODY);
            org.openpdf.text.List out = new org.openpdf.text.List(list.ordered(), list.ordered() ? 18 : 13);
            out.setListSymbol(new Chunk(depth == 0 ? "•" : "–", symbolFont));
            if (list.ordered()) {
                out.setFirst(number);
                out.setPostSymbol(".");
            }
            number++;
            out.setIndentationLeft(indentation);
            ListItem listItem = new ListItem();
            listItem.setFont(PdfStyle.regular(PdfStyle.BODY_SIZE, PdfStyle.INK));
            listItem.setLeading(0, PdfStyle.BODY_LEADING);
            listItem.setSpacingAfter(3);
            boolean first = true;
            for (DocBlock block : item.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    if (!first) {
                        listItem.add(new Chunk("\n", PdfStyle.regular(PdfStyle.BODY_SIZE, PdfStyle.INK)));
                    }
                    Texts.addSpans(listItem, paragraph.spans(), PdfStyle.BODY_SIZE, PdfStyle.INK, false);
                    first = false;
                } else if (block instanceof BulletList nested) {
                    if (!first) {
                        out.add(listItem);
                        flow.text(body, List.of(out));
                        listItem = null;
                    }
                    list(body, nested, depth + 1);
                    first = true;
                    listItem = new ListItem();
                    listItem.setFont(PdfStyle.regular(PdfStyle.BODY_SIZE, PdfStyle.INK));
                    listItem.setLeading(0, PdfStyle.BODY_LEADING);
                    out = new org.openpdf.text.List(false, list.ordered() ? 18 : 13);
                    out.setListSymbol(new Chunk(" ", symbolFont));
                    out.setIndentationLeft(indentation);
                }
            }
            if (!first) {
                out.add(listItem);
                flow.text(body, List.of(out));
            }
        }
        if (depth == 0) {
            flow.space(8);
        }
    }

    // --- figures

    private void figure(Figure figure) {
        Image image;
        try {
            image = Image.getInstance(figure.picture().data());
        } catch (IOException | RuntimeException unreadable) {
            // An image that cannot be decoded: its alternative text stands in for it.
            Paragraph standIn = Paragraph.of(figure.alt(), fr.recueil.assembly.document.ParagraphStyle.NOTE);
            paragraph(root, standIn);
            return;
        }
        float maxHeight = flow.pageHeight() * 0.55f;
        image.scaleToFit(flow.width(), maxHeight);
        PdfStructureElement tag = tags.add(root, PdfTags.FIGURE);
        PdfTags.alt(tag, figure.alt());
        org.openpdf.text.Paragraph caption = null;
        float height = image.getScaledHeight() + 20;
        if (figure.caption() != null) {
            caption = new org.openpdf.text.Paragraph(Texts.phrase(List.of(Span.italic(figure.caption())),
                    9, PdfStyle.GREY, false, 1.3f));
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setFont(PdfStyle.italic(9, PdfStyle.GREY));
            height += flow.height(List.of(caption)) + 6;
        }
        flow.ensureRoom(height);
        flow.space(8);
        flow.image(tag, image);
        if (caption != null) {
            flow.space(6);
            flow.text(tags.add(tag, PdfTags.CAPTION), List.of(caption));
        }
        flow.space(12);
    }
}
