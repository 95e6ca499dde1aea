package fr.recueil.export.html;

import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ReportRenderer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The report as one self-contained, accessible HTML file: language declared, headings in order,
 * pictures inlined with their alternative text, tables with header cells, a style sheet that also
 * prints on A4. The in-app preview shows the same markup through {@link #renderFragment}.
 * No script, ever: every text is escaped, and the file's content security policy forbids them.
 */
@Component
public class HtmlRenderer implements ReportRenderer {

    private static final String STYLES = load("report.css");
    private static final String PAGE_STYLES = """
            @page { size: A4; margin: 16mm 16mm 18mm; }
            html, body { margin: 0; padding: 0; background: #e6e9ee; }
            @media print { html, body { background: none; } }
            """;
    private static final String POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public byte[] render(ReportDocument document) {
        HtmlWriter writer = new HtmlWriter(document);
        String body = writer.body(true);
        StringBuilder page = new StringBuilder(body.length() + STYLES.length() + 2048);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlText.escape(writer.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Recueil\">\n");
        meta(page, "author", document.info().author());
        meta(page, "publisher", document.info().authority());
        if (document.info().generatedAt() != null) {
            meta(page, "dcterms.created", DateTimeFormatter.ISO_INSTANT.format(document.info().generatedAt()));
        }
        page.append("<title>");
        HtmlText.escape(page, title(document)).append("</title>\n<style>\n").append(PAGE_STYLES).append(css(document))
                .append("</style>\n</head>\n<body>\n").append(body).append("\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same document for a page of the application: scoped styles, the table of contents and the body. */
    public HtmlFragment renderFragment(ReportDocument document) {
        HtmlWriter writer = new HtmlWriter(document);
        return new HtmlFragment(css(document), writer.toc(), writer.body(false));
    }

    private static String title(ReportDocument document) {
        String title = document.info().title() != null ? document.info().title() : document.cover().title();
        return document.info().draft() && document.info().draftMark() != null
                ? title + " (" + document.info().draftMark() + ")" : title;
    }

    private static void meta(StringBuilder page, String name, String content) {
        if (content != null) {
            page.append("<meta name=\"").append(name).append("\" content=\"");
            HtmlText.escape(page, content).append("\">\n");
        }
    }

    /** The style sheet; a draft adds its mark, drawn across every sheet as a watermark. */
    private static String css(ReportDocument document) {
        if (!document.info().draft() || document.info().draftMark() == null) {
            return STYLES;
        }
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='560' height='400'>"
                + "<text x='280' y='220' text-anchor='middle' transform='rotate(-30 280 200)' "
                + "font-family='Liberation Sans, Arial, sans-serif' font-size='104' font-weight='700' "
                + "fill='#b3261e' fill-opacity='0.07'>" + HtmlText.escape(document.info().draftMark()) + "</text></svg>";
        String uri = URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
        return STYLES + ".recueil-doc.draft .sheet:not(.cover) { background-image: url(\"data:image/svg+xml," + uri
                + "\"); background-repeat: repeat; }\n";
    }

    private static String load(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing style sheet " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
