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
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Lays the report's body out, block after block, on the pages of one pass. */
final class PdfBody {

    /** Room a heading needs below it to not be left alone at the bottom of a page. */
    private static final float KEEP_WITH_NEXT = 96f;
    /** How far down its page a part's title stands. */
    private static final float PART_DROP = 190f;

    private final Document document;
    private final PdfWriter writer;
    private final ReportDocument report;
    private final PdfToc toc;
    private final PdfTables tables;

    PdfBody(Document document, PdfWriter writer, ReportDocument report, PdfToc toc) {
        this.document = document;
        this.writer = writer;
        this.report = report;
        this.toc = toc;
        this.tables = new PdfTables(width());
    }

    private float width() {
        return document.right() - document.left();
    }

    void write() {
        List<DocBlock> body = report.body();
        for (int i = 0; i < body.size(); i++) {
            DocBlock block = body.get(i);
            switch (block) {
                case PageBreak ignored -> document.newPage();
                case TableOfContents contents -> toc.write(contents, report.tocEntries());
                case Heading heading -> heading(heading);
                case Paragraph paragraph -> paragraph(paragraph);
                case BulletList list -> {
                    if (i > 0 && body.get(i - 1) instanceof Heading h && h.role() == HeadingRole.PART) {
                        partContents(list);
                    } else {
                        document.add(list(list, 0));
                    }
                }
                case KeyFigureGrid grid -> {
                    if (grid.heading() != null) {
                        ensureRoom(KEEP_WITH_NEXT);
                    }
                    tables.keyFigures(grid).forEach(document::add);
                }
                case Table table -> document.add(tables.table(table));
                case Figure figure -> figure(figure);
                case Timeline timeline -> document.add(tables.timeline(timeline));
            }
        }
    }

    // --- headings

    private void heading(Heading heading) {
        switch (heading.role()) {
            case PART -> part(heading);
            case CHAPTER, FRONT -> {
                if (heading.level() <= 2) {
                    chapter(heading);
                } else {
                    section(heading, heading.level());
                }
            }
            case SECTION, SUBSECTION -> section(heading, heading.level());
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
        under.saveState();
        under.setColorFill(PdfStyle.NAVY);
        under.rectangle(0, 0, 22, document.getPageSize().getHeight());
        under.fill();
        under.setColorFill(PdfStyle.ACCENT);
        under.rectangle(document.left(), document.top() - PART_DROP + 6, 56, 5);
        under.fill();
        under.restoreState();

        // OpenPDF drops a paragraph's spacing before at the top of a page: a blank line of that height.
        org.openpdf.text.Paragraph drop = Texts.paragraph();
        drop.setLeading(PART_DROP, 0);
        drop.add(new Chunk(" ", PdfStyle.regular(PdfStyle.BODY_SIZE, PdfStyle.INK)));
        document.add(drop);
        org.openpdf.text.Paragraph title = Texts.paragraph();
        title.setLeading(36, 0);
        title.setSpacingAfter(30);
        title.add(anchored(heading, PdfStyle.bold(30, PdfStyle.NAVY)));
        document.add(title);
    }

    private void partContents(BulletList list) {
        Font font = PdfStyle.regular(12.5f, PdfStyle.INK);
        for (BulletList.ListItem item : list.items()) {
            for (DocBlock block : item.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    org.openpdf.text.Paragraph line = Texts.paragraph(paragraph.spans(), 12.5f, PdfStyle.INK, false, 1.3f);
                    line.setFont(font);
                    line.setSpacingAfter(4);
                    document.add(line);
                    document.add(Texts.rule(0.5f, 100, PdfStyle.RULE, 2, 9));
                }
            }
        }
    }

    private void chapter(Heading heading) {
        if (heading.number() != null) {
            Chunk number = new Chunk(heading.number().toUpperCase(Locale.FRENCH), PdfStyle.bold(10, PdfStyle.ACCENT));
            number.setCharacterSpacing(1.6f);
            org.openpdf.text.Paragraph label = Texts.paragraph();
            label.setLeading(14, 0);
            label.add(number);
            label.setSpacingAfter(4);
            document.add(label);
        }
        org.openpdf.text.Paragraph title = Texts.paragraph();
        title.setLeading(27, 0);
        title.add(anchored(heading, PdfStyle.bold(23, PdfStyle.NAVY)));
        document.add(title);
        document.add(Texts.rule(2.5f, 14, PdfStyle.ACCENT, 10, 20));
    }

    private void section(Heading heading, int level) {
        ensureRoom(KEEP_WITH_NEXT);
        boolean section = heading.role() == HeadingRole.SECTION || heading.role() == HeadingRole.FRONT;
        float size = section ? 15 : level <= 4 ? 12 : 11;
        Color color = section ? PdfStyle.NAVY : PdfStyle.ACCENT;
        org.openpdf.text.Paragraph title = Texts.paragraph();
        title.setLeading(size * 1.25f, 0);
        title.setSpacingBefore(section ? 16 : 10);
        title.setSpacingAfter(section ? 2 : 4);
        title.add(anchored(heading, PdfStyle.bold(size, color)));
        document.add(title);
        if (section) {
            document.add(Texts.rule(0.6f, 100, PdfStyle.RULE, 4, 9));
        }
    }

    private void ensureRoom(float needed) {
        if (writer.getVerticalPosition(true) - document.bottom() < needed) {
            document.newPage();
        }
    }

    // --- paragraphs and lists

    private void paragraph(Paragraph paragraph) {
        switch (paragraph.style()) {
            case BODY -> {
                org.openpdf.text.Paragraph p = Texts.paragraph(paragraph.spans(), PdfStyle.BODY_SIZE, PdfStyle.INK, false,
                        PdfStyle.BODY_LEADING);
                p.setSpacingAfter(7);
                document.add(p);
            }
            case LEAD -> {
                org.openpdf.text.Paragraph p = Texts.paragraph(paragraph.spans(), 12.5f, PdfStyle.NAVY, false, 1.4f);
                p.setSpacingAfter(10);
                document.add(p);
            }
            case NOTE -> {
                org.openpdf.text.Paragraph p = Texts.paragraph(paragraph.spans(), 8.5f, PdfStyle.GREY, false, 1.35f);
                p.setSpacingAfter(6);
                document.add(p);
            }
            case QUOTE -> document.add(boxed(
                    Texts.paragraph(paragraph.spans(), 11.5f, PdfStyle.NAVY, true, 1.45f), PdfStyle.ACCENT, null));
            case NOTICE -> document.add(boxed(
                    Texts.paragraph(paragraph.spans(), 10.5f, PdfStyle.INK, false, 1.45f), PdfStyle.NOTICE_BORDER,
                    PdfStyle.NOTICE_TINT));
        }
    }

    /** A paragraph set off by a coloured bar on its left, on a tint when one is given. */
    private static PdfPTable boxed(org.openpdf.text.Paragraph paragraph, Color bar, Color tint) {
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
        return box;
    }

    private Element list(BulletList list, int depth) {
        Font symbolFont = PdfStyle.bold(PdfStyle.BODY_SIZE, PdfStyle.ACCENT);
        org.openpdf.text.List out = new org.openpdf.text.List(list.ordered(), list.ordered() ? 18 : 13);
        out.setListSymbol(new Chunk(depth == 0 ? "•" : "–", symbolFont));
        if (list.ordered()) {
            out.setFirst(list.start());
            out.setPostSymbol(".");
        }
        out.setIndentationLeft(depth == 0 ? 4 : 2);
        for (BulletList.ListItem item : list.items()) {
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
                    listItem.add(list(nested, depth + 1));
                }
            }
            out.add(listItem);
        }
        if (depth == 0) {
            org.openpdf.text.Paragraph wrapper = Texts.paragraph();
            wrapper.setSpacingAfter(8);
            wrapper.add(out);
            return wrapper;
        }
        return out;
    }

    // --- figures

    private void figure(Figure figure) {
        Image image;
        try {
            image = Image.getInstance(figure.picture().data());
        } catch (IOException | RuntimeException unreadable) {
            // An image that was checked on upload but cannot be decoded: the report goes on without it.
            return;
        }
        image.setAlt(figure.alt());
        float maxHeight = (document.top() - document.bottom()) * 0.55f;
        image.scaleToFit(width(), maxHeight);
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        frame.setKeepTogether(true);
        frame.setSpacingBefore(8);
        frame.setSpacingAfter(12);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setBorder(PdfPCell.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_CENTER);
        picture.setPadding(0);
        frame.addCell(picture);
        if (figure.caption() != null) {
            PdfPCell caption = new PdfPCell(Texts.phrase(List.of(Span.italic(figure.caption())),
                    9, PdfStyle.GREY, false, 1.3f));
            caption.setBorder(PdfPCell.NO_BORDER);
            caption.setHorizontalAlignment(Element.ALIGN_CENTER);
            caption.setPaddingTop(6);
            frame.addCell(caption);
        }
        document.add(frame);
    }
}
