package fr.recueil.export.docx;

import fr.recueil.assembly.ReportAssembler;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.campaign.Campaign;
import fr.recueil.testing.ApprovedReports;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The fixture's report exported as DOCX, read back with POI and opened by LibreOffice. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("communication")
class DocxReportTest {

    static final int COMPLETE = 2071;
    static final int PARTIAL = 2072;

    @Autowired
    ReportAssembler assembler;
    @Autowired
    ApprovedReports reports;
    @Autowired
    DocxRenderer renderer;

    Campaign complete;
    Campaign partial;

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

    @Test
    void every_chapter_is_a_word_heading_2_with_its_annex_number_in_outline_order_and_only_toc_entries_reach_level_2() throws IOException {
        ReportDocument report = assembler.assemble(complete.getId(), false).document();
        try (XWPFDocument docx = read(renderer.render(report))) {
            List<String> expected = report.headings().stream().filter(h -> h.role() == HeadingRole.CHAPTER)
                    .map(h -> "Heading2 " + h.fullText()).toList();
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + " " + p.getText()).toList();

            assertThat(expected).hasSize(complete.getOutline().size());
            assertThat(headings).containsSubsequence(expected);
            assertThat(headings).hasSize(report.headings().size());
            // Word's contents field lists levels 1-2: exactly the parts, the chapters and listed front matter.
            assertThat(headings.stream().filter(h -> h.startsWith("Heading1 ") || h.startsWith("Heading2 ")))
                    .hasSize(report.tocEntries().size());
        }
    }

    @Test
    void every_key_figure_value_of_the_fixture_is_in_the_document() throws IOException {
        ReportDocument report = assembler.assemble(complete.getId(), false).document();
        List<String> values = report.body().stream().filter(KeyFigureGrid.class::isInstance)
                .flatMap(b -> ((KeyFigureGrid) b).figures().stream()).map(KeyFigureGrid.KeyFigureCell::value)
                .filter(Objects::nonNull).toList();
        try (XWPFDocument docx = read(renderer.render(report))) {
            List<String> cells = new ArrayList<>();
            docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> c.getParagraphs().forEach(p -> cells.add(p.getText())))));

            assertThat(values).hasSizeGreaterThan(50).contains("148\u202F183");
            assertThat(cells).containsAll(values);
        }
    }

    @Test
    void budget_and_data_tables_are_word_tables_whose_header_row_repeats() throws IOException {
        ReportDocument report = assembler.assemble(complete.getId(), false).document();
        List<fr.recueil.assembly.document.Table> expected = report.body().stream()
                .filter(fr.recueil.assembly.document.Table.class::isInstance)
                .map(fr.recueil.assembly.document.Table.class::cast).toList();
        fr.recueil.assembly.document.Table budget = expected.stream()
                .filter(t -> t.kind() == fr.recueil.assembly.document.Table.TableKind.BUDGET)
                .findFirst().orElseThrow();
        try (XWPFDocument docx = read(renderer.render(report))) {
            List<XWPFTable> tables = docx.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).toList();

            assertThat(tables).hasSize(expected.size());
            XWPFTable budgetTable = tables.get(expected.indexOf(budget));
            assertThat(budgetTable.getRow(0).getCell(0).getText()).isEqualTo(budget.header().getFirst().text());
            // the DASIPE budget: separate amounts, so its lines and no total row
            assertThat(budget.totalRow()).isNull();
            assertThat(budgetTable.getRows()).hasSize(budget.rows().size() + 1);
            assertThat(budgetTable.getRows().getLast().getCell(1).getText()).isEqualTo(budget.rows().getLast().get(1).text());
        }
    }

    @Test
    void a_draft_carries_the_watermark_and_opens_with_the_missing_chapters() throws IOException {
        ReportDocument draft = assembler.assemble(partial.getId(), true).document();
        try (XWPFDocument docx = read(renderer.render(draft))) {
            assertThat(docx.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText())
                    .contains("PowerPlusWaterMarkObject").contains("string=\"PROJET\"").contains("rotation:315"));
            List<IBodyElement> body = docx.getBodyElements();
            List<String> paragraphs = body.stream().filter(XWPFParagraph.class::isInstance)
                    .map(e -> ((XWPFParagraph) e).getText()).toList();
            assertThat(paragraphs).contains(draft.cover().notice());
            // The missing chapters' title stands out without entering Word's contents (no outline level).
            XWPFParagraph firstHeading = docx.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && (p.getStyle().startsWith("Heading") || p.getStyle().equals("TOCHeading")))
                    .findFirst().orElseThrow();
            assertThat(firstHeading.getText()).isEqualTo("Chapitres manquants ou non validés");
            assertThat(firstHeading.getStyle()).isEqualTo("TOCHeading");
            XWPFTable first = (XWPFTable) body.subList(body.indexOf(firstHeading), body.size()).stream()
                    .filter(XWPFTable.class::isInstance).findFirst().orElseThrow();
            assertThat(first.getRows()).hasSize(4);
            assertThat(first.getRow(1).getCell(3).getText()).isEqualTo("Brouillon");
        }
    }

    @Test
    void libreoffice_opens_the_document_and_prints_every_chapter_title(@TempDir Path dir) throws Exception {
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed");
        ReportDocument report = assembler.assemble(complete.getId(), false).document();
        Path docx = dir.resolve("rapport.docx");
        Files.write(docx, renderer.render(report));

        Process convert = new ProcessBuilder(soffice(), "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile-" + UUID.randomUUID()),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(120, TimeUnit.SECONDS)).as("soffice finished in time").isTrue();
        Path pdf = dir.resolve("rapport.pdf");
        assertThat(pdf).exists();
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes()).replaceAll("\\s+", " ");
        text.waitFor(30, TimeUnit.SECONDS);

        for (Heading chapter : report.headings().stream().filter(h -> h.role() == HeadingRole.CHAPTER).toList()) {
            assertThat(printed).contains(chapter.number());
            assertThat(printed).contains(firstWords(chapter.text()));
        }
        // the contents list is filled as LibreOffice opens it: each entry, dotted leader, its page number
        Files.createDirectories(Path.of("target", "docx"));
        Files.copy(docx, Path.of("target", "docx", "rapport.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, Path.of("target", "docx", "rapport-libreoffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process lines = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String layout = new String(lines.getInputStream().readAllBytes());
        lines.waitFor(30, TimeUnit.SECONDS);
        String contents = layout.substring(layout.indexOf("Sommaire"));
        for (Heading entry : report.tocEntries().subList(0, 5)) {
            assertThat(contents).containsPattern(java.util.regex.Pattern.quote(firstWords(entry.fullText()).replace('\u00A0', ' ')) + ".*\\.{3,}\\s*\\d+");
        }
    }

    /** Long titles wrap; their first words are on the heading's first line. */
    private static String firstWords(String title) {
        String[] words = title.replace('\u00A0', ' ').replace('\u202F', ' ').split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }

    static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
