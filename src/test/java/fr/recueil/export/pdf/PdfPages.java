package fr.recueil.export.pdf;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A rendered PDF read back for the tests: its text page by page, its fonts. */
final class PdfPages {

    private PdfPages() {
    }

    /** The text of each page (index 0 is page 1), no-break spaces made plain spaces. */
    static List<String> texts(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(normalised(extractor.getTextFromPage(page)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalised(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** {@code pdffonts}' table: one line per font, without its two header lines. */
    static List<String> fonts(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("recueil-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pdffonts failed: " + output);
            }
            List<String> lines = output.lines().toList();
            return lines.subList(2, lines.size());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
