package fr.recueil.export.pdf;

import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.util.HashMap;
import java.util.Map;

/**
 * What every page carries besides the text: the running header and footer (not on the cover), a
 * draft's watermark; and, as the headings are laid out, the page each one landed on and its
 * bookmark.
 */
final class PageFurniture extends PdfPageEventHelper {

    private static final float HEADER_SIZE = 8f;

    private final DocumentInfo info;
    private final PdfTags tags;
    private final Map<String, Heading> headings;
    private final Map<String, Integer> pages = new HashMap<>();
    private PdfOutline currentTop;
    private PdfGState watermarkState;

    /** @param headings the headings to locate, by anchor (the generic tag of their first chunk) */
    PageFurniture(DocumentInfo info, Map<String, Heading> headings, PdfTags tags) {
        this.info = info;
        this.tags = tags;
        this.headings = headings;
    }

    /** The page each heading starts on, by anchor. */
    Map<String, Integer> pages() {
        return pages;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        if (PdfLinks.place(anchor, rect, tags) || pages.containsKey(anchor)) {
            return;
        }
        pages.put(anchor, writer.getPageNumber());
        Heading heading = headings.get(anchor);
        if (heading == null || !bookmarked(heading)) {
            return;
        }
        PdfOutline root = writer.getDirectContent().getRootOutline();
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 24, 0);
        if (heading.level() == 1) {
            currentTop = new PdfOutline(root, destination, heading.fullText(), heading.role() == HeadingRole.PART);
        } else {
            new PdfOutline(currentTop == null ? root : currentTop, destination, heading.fullText(), false);
        }
    }

    static boolean bookmarked(Heading heading) {
        return heading.role() != HeadingRole.SECTION && heading.role() != HeadingRole.SUBSECTION;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        PdfTags.pagination(canvas);
        if (writer.getPageNumber() > 1) {
            header(writer, document);
            footer(writer, document);
        }
        if (info.draft() && info.draftMark() != null) {
            watermark(writer, document);
        }
        PdfTags.endArtifact(canvas);
    }

    private void header(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.top() + 34;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(info.title(), PdfStyle.regular(HEADER_SIZE, PdfStyle.GREY)), document.left(), y, 0);
        rule(canvas, document.left(), document.right(), y - 6);
    }

    private void footer(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 36;
        rule(canvas, document.left(), document.right(), y + 12);
        if (info.authority() != null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(info.authority(), PdfStyle.regular(HEADER_SIZE, PdfStyle.GREY)), document.left(), y, 0);
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(String.valueOf(writer.getPageNumber()), PdfStyle.bold(9f, PdfStyle.NAVY)), document.right(), y, 0);
    }

    private static void rule(PdfContentByte canvas, float from, float to, float y) {
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(from, y);
        canvas.lineTo(to, y);
        canvas.stroke();
        canvas.restoreState();
    }

    private void watermark(PdfWriter writer, Document document) {
        if (watermarkState == null) {
            watermarkState = new PdfGState();
            watermarkState.setFillOpacity(0.16f);
        }
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setGState(watermarkState);
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(info.draftMark(), PdfStyle.bold(120f, PdfStyle.LIGHT_GREY)),
                page.getWidth() / 2, page.getHeight() / 2 - 40, 50);
        canvas.restoreState();
    }
}
