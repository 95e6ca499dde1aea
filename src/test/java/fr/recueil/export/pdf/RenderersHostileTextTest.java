package fr.recueil.export.pdf;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Timeline;
import fr.recueil.export.ReportRenderer;
import fr.recueil.export.ExportFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import fr.recueil.testing.HostileText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three renderers given random and hostile text in every kind of block (heading, paragraph with
 * bold and a link, list, table, timeline): each renders a document that opens (PDF, a Word file POI
 * reads back, HTML), and no text ever becomes markup that runs: no script element, no event handler,
 * no {@code javascript:} link in the HTML.
 */
@SpringBootTest
class RenderersHostileTextTest {

    @Autowired
    List<ReportRenderer> renderers;

    @Test
    void every_renderer_renders_hostile_text_in_every_block_and_no_text_becomes_markup() {
        assertThat(renderers).extracting(ReportRenderer::format).contains(ExportFormat.PDF, ExportFormat.DOCX, ExportFormat.HTML);
        List<String> failures = new ArrayList<>();
        for (String text : HostileText.samples(42L, 12)) {
            if (HostileText.refusedOnInput(text)) {
                // Lone surrogates and control characters are refused when typed (ContentRulesPropertyTest):
                // they never reach a renderer.
                continue;
            }
            ReportDocument document = SampleReports.withBlocks(
                    new Heading(3, HeadingRole.SECTION, null, text, "section-hostile", false),
                    new Paragraph(List.of(Span.plain(text), new Span(text, true, false, null),
                            new Span(text, false, true, text)), ParagraphStyle.BODY),
                    new BulletList(false, 1, List.of(SampleReports.item(text))),
                    SampleReports.table(List.of(text, "Montant"), List.of(List.of(text, "12"))),
                    new Timeline(List.of(new Timeline.Event(text, List.of(Span.plain(text))))));
            for (ReportRenderer renderer : renderers) {
                String name = renderer.getClass().getSimpleName();
                byte[] output;
                try {
                    output = renderer.render(document);
                } catch (RuntimeException e) {
                    failures.add(name + " failed on " + shown(text) + ": " + e);
                    continue;
                }
                switch (renderer) {
                    case ReportRenderer pdf when pdf.format() == ExportFormat.PDF -> {
                        if (!new String(output, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                            failures.add(name + ": not a PDF for " + shown(text));
                        }
                    }
                    case ReportRenderer docx when docx.format() == ExportFormat.DOCX -> {
                        // Read back as Word would: a zip whose document.xml is well-formed XML.
                        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(output))) {
                            boolean found = false;
                            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                                if (entry.getName().equals("word/document.xml")) {
                                    DocumentBuilderFactory.newInstance().newDocumentBuilder()
                                            .parse(new ByteArrayInputStream(zip.readAllBytes()));
                                    found = true;
                                }
                            }
                            if (!found) {
                                failures.add(name + ": no word/document.xml for " + shown(text));
                            }
                        } catch (Exception e) {
                            failures.add(name + ": Word file unreadable for " + shown(text) + ": " + e);
                        }
                    }
                    default -> {
                        Document html = Jsoup.parse(new String(output, StandardCharsets.UTF_8));
                        if (!html.select("script, iframe, object, embed").isEmpty()) {
                            failures.add(name + ": an active element from " + shown(text));
                        }
                        for (Element element : html.getAllElements()) {
                            element.attributes().forEach(attribute -> {
                                if (attribute.getKey().toLowerCase().startsWith("on")
                                        || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                                    failures.add(name + ": " + attribute + " from " + shown(text));
                                }
                            });
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String shown(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().limit(40).forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append(text.length() > 40 ? "…\"" : "\"").toString();
    }
}
