package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Span;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.draw.DrawInterface;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

import java.awt.Color;
import java.util.List;

/**
 * Styled runs as OpenPDF chunks, every chunk with one of our embedded fonts (a chunk without a
 * font would fall back to the standard, unembedded Helvetica).
 */
final class Texts {

    private Texts() {
    }

    /**
     * An empty paragraph with our font: OpenPDF draws a paragraph's spacing with a blank in the
     * paragraph's own font, which would otherwise be Helvetica.
     */
    static Paragraph paragraph() {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(PdfStyle.regular(PdfStyle.BODY_SIZE, PdfStyle.INK));
        return paragraph;
    }

    static Paragraph paragraph(List<Span> spans, float size, Color color, boolean italic, float leading) {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(PdfStyle.font(size, false, italic, color));
        paragraph.setLeading(0, leading);
        addSpans(paragraph, spans, size, color, italic);
        return paragraph;
    }

    static Phrase phrase(List<Span> spans, float size, Color color, boolean bold, float leading) {
        Phrase phrase = new Phrase();
        phrase.setFont(PdfStyle.font(size, bold, false, color));
        phrase.setLeading(size * leading);
        for (Span span : spans) {
            phrase.add(chunk(span, size, color, bold, false));
        }
        return phrase;
    }

    static void addSpans(Phrase target, List<Span> spans, float size, Color color, boolean italic) {
        for (Span span : spans) {
            target.add(chunk(span, size, color, false, italic));
        }
    }

    static Chunk chunk(Span span, float size, Color color, boolean bold, boolean italic) {
        boolean link = span.link() != null;
        Font font = PdfStyle.font(size, bold || span.bold(), italic || span.italic(), link ? PdfStyle.ACCENT : color);
        Chunk chunk = new Chunk(span.text(), font);
        if (link) {
            chunk.setGenericTag(PdfLinks.web(span.link(), span.text()));
            chunk.setUnderline(0.5f, -1.5f);
        }
        return chunk;
    }

    /** A drawn separator (rule, dotted leader); it too needs our font, or Helvetica creeps in. */
    static Chunk separator(DrawInterface drawing) {
        Chunk chunk = new Chunk(drawing);
        chunk.setFont(PdfStyle.regular(PdfStyle.BODY_SIZE, PdfStyle.INK));
        return chunk;
    }

    /**
     * A horizontal rule of a fraction of the text width, drawn as a table's filled cell: a line
     * separator in a paragraph stops short of the right margin.
     */
    static PdfPTable rule(float thickness, float percent, Color color, float spaceBefore, float spaceAfter) {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(percent);
        rule.setHorizontalAlignment(Element.ALIGN_LEFT);
        rule.setSpacingBefore(spaceBefore);
        rule.setSpacingAfter(spaceAfter);
        PdfPCell line = new PdfPCell();
        line.setBorder(PdfPCell.NO_BORDER);
        line.setBackgroundColor(color);
        line.setFixedHeight(thickness);
        line.setPadding(0);
        rule.addCell(line);
        return rule;
    }
}
