package fr.recueil.export.docx;

import fr.recueil.assembly.HostileReports;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Property: no generated hostile content (odd links, control characters, huge cells, random Markdown) breaks the Word export. */
class DocxHostileContentTest {

    static final int REPORTS = 80;

    final DocxRenderer renderer = new DocxRenderer();

    @Test
    void every_generated_hostile_report_gives_a_word_file_that_opens_again() {
        // a 3 000-character link repeated in the relationships compresses past POI's zip-bomb guard when read back
        double ratio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.0001);
        try {
            renderAll();
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    private void renderAll() {
        for (long seed = 1; seed <= REPORTS; seed++) {
            long s = seed;
            assertThatCode(() -> {
                byte[] docx = renderer.render(HostileReports.report(s));
                try (XWPFDocument reread = new XWPFDocument(new ByteArrayInputStream(docx))) {
                    assertThat(reread.getParagraphs()).isNotEmpty();
                }
            }).as("seed %d", s).doesNotThrowAnyException();
        }
    }
}
