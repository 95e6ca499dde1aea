package fr.recueil.export.pdf;

import fr.recueil.assembly.document.ReportDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF renderer on small hand-built reports holding every kind of block. */
class PdfRendererTest {

    final PdfRenderer renderer = new PdfRenderer();

    @Test
    void scratch() throws Exception {
        byte[] pdf = renderer.render(SampleReports.everyBlock(true));
        Files.write(Path.of("/tmp/pdf-sample.pdf"), pdf);
        List<String> pages = PdfPages.texts(pdf);
        for (int i = 0; i < pages.size(); i++) {
            System.out.println("=== page " + (i + 1) + "\n" + pages.get(i));
        }
        PdfPages.fonts(pdf).forEach(System.out::println);
    }
}
