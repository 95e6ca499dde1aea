package fr.recueil.export.pdf;

import fr.recueil.assembly.document.ReportDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static fr.recueil.export.pdf.PdfPages.flat;
import static org.assertj.core.api.Assertions.assertThat;

/** The PDF renderer on small hand-built reports holding every kind of block. */
class PdfRendererTest {

    final PdfRenderer renderer = new PdfRenderer();
    final byte[] draft = renderer.render(SampleReports.everyBlock(true));
    final byte[] report = renderer.render(SampleReports.everyBlock(false));

    @Test
    void every_kind_of_block_is_printed_with_its_texts_as_given() {
        PdfPages.keep(draft, "sample-draft.pdf");
        String text = flat(String.join(" ", PdfPages.layoutTexts(report)));

        assertThat(text).contains("Rapport d'activité 2061", "Au service des habitants", "Département de test",
                "Chère lectrice, cher lecteur, l'année fut dense !", "Des chiffres en gras", "des mots en italique",
                "un lien", "« Une ligne après un saut » : œuvre, 12 %.",
                "ANNEXE 1", "Direction de la communication", "Une introduction qui présente la direction.",
                "Les chiffres clés de l'année", "Accueil du public",
                "148 183 appels reçus +9 % par rapport à 2060 2060 : 136 000",
                "5 037 554,95 € de subventions versées −2,5 points par rapport à", "hors fonds européens", "près de 99 %",
                "Tous les collèges sont désormais raccordés à la fibre.",
                "Fonctionnement 1 200 000 €", "Investissement 800 000 €", "Total 2 000 000 €",
                "Un nouveau site internet", "Premier point", "Deuxième point", "3. Sous-point numéroté trois",
                "4. Sous-point numéroté quatre", "Une citation d'usager.", "Source : enquête interne.",
                "Attention : chiffres provisoires.", "Le nouveau site en ligne",
                "12 mars 2061", "Lancement du projet", "3 octobre 2061", "Mise en ligne",
                "Pôle solidarités", "Annexe 2 — Direction de l'autonomie", "Établissement n° 120");
    }

    @Test
    void french_spaces_and_signs_are_kept_as_they_are_and_drawn_with_glyphs_of_the_embedded_fonts() {
        // The extractor puts a word gap of its own before a no-break space: taken out.
        String raw = String.join("", PdfPages.exactTexts(report)).replace(" \u202F", "\u202F").replace(" \u00A0", "\u00A0");

        assertThat(raw).contains("148\u202F183", "5\u202F037\u202F554,95\u00A0€", "dense\u202F!", "«\u00A0Une", "œuvre");
        for (var font : List.of(PdfFonts.REGULAR, PdfFonts.BOLD, PdfFonts.ITALIC, PdfFonts.BOLD_ITALIC)) {
            for (char c : "\u00A0\u202Fé€œ«»−▲▼—".toCharArray()) {
                assertThat(font.charExists(c)).as("%s in %s", c, font.getPostscriptFontName()).isTrue();
            }
        }
    }

    @Test
    void an_image_and_the_cover_logo_are_embedded_the_image_with_its_caption_under_it() throws IOException {
        List<int[]> images = new ArrayList<>();
        try (PdfReader reader = new PdfReader(report)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary xObjects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
                if (xObjects == null) {
                    continue;
                }
                for (PdfName name : xObjects.getKeys()) {
                    PdfObject object = PdfReader.getPdfObject(xObjects.get(name));
                    if (object instanceof PdfDictionary image && PdfName.IMAGE.equals(image.getAsName(PdfName.SUBTYPE))) {
                        images.add(new int[] {page, ((PdfNumber) image.get(PdfName.WIDTH)).intValue(),
                                ((PdfNumber) image.get(PdfName.HEIGHT)).intValue()});
                    }
                }
            }
        }
        // The cover's logo, then the figure.
        assertThat(images).hasSize(2);
        assertThat(images.getFirst()).containsExactly(1, 200, 80);
        assertThat(images.get(1)[1]).isEqualTo(640);
        assertThat(images.get(1)[2]).isEqualTo(360);
        String pageText = flat(PdfPages.texts(report).get(images.get(1)[0] - 1));
        assertThat(pageText).contains("Le nouveau site en ligne");
    }

    @Test
    void a_table_longer_than_a_page_repeats_its_header_row_on_every_page_it_spans() {
        List<String> spanned = PdfPages.layoutTexts(report).stream().map(PdfPages::flat)
                .filter(page -> page.contains("Établissement n° ")).toList();

        assertThat(spanned).hasSizeGreaterThanOrEqualTo(3);
        assertThat(spanned).allSatisfy(page -> assertThat(page).contains("Établissement Commune Places"));
        String all = String.join(" ", spanned);
        for (int row = 1; row <= SampleReports.LONG_TABLE_ROWS; row++) {
            assertThat(all).contains("Établissement n° " + row + " Commune " + row + " " + row * 12);
        }
    }

    @Test
    void a_table_wider_than_the_page_is_set_smaller_so_that_no_word_is_cut() {
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        // Eight columns of words that at the body's table size would need 600 points, the page offering 467.
        for (int column = 1; column <= 8; column++) {
            header.add("Colonne" + column);
            row.add("Établissement" + column);
        }
        ReportDocument wide = SampleReports.withBlocks(SampleReports.table(header, List.of(row, row)));

        String text = String.join("\n", PdfPages.layoutTexts(renderer.render(wide)));

        for (int column = 1; column <= 8; column++) {
            assertThat(text).contains("Colonne" + column, "Établissement" + column);
        }
    }

    @Test
    void a_draft_carries_its_watermark_on_every_page_and_a_final_report_none() {
        assertThat(PdfPages.textsWithWatermark(draft)).hasSizeGreaterThan(5).allSatisfy(page -> assertThat(page).contains("PROJET"));
        List<String> draftPages = PdfPages.exactTexts(draft);
        assertThat(flat(draftPages.getFirst())).contains("Projet — document de travail du 22 novembre 2061");
        assertThat(PdfPages.textsWithWatermark(report)).noneSatisfy(page -> assertThat(page).contains("PROJET"));
    }

    @Test
    void every_font_is_embedded_and_none_is_one_of_the_standard_fourteen() {
        List<String> fonts = PdfPages.fonts(draft);

        assertThat(fonts).isNotEmpty().allSatisfy(line -> {
            assertThat(line).contains("LiberationSans").doesNotContain("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats");
            assertThat(line.split("\\s+")[4]).as(line).isEqualTo("yes");
        });
    }

    @Test
    void the_table_of_contents_gives_the_page_each_entry_starts_on_and_the_cover_has_no_header_nor_footer() {
        ReportDocument document = SampleReports.everyBlock(false);
        List<String> pages = PdfPages.layoutTexts(report);
        Map<String, Integer> printed = TocReading.printedNumbers(PdfPages.layoutTexts(report), document);

        assertThat(printed).containsOnlyKeys(document.tocEntries().stream().map(h -> h.anchor()).toList());
        assertThat(printed).containsEntry("editorial", 2).containsEntry("annexe-1", 4);
        document.tocEntries().forEach(entry ->
                assertThat(TocReading.startPage(pages, document, entry)).as(entry.fullText()).isEqualTo(printed.get(entry.anchor())));
        assertThat(pages.getFirst()).doesNotContain("Rapport d'activité 2061\n\n");
        assertThat(pages.get(1)).startsWith("Rapport d'activité 2061");
        assertThat(flat(pages.get(3))).endsWith("Département de test 4");
    }

    @Test
    void reports_rendered_at_the_same_time_share_the_fonts_without_mixing_them_up() throws Exception {
        List<String> expected = PdfPages.layoutTexts(report);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> renderer.render(SampleReports.everyBlock(false))));
            }
            for (Future<byte[]> render : renders) {
                byte[] pdf = render.get(60, TimeUnit.SECONDS);
                assertThat(PdfPages.layoutTexts(pdf)).isEqualTo(expected);
                assertThat(PdfPages.fonts(pdf)).allSatisfy(line -> assertThat(line.split("\\s+")[4]).isEqualTo("yes"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_document_properties_carry_the_title_author_subject_and_language() throws IOException {
        try (PdfReader reader = new PdfReader(report)) {
            Map<String, String> info = reader.getInfo();
            assertThat(info).containsEntry("Title", "Rapport d'activité 2061").containsEntry("Author", "Camille Martin")
                    .containsEntry("Subject", "Département de test — Rapport d'activité 2061");
            assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("fr-FR");
        }
    }
}
