package fr.recueil.export.pdf;

import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans in its four faces, embedded (Identity-H, subset) so that every French character
 * prints the same everywhere: é, œ, €, « », the no-break and narrow no-break spaces, − and ▲ ▼.
 * Loaded once: parsing a TrueType font costs more than a whole chapter; the glyphs a PDF uses are
 * tracked per writer, so one BaseFont serves every render.
 */
final class PdfFonts {

    static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");
    static final BaseFont BOLD_ITALIC = load("LiberationSans-BoldItalic.ttf");

    private PdfFonts() {
    }

    static BaseFont face(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font liberation/" + file + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
            // PDF/A: a CIDSet must list every glyph of the embedded subset; none is simpler and allowed.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
