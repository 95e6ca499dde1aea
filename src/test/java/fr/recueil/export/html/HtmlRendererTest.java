package fr.recueil.export.html;

import fr.recueil.assembly.AssembledReport;
import fr.recueil.assembly.ReportAssembler;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.Picture;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.export.ExportFormat;
import fr.recueil.testing.ApprovedReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML export of a report made from the real fixture content, re-read with jsoup. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("communication")
class HtmlRendererTest {

    static final int YEAR = 2081;
    static final int LEFT_OUT = 2;

    @Autowired
    HtmlRenderer renderer;
    @Autowired
    ReportAssembler assembler;
    @Autowired
    ApprovedReports reports;

    Campaign campaign;
    AssembledReport draft;
    Document html;

    @BeforeAll
    void renderTheDraftOfARealReport() {
        campaign = reports.complete(YEAR, LEFT_OUT);
        draft = SystemActor.call(() -> assembler.assemble(campaign.getId(), true));
        html = Jsoup.parse(new String(renderer.render(draft.document()), StandardCharsets.UTF_8));
    }

    @AfterAll
    void deleteCampaign() {
        reports.delete(YEAR);
    }

    @Test
    void it_is_the_html_format() {
        assertThat(renderer.format()).isEqualTo(ExportFormat.HTML);
    }

    @Test
    void the_file_declares_its_language_its_encoding_and_its_title_and_holds_no_script() {
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(html.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(html.title()).isEqualTo("Rapport d\u2019activité " + YEAR + " (PROJET)");
        assertThat(html.select("head style")).hasSize(1);
        assertThat(html.select("link, script")).isEmpty();
        assertThat(html.select("main")).hasSize(1);
    }

    @Test
    void the_cover_title_is_the_only_h1_and_heading_levels_never_skip_going_down() {
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.selectFirst("header.cover h1").text()).isEqualTo("Rapport d\u2019activité " + YEAR);
        int previous = 0;
        for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @Test
    void every_chapter_title_is_a_heading_in_outline_order_with_its_annex_number() {
        List<String> expected = draft.document().headings().stream().filter(h -> h.role() == HeadingRole.CHAPTER)
                .map(Heading::fullText).toList();
        assertThat(expected).hasSize(campaign.getOutline().size() - LEFT_OUT);

        List<String> chapters = html.select(".h-chapter").eachText();

        assertThat(chapters).containsExactlyElementsOf(expected);
        assertThat(html.select("h3.h-chapter")).isNotEmpty();
    }

    @Test
    void anchors_are_unique_and_every_table_of_contents_link_leads_to_one() {
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> targets = new HashSet<>(ids);
        Element toc = html.selectFirst("nav.toc[aria-label=Sommaire]");
        assertThat(toc).isNotNull();
        List<String> links = toc.select("a").eachAttr("href");
        assertThat(links).hasSize(draft.document().tocEntries().size());
        assertThat(links).allSatisfy(link -> assertThat(targets).contains(link.substring(1)));
        assertThat(toc.select("> ol > li > ol > li")).as("chapters nested in their part").isNotEmpty();
        List<String> chapterLinks = toc.select("li.toc-chapter > a").eachText();
        assertThat(chapterLinks).hasSize(campaign.getOutline().size() - LEFT_OUT);
    }

    @Test
    void every_picture_is_inlined_in_a_figure_with_its_alternative_text_and_its_caption() throws IOException {
        Picture picture = new Picture(png(), "image/png", 4, 3);
        ReportDocument document = new ReportDocument(
                new DocumentInfo("Rapport", "fr", false, null, "Département du Val-de-Marne", "Test", Instant.EPOCH),
                new Cover("Rapport", null, "2081", "Département du Val-de-Marne", picture, null),
                List.of(new TableOfContents("Sommaire"), new Figure(picture, "La légende", "Ce que montre l'image")));

        Document parsed = Jsoup.parse(new String(renderer.render(document), StandardCharsets.UTF_8));

        assertThat(parsed.select("img")).hasSize(2).allSatisfy(img -> {
            assertThat(img.attr("alt")).isNotBlank();
            assertThat(img.attr("src")).startsWith("data:image/png;base64,");
        });
        Element figure = parsed.selectFirst("figure");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Ce que montre l'image");
        assertThat(figure.selectFirst("img").attr("width")).isEqualTo("4");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("La légende");
        assertThat(parsed.selectFirst("header.cover img").attr("alt")).isEqualTo("Département du Val-de-Marne");
        assertThat(html.select("img")).allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
    }

    @Test
    void a_timeline_is_an_ordered_list_of_dates_machine_readable_when_they_are_dates() {
        Timeline timeline = new Timeline(List.of(new Timeline.Event("12 mars 2081", List.of(Span.plain("Inauguration"))),
                new Timeline.Event("Printemps 2081", List.of(Span.bold("Concertation")))));

        Document parsed = Jsoup.parse(new String(renderer.render(document(false, timeline)), StandardCharsets.UTF_8));

        List<Element> events = parsed.select("ol.timeline > li");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).selectFirst("time").attr("datetime")).isEqualTo("2081-03-12");
        assertThat(events.get(0).text()).isEqualTo("12 mars 2081 Inauguration");
        assertThat(events.get(1).selectFirst("time").hasAttr("datetime")).isFalse();
        assertThat(events.get(1).selectFirst("strong").text()).isEqualTo("Concertation");
    }

    @Test
    void every_table_has_its_column_headers_and_the_dasipe_budget_no_invented_total() {
        List<Element> tables = html.select("table");
        assertThat(tables).isNotEmpty();
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.select("> thead > tr > th[scope=col]")).isNotEmpty();
            assertThat(table.select("> tbody > tr > th, > tbody > tr > td")).allMatch(cell -> cell.tagName().equals("td"));
        });
        // its lines are separate amounts (the RSA allowance is part of the global budget): no footer, no sum
        Element budget = html.selectFirst("table.t-budget");
        assertThat(budget).isNotNull();
        assertThat(budget.text().replaceAll("[\u00A0\u202F]", " ")).contains("299 641 972 €", "324 776 196 €")
                .doesNotContain("624 418 168");
        assertThat(budget.select("> tfoot")).isEmpty();
    }

    @Test
    void key_figures_are_cards_and_every_page_break_starts_a_new_sheet() {
        assertThat(html.select(".kf .kf-value").eachText()).contains("148\u202F183");
        long pageBreaks = draft.document().body().stream().filter(b -> b instanceof PageBreak).count();
        assertThat(html.select("main > section.sheet")).hasSize((int) pageBreaks + 1);
        assertThat(html.selectFirst("head style").data()).contains("@page").contains("size: A4").contains("break-before: page");
    }

    @Test
    void a_draft_shows_its_mark_its_notice_and_the_missing_chapters() {
        assertThat(html.selectFirst(".draft-banner .draft-mark").text()).isEqualTo("PROJET");
        assertThat(html.selectFirst(".cover-notice").text()).startsWith("Projet — document de travail du ");
        assertThat(html.selectFirst("head style").data()).contains(".recueil-doc.draft .sheet");
        assertThat(html.selectFirst(".notice").text()).contains(LEFT_OUT + " chapitres sur " + campaign.getOutline().size());
    }

    @Test
    void user_text_is_escaped_never_markup_and_only_web_links_are_followed() {
        ReportDocument document = document(false,
                new Heading(1, HeadingRole.CHAPTER, "Annexe 1", "Titre <b>gras</b>", "annexe-1", true),
                new Paragraph(List.of(Span.plain("avant <script>alert(1)</script> après"),
                        new Span("lien", false, false, "javascript:alert(1)"),
                        new Span("site", true, false, "https://www.example.fr/?a=1&b=\"2\"")), ParagraphStyle.BODY));

        Document parsed = Jsoup.parse(new String(renderer.render(document), StandardCharsets.UTF_8));

        assertThat(parsed.select("script, b")).isEmpty();
        assertThat(parsed.selectFirst("main p").text()).contains("avant <script>alert(1)</script> après");
        assertThat(parsed.select("a[href^=javascript]")).isEmpty();
        Element link = parsed.selectFirst("main p a");
        assertThat(link.attr("href")).isEqualTo("https://www.example.fr/?a=1&b=\"2\"");
        assertThat(link.attr("rel")).isEqualTo("noopener");
        assertThat(link.selectFirst("strong").text()).isEqualTo("site");
        assertThat(parsed.selectFirst("h2.h-chapter").text()).isEqualTo("Annexe 1 — Titre <b>gras</b>");
    }

    @Test
    void a_final_report_carries_no_draft_mark() {
        ReportDocument document = document(false, new Heading(1, HeadingRole.CHAPTER, "Annexe 1", "Un", "annexe-1", true));

        Document parsed = Jsoup.parse(new String(renderer.render(document), StandardCharsets.UTF_8));

        assertThat(parsed.select(".draft-banner, .draft")).isEmpty();
        assertThat(parsed.selectFirst("head style").data()).doesNotContain("image/svg");
        assertThat(parsed.title()).isEqualTo("Rapport");
    }

    @Test
    void a_total_row_goes_in_the_table_footer_and_a_caption_in_the_caption() {
        Table table = new Table(Table.TableKind.BUDGET, "Budget 2081", List.of(Table.Align.LEFT, Table.Align.RIGHT),
                List.of(Table.Cell.of("Poste"), Table.Cell.of("Montant")),
                List.of(List.of(Table.Cell.of("A"), Table.Cell.of("1\u202F000\u00A0€"))),
                List.of(Table.Cell.of("Total"), Table.Cell.of("1\u202F000\u00A0€")));

        Document parsed = Jsoup.parse(new String(renderer.render(document(false, table)), StandardCharsets.UTF_8));

        assertThat(parsed.selectFirst("table > caption").text()).isEqualTo("Budget 2081");
        assertThat(parsed.select("thead th[scope=col]").eachText()).containsExactly("Poste", "Montant");
        assertThat(parsed.selectFirst("tfoot th[scope=row]").text()).isEqualTo("Total");
        assertThat(parsed.selectFirst("tbody td.num").wholeText()).isEqualTo("1\u202F000\u00A0€");
    }

    @Test
    void the_fragment_for_the_preview_is_the_same_document_in_one_root_element_with_scoped_styles() {
        HtmlFragment fragment = renderer.renderFragment(draft.document());

        Document body = Jsoup.parseBodyFragment(fragment.bodyHtml());
        assertThat(body.body().children()).hasSize(1);
        assertThat(body.body().child(0).hasClass("recueil-doc")).isTrue();
        assertThat(body.select("main")).isEmpty();
        assertThat(body.select(".h-chapter").eachText()).isEqualTo(html.select(".h-chapter").eachText());
        assertThat(Jsoup.parseBodyFragment(fragment.tocHtml()).select("a").eachAttr("href"))
                .isEqualTo(html.select("nav.toc a").eachAttr("href"));
        String rules = fragment.css().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("@media[^{]*\\{", "");
        List<String> unscoped = new ArrayList<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{[^{}]*}").matcher(rules);
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                if (!selector.strip().startsWith(".recueil-doc")) {
                    unscoped.add(selector.strip());
                }
            }
        }
        assertThat(unscoped).isEmpty();
    }

    /** A figure, not a timed assertion (the machines are shared): run with the benchmarks. */
    @Test
    @org.junit.jupiter.api.Tag("benchmark")
    void prints_the_warm_render_time_of_a_report_of_more_than_thirty_chapters() {
        List<DocBlock> body = new ArrayList<>(draft.document().body());
        body.addAll(draft.document().body().subList(body.indexOf(draft.document().tocEntries().getFirst()), body.size()));
        ReportDocument document = new ReportDocument(draft.document().info(), draft.document().cover(), body);
        assertThat(document.tocEntries().stream().filter(h -> h.role() == HeadingRole.CHAPTER)).hasSizeGreaterThanOrEqualTo(35);
        for (int i = 0; i < 20; i++) {
            renderer.render(document);
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            renderer.render(document);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double medianMs = times[times.length / 2] / 1e6;
        System.out.printf("HTML render of %d chapters: median %.1f ms, max %.1f ms, %d bytes%n",
                document.tocEntries().stream().filter(h -> h.role() == HeadingRole.CHAPTER).count(), medianMs, times[times.length - 1] / 1e6, renderer.render(document).length);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private static ReportDocument document(boolean draft, DocBlock... blocks) {
        List<DocBlock> body = new ArrayList<>();
        body.add(new TableOfContents("Sommaire"));
        body.addAll(List.of(blocks));
        return new ReportDocument(new DocumentInfo("Rapport", "fr", draft, draft ? "PROJET" : null, "Département", "Test", Instant.EPOCH),
                new Cover("Rapport", null, "2081", "Département", null, null), body);
    }
}
