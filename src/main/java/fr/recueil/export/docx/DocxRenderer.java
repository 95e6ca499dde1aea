package fr.recueil.export.docx;

import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ReportRenderer;
import fr.recueil.export.pdf.PdfRenderer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;

/**
 * The report as a Word document the communication team can keep editing: Word's own heading
 * styles (so its navigation pane and table of contents work), a table of contents field Word
 * refreshes on opening, real tables and numbered lists, page numbers in the footer.
 */
@Component
class DocxRenderer implements ReportRenderer {

    private final Function<ReportDocument, Map<String, Integer>> pages;

    /** The table of contents' page numbers are the PDF's: the page each heading starts on as Recueil lays it out. */
    @Autowired
    DocxRenderer(PdfRenderer pdf) {
        this.pages = pdf::headingPages;
    }

    DocxRenderer() {
        this(new PdfRenderer());
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public byte[] render(ReportDocument document) {
        return new DocxWriter(document, pages.apply(document)).write();
    }
}
