package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.TableOfContents;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table of contents: one row per entry, its title (a link to the heading) with a dotted leader,
 * and its page number. A page is only known once the rest is laid out, so each number is a blank
 * of fixed width (a form XObject) that {@link #number} writes into once the document is laid out:
 * the rows break the same whatever the numbers, and no second layout pass is needed.
 */
final class PdfToc {

    private static final float NUMBER_WIDTH = 36f;

    private final PdfFlow flow;
    private final PdfWriter writer;
    private final List<Blank> blanks = new ArrayList<>();

    private record Blank(String anchor, PdfTemplate template, Font font) {
    }

    PdfToc(PdfFlow flow, PdfWriter writer) {
        this.flow = flow;
        this.writer = writer;
    }

    void write(TableOfContents toc, List<Heading> entries) {
        Paragraph heading = Texts.paragraph();
        heading.setLeading(27, 0);
        heading.add(new Chunk(toc.title(), PdfStyle.bold(23, PdfStyle.NAVY)));
        PdfTags tags = flow.tags();
        flow.text(tags.heading(tags.document(), 1), List.of(heading));
        flow.decoration(Texts.rule(2.5f, 14, PdfStyle.ACCENT, 10, 22));

        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {0.92f, 0.08f});
        table.setSplitLate(false);
        for (Heading entry : entries) {
            boolean part = entry.role() == HeadingRole.PART;
            Font font = part ? PdfStyle.bold(11, PdfStyle.NAVY) : PdfStyle.regular(10, PdfStyle.INK);
            float leading = font.getSize() * 1.3f;
            Chunk text = new Chunk(entry.fullText(), font);
            text.setGenericTag(PdfLinks.local(entry.anchor(), entry.fullText()));
            Phrase line = new Phrase();
            line.setLeading(leading);
            line.add(text);
            line.add(new Chunk(" ", font));
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3f);
            dots.setLineWidth(0.8f);
            dots.setLineColor(PdfStyle.LIGHT_GREY);
            dots.setOffset(2.5f);
            line.add(Texts.separator(dots));

            PdfPCell title = new PdfPCell(line);
            title.setBorder(PdfPCell.NO_BORDER);
            title.setPaddingLeft(entry.level() > 1 ? 16 : 0);
            title.setPaddingTop(part ? 12 : 3);
            title.setPaddingBottom(3);
            title.setPaddingRight(0);
            table.addCell(title);

            PdfTemplate template = writer.getDirectContent().createTemplate(NUMBER_WIDTH, leading);
            blanks.add(new Blank(entry.anchor(), template, font));
            Chunk number = new Chunk(Image.getInstance(template), 0, -font.getSize() * 0.3f, false);
            Phrase numberLine = new Phrase();
            numberLine.setLeading(leading);
            numberLine.add(number);
            PdfPCell page = new PdfPCell(numberLine);
            page.setBorder(PdfPCell.NO_BORDER);
            page.setHorizontalAlignment(Element.ALIGN_RIGHT);
            page.setVerticalAlignment(Element.ALIGN_BOTTOM);
            page.setPaddingTop(part ? 12 : 3);
            page.setPaddingBottom(3);
            page.setPaddingRight(0);
            table.addCell(page);
        }
        PdfStructureElement list = tags.add(tags.document(), PdfTags.TOC);
        flow.rows(table, r -> tags.add(list, PdfTags.TOCI));
    }

    /** Writes each entry's page into its blank, once every heading is laid out. */
    void number(Map<String, Integer> pages) {
        for (Blank blank : blanks) {
            Integer page = pages.get(blank.anchor());
            if (page == null) {
                continue;
            }
            PdfContentByte canvas = blank.template();
            canvas.beginText();
            canvas.setFontAndSize(blank.font().getBaseFont(), blank.font().getSize());
            canvas.setColorFill(blank.font().getColor());
            canvas.showTextAligned(Element.ALIGN_RIGHT, String.valueOf(page), NUMBER_WIDTH, blank.font().getSize() * 0.3f, 0);
            canvas.endText();
        }
    }
}
