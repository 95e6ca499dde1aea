package fr.recueil.export;

import fr.recueil.assembly.document.ReportDocument;

/**
 * Draws the format-neutral report in one format. A renderer decides how things look, never what
 * the report says: no business rule, no data access, no text of its own beyond the format's
 * furniture (page numbers).
 */
public interface ReportRenderer {

    ExportFormat format();

    byte[] render(ReportDocument document);
}
