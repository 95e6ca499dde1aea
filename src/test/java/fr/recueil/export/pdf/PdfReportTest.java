package fr.recueil.export.pdf;

import fr.recueil.assembly.ReportAssembler;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.campaign.Campaign;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.testing.ApprovedReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fr.recueil.export.pdf.PdfPages.flat;
import static org.assertj.core.api.Assertions.assertThat;

/** The PDF of the real assembled report (the 2023 extract's content), read back. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("communication")
class PdfReportTest {

    static final int COMPLETE = 2061;
    static final int PARTIAL = 2062;

    @Autowired
    ReportAssembler assembler;
    @Autowired
    ApprovedReports reports;
    @Autowired
    PdfRenderer renderer;

    Campaign complete;
    Campaign partial;
    ReportDocument document;
    byte[] pdf;

    @BeforeAll
    void createCampaigns() {
        complete = reports.complete(COMPLETE, 0);
        partial = reports.complete(PARTIAL, 3);
    }

    @AfterAll
    void deleteCampaigns() {
        reports.delete(COMPLETE);
        reports.delete(PARTIAL);
    }

    /** Assembled and rendered once, by the first test to need it (assembly needs the test's user). */
    byte[] pdf() {
        if (pdf == null) {
            document = assembler.assemble(complete.getId(), false).document();
            pdf = renderer.render(document);
            PdfPages.keep(pdf, "report-" + COMPLETE + ".pdf");
        }
        return pdf;
    }

    @Test
    void every_chapter_title_key_figure_value_and_achievement_title_is_printed_in_outline_order() {
        List<String> pages = PdfPages.texts(pdf());
        List<String> expected = expectedInOrder(document);
        assertThat(expected.stream().filter(text -> !text.isEmpty()).count()).isGreaterThan(100);
        String squeezedExpected = squeezed(String.join("|", expected));
        fixtureAchievementsAndValues().forEach(text -> assertThat(squeezedExpected).contains(squeezed(text)));

        Heading first = document.tocEntries().getFirst();
        int bodyStart = TocReading.startPage(pages, document, first);
        // Compared without white space: poppler reads some no-break spaces in large type as no gap at all.
        String text = comparable(String.join(" ", pages.subList(bodyStart - 1, pages.size())));
        int position = 0;
        String previous = "";
        for (String item : expected) {
            String wanted = comparable(item);
            int found = text.indexOf(wanted, position);
            assertThat(found).as("\"%s\" after \"%s\" at position %d: %s", wanted, previous, position,
                    text.substring(Math.max(0, position - 300), position)).isGreaterThanOrEqualTo(0);
            position = found + wanted.length();
            previous = wanted;
        }
    }

    /** Chapter titles, key-figure values and achievement titles, in the document's order. */
    private static List<String> expectedInOrder(ReportDocument document) {
        List<String> expected = new ArrayList<>();
        boolean afterToc = false;
        for (DocBlock block : document.body()) {
            if (block instanceof TableOfContents) {
                afterToc = true;
            } else if (afterToc && block instanceof Heading heading
                    && (heading.role() == HeadingRole.CHAPTER || heading.role() == HeadingRole.SUBSECTION)) {
                expected.add(heading.text());
            } else if (afterToc && block instanceof KeyFigureGrid grid) {
                grid.figures().stream().filter(f -> !f.isSentence()).forEach(f -> expected.add(f.value()));
            }
        }
        return expected;
    }

    /** The fixture's achievement titles and key-figure values, as typed (French spacing aside). */
    private List<String> fixtureAchievementsAndValues() {
        List<String> texts = new ArrayList<>();
        for (ChapterContent content : reports.fixtureContents()) {
            content.blocks().stream().filter(AchievementsBlock.class::isInstance).map(AchievementsBlock.class::cast)
                    .flatMap(b -> b.items().stream()).filter(a -> !a.title().isBlank())
                    .forEach(a -> texts.add(a.title()));
            content.blocks().stream().filter(KeyFiguresBlock.class::isInstance).map(KeyFiguresBlock.class::cast)
                    .flatMap(b -> b.groups().stream()).flatMap(g -> g.figures().stream())
                    .filter(f -> !f.sentence() && f.value() != null)
                    .forEach(f -> texts.add(FigureValue.parse(f.value()).format(Locale.FRENCH)));
        }
        assertThat(texts).hasSizeGreaterThan(70);
        return texts;
    }

    /**
     * Without white space, nor hyphens: poppler joins a line broken after a hyphen without it
     * ("Val-de-" / "Marne" reads "Val-deMarne").
     */
    private static String comparable(String text) {
        return squeezed(text).replace("-", "");
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    @Test
    void the_report_is_tagged_and_passes_pdf_ua_1_and_pdf_a_2a_with_no_failed_rule() {
        byte[] report = pdf();

        assertThat(PdfPages.info(report)).containsPattern("Tagged:\\s+yes");
        assertThat(VeraPdf.failedRules(report, VeraPdf.UA)).isEmpty();
        assertThat(VeraPdf.failedRules(report, VeraPdf.ARCHIVE)).isEmpty();
    }

    @Test
    void every_key_figure_value_is_followed_by_its_label_in_the_extracted_text() {
        String text = PdfPages.flat(String.join(" ", PdfPages.texts(pdf())));
        int figures = 0;
        for (DocBlock block : document.body()) {
            if (block instanceof KeyFigureGrid grid) {
                for (var figure : grid.figures()) {
                    if (!figure.isSentence()) {
                        assertThat(text).contains(PdfPages.flat(figure.value() + " " + figure.label()));
                        figures++;
                    }
                }
            }
        }
        assertThat(figures).isGreaterThan(70);
    }

    @Test
    void the_table_of_contents_numbers_are_the_pages_where_parts_and_chapters_start() {
        List<String> pages = PdfPages.layoutTexts(pdf());
        Map<String, Integer> printed = TocReading.printedNumbers(pages, document);

        assertThat(printed).hasSize(document.tocEntries().size());
        for (Heading entry : document.tocEntries()) {
            assertThat(TocReading.startPage(pages, document, entry)).as(entry.fullText()).isEqualTo(printed.get(entry.anchor()));
        }
        assertThat(document.tocEntries().stream().filter(h -> h.role() == HeadingRole.CHAPTER).count())
                .isEqualTo(complete.getOutline().size());
    }

    @Test
    void every_part_and_chapter_has_a_bookmark_to_its_page_chapters_nested_under_their_part() throws IOException {
        List<String> pages = PdfPages.layoutTexts(pdf());
        List<Map<String, Object>> bookmarks;
        try (PdfReader reader = new PdfReader(pdf)) {
            bookmarks = SimpleBookmark.getBookmarkList(reader);
        }
        List<Heading> topLevel = document.tocEntries().stream().filter(h -> h.level() == 1).toList();
        assertThat(bookmarks).extracting(b -> b.get("Title")).containsExactlyElementsOf(
                topLevel.stream().map(Heading::fullText).toList());
        for (int i = 0; i < topLevel.size(); i++) {
            Heading top = topLevel.get(i);
            Map<String, Object> bookmark = bookmarks.get(i);
            assertThat(page(bookmark)).as(top.fullText()).isEqualTo(TocReading.startPage(pages, document, top));
            List<Heading> chapters = chaptersOf(top);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> kids = (List<Map<String, Object>>) bookmark.getOrDefault("Kids", List.of());
            assertThat(kids).extracting(k -> k.get("Title")).containsExactlyElementsOf(chapters.stream().map(Heading::fullText).toList());
            for (int k = 0; k < kids.size(); k++) {
                assertThat(page(kids.get(k))).isEqualTo(TocReading.startPage(pages, document, chapters.get(k)));
            }
        }
        assertThat(document.tocEntries().stream().filter(h -> h.role() == HeadingRole.PART).count()).isGreaterThan(3);
    }

    private List<Heading> chaptersOf(Heading top) {
        List<Heading> entries = document.tocEntries();
        List<Heading> chapters = new ArrayList<>();
        for (int i = entries.indexOf(top) + 1; i < entries.size() && entries.get(i).level() > 1; i++) {
            chapters.add(entries.get(i));
        }
        return chapters;
    }

    private static int page(Map<String, Object> bookmark) {
        return Integer.parseInt(((String) bookmark.get("Page")).split(" ")[0]);
    }

    @Test
    void every_font_is_embedded_and_none_is_one_of_the_standard_fourteen() {
        List<String> fonts = PdfPages.fonts(pdf());

        assertThat(fonts).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> {
            assertThat(line).contains("LiberationSans").doesNotContain("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats");
            assertThat(line.split("\\s+")[4]).as(line).isEqualTo("yes");
        });
    }

    /** A figure, not a timed assertion (the machines are shared): run with the benchmarks. */
    @Test
    @org.junit.jupiter.api.Tag("benchmark")
    void prints_the_warm_render_time_of_a_report_of_thirty_five_chapters() {
        pdf();
        ReportDocument large = withRepeatedChapters(document, 35);
        assertThat(large.headings().stream().filter(h -> h.role() == HeadingRole.CHAPTER).count()).isEqualTo(35);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run < 15; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            byte[] rendered = renderer.render(large);
            if (run >= 5) {
                wall.add((System.nanoTime() - start) / 1_000_000);
                cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
            }
            pages = PdfPages.pageCount(rendered);
        }
        long wallMedian = median(wall);
        long cpuMedian = median(cpu);
        System.out.printf("PDF of 35 chapters (%d pages): warm median %d ms (CPU %d ms), p95 %d ms, over %d renders%n",
                pages, wallMedian, cpuMedian, wall.stream().sorted().toList().get((int) Math.ceil(wall.size() * 0.95) - 1), wall.size());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The report with its first chapters repeated after the last one (new anchors and numbers) up to {@code chapters}. */
    private static ReportDocument withRepeatedChapters(ReportDocument report, int chapters) {
        List<DocBlock> body = new ArrayList<>(report.body());
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Heading h && h.role() == HeadingRole.CHAPTER) {
                starts.add(i);
            }
        }
        int number = starts.size();
        for (int copy = 0; number < chapters; copy++, number++) {
            int from = starts.get(copy);
            int to = copy + 1 < starts.size() ? starts.get(copy + 1) : body.size();
            body.add(new PageBreak());
            for (DocBlock block : report.body().subList(from, to)) {
                if (block instanceof Heading h) {
                    body.add(new Heading(h.level(), h.role(), h.number() == null ? null : "Annexe " + (number + 1), h.text(),
                            h.anchor() + "-bis", h.inToc()));
                } else if (!(block instanceof PageBreak)) {
                    body.add(block);
                }
            }
        }
        return new ReportDocument(report.info(), report.cover(), body);
    }

    @Test
    void a_draft_is_watermarked_on_every_page_and_opens_with_the_missing_chapters() {
        ReportDocument draft = assembler.assemble(partial.getId(), true).document();
        byte[] draftPdf = renderer.render(draft);
        PdfPages.keep(draftPdf, "report-" + PARTIAL + "-draft.pdf");

        assertThat(PdfPages.textsWithWatermark(draftPdf)).allSatisfy(page -> assertThat(page).contains("PROJET"));
        List<String> pages = PdfPages.layoutTexts(draftPdf);
        assertThat(flat(pages.getFirst())).contains(flat(draft.cover().notice()));
        assertThat(flat(pages.get(1))).startsWith(flat(draft.info().title() + " Chapitres manquants ou non validés"));
        assertThat(flat(pages.get(1))).contains("Brouillon");
        assertThat(PdfPages.fonts(draftPdf)).allSatisfy(line -> assertThat(line.split("\\s+")[4]).isEqualTo("yes"));
    }
}
