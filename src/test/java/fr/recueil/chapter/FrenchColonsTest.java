package fr.recueil.chapter;

import fr.recueil.assembly.FrontMatterService;
import fr.recueil.assembly.ReportFrontMatter;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.importing.AnalysedChapter;
import fr.recueil.importing.ImportAnalysis;
import fr.recueil.importing.ImportTarget;
import fr.recueil.importing.ReportImportService;
import fr.recueil.importing.TestDocx;
import fr.recueil.review.CommentService;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * French typography puts a space before a colon: "open data : 42" is prose, not a link, wherever
 * text is written (a block, a comment, the editorial, a Word import); a javascript: link is refused.
 */
@SpringBootTest
@Transactional
class FrenchColonsTest {

    private static final String SENTENCE = "Stratégie open data : 42 jeux publiés.";
    private static final String SCRIPT_LINK = "Voir [le portail](javascript:alert(1)).";

    @Autowired
    private ChapterService chapters;
    @Autowired
    private CommentService comments;
    @Autowired
    private FrontMatterService frontMatters;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ReportImportService imports;
    @Autowired
    private Actors actors;

    @Test
    void a_block_takes_the_sentence_and_refuses_a_script_link() {
        actors.loginAs("contributeur.dasipe");
        long id = chapters.myChapters().getFirst().id();
        Chapter chapter = chapters.chapter(id);

        Chapter saved = chapters.save(id, chapter.getVersion(), withMissions(chapter.getContent(), SENTENCE));

        assertThat(missions(saved.getContent()).body()).isEqualTo(SENTENCE);
        assertThatThrownBy(() -> chapters.save(id, saved.getVersion(), withMissions(saved.getContent(), SCRIPT_LINK)))
                .hasMessageContaining("script");
        assertThat(missions(chapters.chapter(id).getContent()).body()).isEqualTo(SENTENCE);
    }

    @Test
    void a_comment_takes_the_sentence_and_refuses_a_script_link() {
        actors.loginAs("contributeur.dasipe");
        long id = chapters.myChapters().getFirst().id();
        String block = chapters.chapter(id).getContent().blocks().getFirst().id();

        assertThat(comments.add(id, block, SENTENCE).body()).isEqualTo(SENTENCE);
        assertThatThrownBy(() -> comments.add(id, block, SCRIPT_LINK)).hasMessageContaining("script");
        assertThat(comments.comments(id)).singleElement().extracting(c -> c.body()).isEqualTo(SENTENCE);
    }

    @Test
    void the_editorial_takes_the_sentence_and_refuses_a_script_link() {
        actors.loginAs("communication");
        long campaignId = campaigns.currentCampaign().orElseThrow().getId();
        long version = frontMatters.frontMatter(campaignId).getVersion();

        ReportFrontMatter saved = frontMatters.describe(campaignId, version, "Rapport", null, null, "Éditorial", SENTENCE);

        assertThat(saved.getEditorialBody()).isEqualTo(SENTENCE);
        assertThatThrownBy(() -> frontMatters.describe(campaignId, saved.getVersion(), "Rapport", null, null, "Éditorial",
                SCRIPT_LINK)).hasMessageContaining("script");
    }

    @Test
    void a_word_import_takes_the_sentence() {
        actors.loginAs("communication");
        byte[] docx = new TestDocx()
                .heading(1, "Direction des systèmes d'information (DSI)")
                .heading(2, "Missions de la direction").text(SENTENCE)
                .bytes();
        ImportAnalysis analysis = imports.analyse("rapport-2016.docx", docx, 2016);
        Map<Integer, ImportTarget> choices = new HashMap<>();
        for (AnalysedChapter chapter : analysis.chapters()) {
            if (chapter.proposed() != null) {
                choices.put(chapter.index(), chapter.proposed());
            }
        }
        assertThat(choices).hasSize(1);

        assertThat(imports.importReport(analysis, choices).importedChapters()).isEqualTo(1);

        long campaignId = campaigns.campaignOfYear(2016).orElseThrow().getId();
        ChapterContent imported = chapters.chaptersOf(campaignId).stream().map(c -> chapters.chapter(c.id()))
                .filter(c -> !c.getContent().isBlank()).findFirst().orElseThrow().getContent();
        assertThat(imported.blocks()).filteredOn(RichTextBlock.class::isInstance)
                .anySatisfy(b -> assertThat(((RichTextBlock) b).body()).contains("open data : 42"));
    }

    private static RichTextBlock missions(ChapterContent content) {
        return (RichTextBlock) content.blocks().stream().filter(RichTextBlock.class::isInstance).findFirst().orElseThrow();
    }

    private static ChapterContent withMissions(ChapterContent content, String body) {
        Block missions = missions(content).withBody(body);
        return content.replace(missions);
    }
}
