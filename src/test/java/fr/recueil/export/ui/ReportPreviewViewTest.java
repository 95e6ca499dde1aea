package fr.recueil.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fr.recueil.assembly.ReportAssembler;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.base.ui.ReportTabs;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.chapter.ChapterService;
import fr.recueil.testing.ApprovedReports;
import fr.recueil.testing.KaribuTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The preview page shows the report of the campaign DIRCOM works on (here the latest open one, 2082). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPreviewViewTest extends KaribuTest {

    static final int YEAR = 2082;
    static final int LEFT_OUT = 2;

    @Autowired
    ApprovedReports reports;
    @Autowired
    ReportAssembler assembler;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChapterService chapters;

    Campaign campaign;

    @BeforeAll
    void createTheLatestOpenCampaign() {
        campaign = reports.complete(YEAR, LEFT_OUT);
    }

    @AfterAll
    void deleteCampaign() {
        reports.delete(YEAR);
    }

    @Test
    void communication_sees_the_report_tabs_the_table_of_contents_and_every_approved_chapter() {
        login("communication");

        UI.getCurrent().navigate("rapport/apercu");

        assertThat(_get(ReportTabs.class)).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-tab-preview")).getElement().getAttribute("aria-current"))
                .isEqualTo("page");
        List<Heading> headings = SystemActor.call(() -> assembler.assemble(campaign.getId(), true)).document().headings().stream()
                .filter(h -> h.role() == HeadingRole.CHAPTER).toList();
        List<String> chapters = headings.stream().map(Heading::fullText).toList();
        assertThat(chapters).hasSize(campaign.getOutline().size() - LEFT_OUT);

        Document toc = Jsoup.parseBodyFragment(_get(Html.class, spec -> spec.withId("preview-toc-list")).getInnerHtml());
        assertThat(toc.select("li.toc-chapter > a").eachText())
                .containsExactlyElementsOf(headings.stream().map(h -> h.number() + " " + h.text()).toList());
        assertThat(toc.select("li.toc-part > a").eachText()).startsWith("Chapitres transversaux", "Pôle solidarités");

        Document document = Jsoup.parseBodyFragment(_get(Html.class, spec -> spec.withId("preview-document")).getInnerHtml());
        assertThat(document.select(".h-chapter").eachText()).containsExactlyElementsOf(chapters);
        assertThat(toc.select("a").eachAttr("href")).allSatisfy(href ->
                assertThat(document.getElementById(href.substring(1))).as(href).isNotNull());
        assertThat(document.select("script")).isEmpty();
        assertThat(document.selectFirst(".draft-mark").text()).isEqualTo("PROJET");
    }

    @Test
    void the_missing_chapters_are_counted_and_the_html_file_can_be_downloaded() {
        login("communication");

        UI.getCurrent().navigate("rapport/apercu");

        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-readiness")).getText())
                .startsWith(LEFT_OUT + " chapitres sur " + campaign.getOutline().size() + " restent à valider");
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-html"));
        assertThat(download.getElement().getAttribute("download")).isEqualTo("rapport-" + YEAR + "-projet.html");
        assertThat(download.getElement().getTextRecursively()).contains("Télécharger le HTML");
        assertThat(_find(Component.class, spec -> spec.withId("preview-error"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} cannot open the preview")
    @ValueSource(strings = {"contributeur.dasipe", "relecteur.demo"})
    void the_preview_is_for_communication_and_administrators_only(String login) {
        login(login);

        UI.getCurrent().navigate("rapport/apercu");

        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("preview-document"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("preview-toc"))).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void once_every_chapter_is_approved_the_preview_says_it_is_the_final_content() {
        SystemActor.run(() -> {
            List<OutlineEntry> outline = campaigns.campaign(campaign.getId()).orElseThrow().getOutline();
            for (OutlineEntry entry : outline.subList(outline.size() - LEFT_OUT, outline.size())) {
                long chapterId = chapters.chapterOfOutlineEntry(entry.getId()).orElseThrow().getId();
                chapters.loadApprovedContent(chapterId, reports.fixtureContents().getFirst(), "test");
            }
        });
        login("communication");

        UI.getCurrent().navigate("rapport/apercu");

        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-readiness")).getText())
                .isEqualTo("Tous les chapitres sont validés : cet aperçu est le contenu de l'export final.");
        Document document = Jsoup.parseBodyFragment(_get(Html.class, spec -> spec.withId("preview-document")).getInnerHtml());
        assertThat(document.select(".h-chapter")).hasSize(campaign.getOutline().size());
    }

    @Test
    void an_administrator_sees_the_preview_too() {
        login("admin");

        UI.getCurrent().navigate("rapport/apercu");

        assertThat(_find(Component.class, spec -> spec.withId("preview-document"))).hasSize(1);
    }
}
