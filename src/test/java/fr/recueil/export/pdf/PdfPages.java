package fr.recueil.export.pdf;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A rendered PDF read back for the tests with poppler's tools: its text page by page, its fonts. */
final class PdfPages {

    private PdfPages() {
    }

    /** The text of each page in reading order (index 0 is page 1), a draft's diagonal watermark left out. */
    static List<String> texts(byte[] pdf) {
        return pages(run(pdf, "pdftotext", "-nodiag", "-enc", "UTF-8"));
    }

    /**
     * The text of each page laid out as printed, one printed line a line, without a draft's
     * diagonal watermark (which would otherwise cut into the lines it crosses).
     */
    static List<String> layoutTexts(byte[] pdf) {
        return pages(run(pdf, "pdftotext", "-layout", "-nodiag", "-enc", "UTF-8"));
    }

    /**
     * The text of each page as OpenPDF extracts it from the content streams: characters as they
     * are, no-break spaces included (poppler turns them into plain spaces).
     */
    static List<String> exactTexts(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a rendered PDF under target/pdf for a look at its pages ({@code pdftoppm}). */
    static void keep(byte[] pdf, String name) {
        try {
            Path folder = Path.of("target", "pdf");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of each page in the order it is drawn, a draft's diagonal watermark included, without
     * any white space (the watermark's letters come out one a line). OpenPDF's extractor leaves the
     * watermark out: it is an artifact, no part of the text.
     */
    static List<String> textsWithWatermark(byte[] pdf) {
        return pages(run(pdf, "pdftotext", "-raw", "-enc", "UTF-8")).stream().map(page -> page.replaceAll("\\s+", "")).toList();
    }

    /** {@code pdfinfo}'s report: title, "Tagged: yes", pages… */
    static String info(byte[] pdf) {
        return run(pdf, "pdfinfo");
    }

    /** {@code pdffonts}' table: one line per font, without its two header lines. */
    static List<String> fonts(byte[] pdf) {
        List<String> lines = run(pdf, "pdffonts").lines().toList();
        return lines.subList(2, lines.size());
    }

    /** No-break spaces made plain spaces and every run of white space one space, for comparisons. */
    static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<String> pages(String text) {
        List<String> pages = new ArrayList<>(Arrays.asList(text.split("\f", -1)));
        if (!pages.isEmpty() && pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }

    private static String run(byte[] pdf, String... command) {
        try {
            Path file = Files.createTempFile("recueil-", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> arguments = new ArrayList<>(Arrays.asList(command));
                arguments.add(file.toString());
                if (command[0].equals("pdftotext")) {
                    arguments.add("-");
                }
                Process process = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed");
                }
                return output;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
