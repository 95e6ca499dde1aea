package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.TableOfContents;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

import java.util.List;
import java.util.Map;

/**
 * The table of contents: one row per entry, its title (a link to the heading) with a dotted leader,
 * and its page number in a column of its own, so that the rows break the same whatever the
 * numbers: the first pass lays the ToC out with blanks, the second with the pages the first found.
 */
final class PdfToc {

    private final Document document;
    private final Map<String, Integer> pages;

    PdfToc(Document document, Map<String, Integer> pages) {
        this.document = document;
        this.pages = pages;
    }

    void write(TableOfContents toc, List<Heading> entries) {
        document.add(new Paragraph(new Chunk(toc.title(), PdfStyle.bold(23, PdfStyle.NAVY))));
        document.add(Texts.rule(2f, 18, PdfStyle.ACCENT, -8, 22));

        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {0.9f, 0.1f});
        table.setSplitLate(false);
        for (Heading entry : entries) {
            boolean part = entry.role() == HeadingRole.PART;
            Font font = part ? PdfStyle.bold(11, PdfStyle.NAVY) : PdfStyle.regular(10, PdfStyle.INK);
            Chunk text = new Chunk(entry.fullText(), font);
            text.setLocalGoto(entry.anchor());
            Phrase line = new Phrase();
            line.setLeading(font.getSize() * 1.3f);
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

            Integer page = pages.get(entry.anchor());
            Chunk number = new Chunk(page == null ? "" : String.valueOf(page), font);
            number.setLocalGoto(entry.anchor());
            Phrase numberLine = new Phrase();
            numberLine.setLeading(font.getSize() * 1.3f);
            numberLine.add(number);
            PdfPCell pageCell = new PdfPCell(numberLine);
            pageCell.setBorder(PdfPCell.NO_BORDER);
            pageCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            pageCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            pageCell.setPaddingTop(part ? 12 : 3);
            pageCell.setPaddingBottom(3);
            table.addCell(pageCell);
        }
        document.add(table);
    }
}
