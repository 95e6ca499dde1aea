package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ReportRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The report as a PDF for print and for the authority's website: A4, embedded Liberation Sans, a
 * cover, a table of contents whose page numbers are right, bookmarks, running header and footer,
 * a draft's watermark. Accessible and archivable: tagged (PDF/UA-1, {@link PdfTags}), PDF/A-2a
 * ({@link PdfMetadata}). The ToC is laid out with blanks for its page numbers, filled in once the
 * whole document is laid out (see {@link PdfToc}).
 */
@Component
public class PdfRenderer implements ReportRenderer {

    static final float MARGIN_SIDE = 64;
    static final float MARGIN_TOP = 84;
    static final float MARGIN_BOTTOM = 80;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public byte[] render(ReportDocument report) {
        Map<String, Heading> headings = new HashMap<>();
        report.headings().forEach(heading -> headings.put(heading.anchor(), heading));
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfMetadata metadata = new PdfMetadata(report.info());
        metadata.before(document, writer);
        PdfTags tags = new PdfTags(writer);
        PageFurniture furniture = new PageFurniture(report.info(), headings, tags);
        writer.setPageEvent(furniture);
        document.open();
        metadata.opened(writer);
        tags.open();
        new PdfCover(document, writer, tags).write(report.cover());
        PdfFlow flow = new PdfFlow(document, writer, tags);
        PdfToc toc = new PdfToc(flow, writer);
        new PdfBody(document, writer, report, toc, flow).write();
        toc.number(furniture.pages());
        metadata.beforeClose(writer);
        document.close();
        return out.toByteArray();
    }
}
