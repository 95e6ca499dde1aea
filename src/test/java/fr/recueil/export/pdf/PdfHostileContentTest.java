package fr.recueil.export.pdf;

import fr.recueil.assembly.HostileReports;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Property: no generated hostile content (odd links, control characters, huge cells, random Markdown) breaks the PDF export. */
class PdfHostileContentTest {

    static final int REPORTS = 60;

    final PdfRenderer renderer = new PdfRenderer();

    @Test
    void every_generated_hostile_report_gives_a_pdf_that_opens_again() {
        for (long seed = 1; seed <= REPORTS; seed++) {
            long s = seed;
            assertThatCode(() -> {
                byte[] pdf = renderer.render(HostileReports.report(s));
                try (PdfReader reread = new PdfReader(pdf)) {
                    assertThat(reread.getNumberOfPages()).isPositive();
                }
            }).as("seed %d", s).doesNotThrowAnyException();
        }
    }
}
