package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ReportRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The report as a PDF for print and for the authority's website: A4, embedded Liberation Sans, a
 * cover, a table of contents whose page numbers are right, bookmarks, running header and footer.
 * The ToC's numbers are only known once the document is laid out, so it is laid out twice: the
 * first pass finds where each heading lands, the second prints those pages in the ToC (whose rows
 * do not depend on the numbers; a third pass is made should a page have moved all the same).
 */
@Component
public class PdfRenderer implements ReportRenderer {

    private static final int MAX_PASSES = 3;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public byte[] render(ReportDocument document) {
        Map<String, Heading> headings = new HashMap<>();
        document.headings().forEach(heading -> headings.put(heading.anchor(), heading));
        Map<String, Integer> pages = Map.of();
        for (int pass = 1; ; pass++) {
            Pass result = pass(document, headings, pages);
            if (result.pages().equals(pages) || pass == MAX_PASSES) {
                return result.pdf();
            }
            pages = result.pages();
        }
    }

    private record Pass(byte[] pdf, Map<String, Integer> pages) {
    }

    private static Pass pass(ReportDocument report, Map<String, Heading> headings, Map<String, Integer> tocPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        Document document = new Document(PageSize.A4, 64, 64, 84, 80);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageFurniture furniture = new PageFurniture(report.info(), headings);
        writer.setPageEvent(furniture);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        properties(report, document, writer);
        document.open();
        new PdfCover(document, writer).write(report.cover());
        new PdfBody(document, writer, report, tocPages).write();
        document.close();
        return new Pass(out.toByteArray(), Map.copyOf(furniture.pages()));
    }

    private static void properties(ReportDocument report, Document document, PdfWriter writer) {
        var info = report.info();
        document.addTitle(info.title());
        if (info.author() != null) {
            document.addAuthor(info.author());
        }
        if (info.authority() != null) {
            document.addSubject(info.authority() + " — " + info.title());
        }
        document.addCreator("Recueil");
        document.addCreationDate();
        if (info.language() != null) {
            document.setDocumentLanguage(info.language());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
        }
    }
}
