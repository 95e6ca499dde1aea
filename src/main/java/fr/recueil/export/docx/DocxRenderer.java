package fr.recueil.export.docx;

import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ReportRenderer;
import org.springframework.stereotype.Component;

/**
 * The report as a Word document the communication team can keep editing: Word's own heading
 * styles (so its navigation pane and table of contents work), a table of contents field Word
 * refreshes on opening, real tables and numbered lists, page numbers in the footer.
 */
@Component
class DocxRenderer implements ReportRenderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public byte[] render(ReportDocument document) {
        return new DocxWriter(document).write();
    }
}
