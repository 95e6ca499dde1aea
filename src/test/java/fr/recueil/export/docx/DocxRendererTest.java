package fr.recueil.export.docx;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.BulletList.ListItem;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.KeyFigureGrid.KeyFigureCell;
import fr.recueil.assembly.document.KeyFigureGrid.Trend;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.Picture;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;
import fr.recueil.export.ExportFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A small hand-built report exported as DOCX and read back with POI. */
class DocxRendererTest {

    static final String ALT = "Façade vitrée de la crèche, entourée d'un jardin";
    static final String AMOUNT = "5\u202F037\u202F554,95\u00A0€";

    final DocxRenderer renderer = new DocxRenderer();

    @Test
    void it_renders_the_docx_format() {
        assertThat(renderer.format()).isEqualTo(ExportFormat.DOCX);
    }

    @Test
    void headings_carry_word_heading_styles_with_their_annex_number() throws IOException {
        try (XWPFDocument docx = render(false)) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + " " + p.getText()).toList();

            assertThat(headings).containsExactly("Heading1 Pôle solidarités",
                    "Heading2 Annexe 3 — Direction de l'action sociale", "Heading3 Les chiffres clés de l'année",
                    "Heading4 Un nouvel accueil");
            assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(docx.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("1");
        }
    }

    @Test
    void the_pictures_alternative_text_is_on_the_drawing() throws IOException {
        try (XWPFDocument docx = render(false)) {
            List<String> descriptions = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().sizeOfDrawingArray() > 0)
                    .map(r -> r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr()).toList();

            assertThat(descriptions).containsExactly("Département du Val-de-Marne", ALT);
            assertThat(docx.getAllPictures()).hasSize(2);
            assertThat(docx.getParagraphs()).anyMatch(p -> "Caption".equals(p.getStyle())
                    && p.getText().equals("La nouvelle crèche"));
        }
    }

    @Test
    void the_table_of_contents_is_a_field_word_updates_on_opening() throws IOException {
        try (XWPFDocument docx = render(false)) {
            String body = docx.getDocument().getBody().xmlText();

            assertThat(body).contains("TOC \\o \"1-2\" \\h \\z \\u").contains("Table of Contents")
                    .contains("Annexe 3 — Direction de l'action sociale");
            assertThat(docx.isEnforcedUpdateFields()).isTrue();
        }
    }

    @Test
    void the_footer_numbers_the_pages_and_the_cover_has_neither_header_nor_footer() throws IOException {
        try (XWPFDocument docx = render(false)) {
            XWPFFooter footer = docx.getHeaderFooterPolicy().getDefaultFooter();
            String instructions = footer._getHdrFtr().xmlText();

            assertThat(instructions).contains(" PAGE ").contains(" NUMPAGES ");
            assertThat(docx.getHeaderFooterPolicy().getDefaultHeader().getText()).contains("Rapport d'activité 2071");
            assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getH()).hasToString("16838");
        }
    }

    @Test
    void text_is_printed_as_given_with_its_links_and_its_language() throws Exception {
        try (XWPFDocument docx = render(false)) {
            List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<XWPFRun> runs = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();

            assertThat(texts).contains("Un taux de 99\u00A0%\u202F; voir le site.");
            assertThat(runs).filteredOn(XWPFHyperlinkRun.class::isInstance)
                    .extracting(r -> ((XWPFHyperlinkRun) r).getHyperlink(docx).getURL())
                    .containsExactly("https://www.valdemarne.fr");
            assertThat(runs).anyMatch(r -> r.isBold() && r.text().equals("99\u00A0%"));
            assertThat(docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
            assertThat(docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("fr-FR");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Rapport d'activité 2071");
            assertThat(docx.getProperties().getCoreProperties().getCreator()).isEqualTo("Julien Moreau");
        }
    }

    @Test
    void lists_are_word_numbering_and_each_numbered_list_restarts() throws IOException {
        try (XWPFDocument docx = render(false)) {
            List<XWPFParagraph> items = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();

            assertThat(items).extracting(XWPFParagraph::getText).containsExactly("Premier", "Imbriqué", "Un", "Deux");
            assertThat(items.get(0).getNumFmt()).isEqualTo("bullet");
            assertThat(items.get(1).getNumIlvl()).hasToString("1");
            assertThat(items.get(2).getNumFmt()).isEqualTo("decimal");
            assertThat(items.get(2).getNumID()).isEqualTo(items.get(3).getNumID()).isNotEqualTo(items.get(0).getNumID());
        }
    }

    @Test
    void key_figures_budget_and_timeline_are_tables() throws IOException {
        try (XWPFDocument docx = render(false)) {
            List<String> cells = docx.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream()).map(c -> c.getText()).toList();

            assertThat(cells).anyMatch(c -> c.startsWith("148\u202F183") && c.contains("personnes reçues")
                    && c.contains("+9\u00A0% par rapport à 2070") && c.contains("2070\u00A0: 136\u202F000"));
            assertThat(cells).contains(AMOUNT, "12 mars 2071");
            var budget = docx.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).findFirst().orElseThrow();
            assertThat(budget.getRow(1).getCell(1).getParagraphs().getFirst().getAlignment().name()).isEqualTo("RIGHT");
            assertThat(budget.getRow(2).getCell(1).getParagraphs().getFirst().getRuns()).allMatch(XWPFRun::isBold);
        }
    }

    @Test
    void a_draft_is_watermarked_and_shows_its_notice_on_the_cover() throws IOException {
        try (XWPFDocument draft = render(true); XWPFDocument final_ = render(false)) {
            assertThat(draft.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("PROJET"));
            assertThat(draft.getParagraphs()).anyMatch(p -> "Notice".equals(p.getStyle())
                    && p.getText().startsWith("Projet — document de travail"));
            assertThat(final_.getHeaderList()).noneSatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("PROJET"));
        }
    }

    @Test
    void the_document_its_headers_and_footers_are_valid_wordprocessingml() throws IOException {
        try (XWPFDocument docx = render(true)) {
            List<XmlObject> parts = new ArrayList<>();
            parts.add(docx.getDocument());
            docx.getHeaderList().forEach(h -> parts.add(h._getHdrFtr()));
            docx.getFooterList().forEach(f -> parts.add(f._getHdrFtr()));

            for (XmlObject part : parts) {
                List<XmlError> errors = new ArrayList<>();
                assertThat(part.validate(new XmlOptions().setErrorListener(errors))).as(errors.toString()).isTrue();
            }
        }
    }

    private XWPFDocument render(boolean draft) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(renderer.render(document(draft))));
    }

    static ReportDocument document(boolean draft) {
        DocumentInfo info = new DocumentInfo("Rapport d'activité 2071", "fr", draft, draft ? "PROJET" : null,
                "Département du Val-de-Marne", "Julien Moreau", Instant.parse("2072-01-15T10:00:00Z"));
        Cover cover = new Cover("Rapport d'activité 2071", "Au service des habitants", "2071", "Département du Val-de-Marne",
                picture(360, 140), draft ? "Projet — document de travail du 15 janvier 2072" : null);
        List<DocBlock> body = List.of(
                new TableOfContents("Sommaire"),
                new PageBreak(),
                new Heading(1, HeadingRole.PART, null, "Pôle solidarités", "pole-solidarites", true),
                new PageBreak(),
                new Heading(2, HeadingRole.CHAPTER, "Annexe 3", "Direction de l'action sociale", "annexe-3", true),
                new Paragraph(List.of(Span.plain("Un taux de "), Span.bold("99\u00A0%"), Span.plain("\u202F; voir "),
                        new Span("le site", false, false, "https://www.valdemarne.fr"), Span.plain(".")), ParagraphStyle.BODY),
                new Heading(3, HeadingRole.SECTION, null, "Les chiffres clés de l'année", "chiffres", false),
                new KeyFigureGrid("L'activité", List.of(
                        new KeyFigureCell("148\u202F183", "personnes reçues", "+9\u00A0% par rapport à 2070", Trend.UP,
                                "2070\u00A0: 136\u202F000", null),
                        new KeyFigureCell(null, "Une baisse des mesures éducatives.", null, Trend.NONE, null, "Source : ODAS"))),
                new Table(Table.TableKind.BUDGET, "Le budget", List.of(Table.Align.LEFT, Table.Align.RIGHT),
                        List.of(Table.Cell.of("Poste"), Table.Cell.of("Montant")),
                        List.of(List.of(Table.Cell.of("Fonds unique"), Table.Cell.of(AMOUNT))),
                        List.of(Table.Cell.of("Total"), Table.Cell.of(AMOUNT))),
                new BulletList(false, 1, List.of(new ListItem(List.of(Paragraph.of("Premier", ParagraphStyle.BODY),
                        new BulletList(false, 1, List.of(new ListItem(List.of(Paragraph.of("Imbriqué", ParagraphStyle.BODY))))))))),
                new BulletList(true, 1, List.of(new ListItem(List.of(Paragraph.of("Un", ParagraphStyle.BODY))),
                        new ListItem(List.of(Paragraph.of("Deux", ParagraphStyle.BODY))))),
                new Heading(4, HeadingRole.SUBSECTION, null, "Un nouvel accueil", "accueil", false),
                new Figure(picture(1200, 700), "La nouvelle crèche", ALT),
                new Timeline(List.of(new Timeline.Event("12 mars 2071", List.of(Span.plain("Ouverture")))))
        );
        return new ReportDocument(info, cover, body);
    }

    static Picture picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return new Picture(out.toByteArray(), "image/png", width, height);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
