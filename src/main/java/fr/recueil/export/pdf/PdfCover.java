package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Cover;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;

/** The cover: the authority and its logo above a navy panel holding the year, the title and the subtitle. */
final class PdfCover {

    private static final Color PANEL_TEXT = new Color(0xD6, 0xE6, 0xEE);
    private static final Color YEAR = new Color(0x5F, 0xA8, 0xB8);

    private final Document document;
    private final PdfWriter writer;
    private final PdfTags tags;

    PdfCover(Document document, PdfWriter writer, PdfTags tags) {
        this.document = document;
        this.writer = writer;
        this.tags = tags;
    }

    /** Adds {@code element} to {@code column} and draws it, as the content of {@code tag}. */
    private void draw(ColumnText column, PdfStructureElement tag, Element element) {
        column.addElement(element);
        tags.begin(column.getCanvas(), tag);
        column.go();
        tags.end(column.getCanvas());
    }

    void write(Cover cover) {
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float panelTop = page.getHeight() * 0.62f;

        PdfContentByte under = writer.getDirectContentUnder();
        PdfTags.artifact(under);
        under.saveState();
        under.setColorFill(PdfStyle.NAVY);
        under.rectangle(0, 0, page.getWidth(), panelTop);
        under.fill();
        under.setColorFill(PdfStyle.ACCENT);
        under.rectangle(0, panelTop, page.getWidth(), 6);
        under.fill();
        // Two discs cut by the page's edge: the report's mark, whatever the authority's logo.
        under.setColorFill(PdfStyle.TINT);
        under.circle(page.getWidth() - 40, page.getHeight() - 60, 150);
        under.fill();
        under.setColorFill(YEAR);
        under.circle(page.getWidth() - 150, panelTop + 60, 42);
        under.fill();
        under.setColorFill(PdfStyle.ACCENT);
        under.circle(page.getWidth(), 90, 110);
        under.fill();
        under.restoreState();
        PdfTags.endArtifact(under);
        PdfStructureElement root = tags.document();

        PdfContentByte canvas = writer.getDirectContent();
        float top = page.getHeight() - 64;
        ColumnText head = new ColumnText(canvas);
        head.setSimpleColumn(left, panelTop + 30, right, top);
        Image logo = logo(cover);
        if (logo != null) {
            logo.scaleToFit(170, 80);
            Paragraph holder = new Paragraph(new Chunk(logo, 0, 0, true));
            holder.setSpacingAfter(18);
            PdfStructureElement figure = tags.add(root, PdfTags.FIGURE);
            PdfTags.alt(figure, cover.authority() == null ? "Logo" : "Logo : " + cover.authority());
            draw(head, figure, holder);
        }
        if (cover.authority() != null) {
            Paragraph authority = new Paragraph(new Chunk(cover.authority(), PdfStyle.bold(14, PdfStyle.NAVY)));
            authority.setLeading(0, 1.25f);
            draw(head, tags.add(root, PdfTags.P), authority);
        }

        ColumnText panel = new ColumnText(canvas);
        panel.setSimpleColumn(left, 70, right, panelTop - 40);
        Paragraph year = new Paragraph(new Chunk(cover.yearLabel(), PdfStyle.bold(64, YEAR)));
        year.setLeading(0, 1.0f);
        year.setSpacingAfter(14);
        draw(panel, tags.add(root, PdfTags.P), year);
        Paragraph title = new Paragraph(new Chunk(cover.title(), PdfStyle.bold(34, PdfStyle.WHITE)));
        title.setLeading(0, 1.12f);
        title.setSpacingAfter(12);
        draw(panel, tags.heading(root, 1), title);
        if (cover.subtitle() != null) {
            Paragraph subtitle = new Paragraph(new Chunk(cover.subtitle(), PdfStyle.regular(15, PANEL_TEXT)));
            subtitle.setLeading(0, 1.3f);
            subtitle.setSpacingAfter(12);
            draw(panel, tags.add(root, PdfTags.P), subtitle);
        }
        if (cover.notice() != null) {
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingBefore(18);
            PdfPCell cell = new PdfPCell(new Paragraph(new Chunk(cover.notice(), PdfStyle.bold(10.5f, PdfStyle.INK))));
            cell.setBackgroundColor(PdfStyle.NOTICE_TINT);
            cell.setUseVariableBorders(true);
            cell.setBorder(PdfPCell.LEFT);
            cell.setBorderWidthLeft(4);
            cell.setBorderColorLeft(PdfStyle.NOTICE_BORDER);
            cell.setPadding(9);
            cell.setPaddingLeft(12);
            box.addCell(cell);
            draw(panel, tags.add(root, PdfTags.P), box);
        }
        writer.setPageEmpty(false);
        document.newPage();
    }

    private static Image logo(Cover cover) {
        if (cover.logo() == null) {
            return null;
        }
        try {
            return Image.getInstance(cover.logo().data());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
