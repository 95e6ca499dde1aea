package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetLine;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import fr.recueil.chapter.content.TimelineBlock;
import fr.recueil.chapter.content.TimelineEvent;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs in one rolled-back transaction: what a test writes never reaches the other tests. */
@SpringBootTest
@Transactional
class ChapterServiceTest {

    @Autowired
    private ChapterService chapters;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private Actors actors;

    private ChapterSummary dasipe;

    @BeforeEach
    void dasipeChapter() {
        actors.loginAs("contributeur.dasipe");
        dasipe = chapters.myChapters().getFirst();
    }

    @Test
    void opening_a_campaign_gave_every_outline_entry_its_chapter_from_the_template() {
        long campaignId = campaigns.currentCampaign().orElseThrow().getId();
        List<ChapterSummary> all = actors.as("relecteur.demo", () -> chapters.chaptersOf(campaignId));

        assertThat(all).hasSize(31);
        assertThat(all.getFirst().annexNumber()).isEqualTo(2);
        assertThat(all.getFirst().title()).isEqualTo("Exécution budgétaire 2024");
        assertThat(dasipe.annexNumber()).isEqualTo(4);
        assertThat(chapters.chapter(dasipe.id()).getContent().blocks()).extracting(Block::title)
                .containsExactly("Missions de la direction", "Les chiffres clés de l'année", "Le budget",
                        "Les grandes réalisations de l'année");
        assertThat(dasipe.missingRequiredBlocks())
                .containsExactly("Missions de la direction", "Les chiffres clés de l'année", "Les grandes réalisations de l'année");
    }

    @Test
    void a_member_saves_every_kind_of_block_and_reads_it_back() {
        ChapterContent content = fullContent(current());

        Chapter saved = chapters.save(dasipe.id(), dasipe.version(), content);

        assertThat(saved.getVersion()).isEqualTo(dasipe.version() + 1);
        assertThat(saved.getUpdatedBy()).isEqualTo("contributeur.dasipe");
        assertThat(chapters.chapter(dasipe.id()).getContent()).isEqualTo(content);
        assertThat(ContentJson.read(ContentJson.write(content))).isEqualTo(content);
        assertThat(chapters.summary(dasipe.id()).missingRequiredBlocks()).isEmpty();
    }

    @Test
    void a_save_on_a_stale_version_is_refused_with_the_other_version_and_changes_nothing() {
        ChapterContent theirs = withMissions(current(), "Leur version des missions.");
        actors.as("directrice.dasipe", () -> chapters.save(dasipe.id(), dasipe.version(), theirs));

        ChapterContent mine = withMissions(current(), "Ma version des missions.");
        assertThatThrownBy(() -> chapters.save(dasipe.id(), dasipe.version(), mine))
                .isInstanceOfSatisfying(ChapterConflict.class, conflict -> {
                    assertThat(conflict.theirAuthor()).isEqualTo("directrice.dasipe");
                    assertThat(conflict.theirContent()).isEqualTo(theirs);
                    assertThat(conflict.theirVersion()).isEqualTo(dasipe.version() + 1);
                    assertThat(conflict.getMessage()).contains("directrice.dasipe a enregistré ce chapitre");
                });
        assertThat(chapters.chapter(dasipe.id()).getContent()).isEqualTo(theirs);
    }

    @Test
    void a_user_of_another_direction_can_neither_read_nor_change_the_chapter_by_its_id() {
        long id = dasipe.id();
        actors.as("contributeur.multi", () -> {
            assertThatThrownBy(() -> chapters.chapter(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> chapters.summary(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> chapters.save(id, 0, ChapterContent.empty())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> chapters.storeImage(id, "x.png", png())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> chapters.prefillFromPreviousYear(id, 0, true)).isInstanceOf(AccessDeniedException.class);
            assertThat(chapters.myChapters()).extracting(ChapterSummary::directionName)
                    .containsExactly("Direction de l'achat public et des marchés", "Direction des systèmes d'information");
        });
    }

    @Test
    void reviewers_communication_and_admins_read_every_chapter_but_do_not_write_it() {
        for (String staff : List.of("relecteur.demo", "communication", "admin")) {
            actors.as(staff, () -> {
                assertThat(chapters.chapter(dasipe.id()).getTitle()).startsWith("Direction de l'action sociale");
                assertThat(chapters.canEdit(dasipe.id())).isFalse();
                assertThatThrownBy(() -> chapters.save(dasipe.id(), dasipe.version(), current()))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    @Test
    void the_director_of_the_direction_edits_its_chapter_too() {
        actors.as("directrice.dasipe", () -> {
            assertThat(chapters.canEdit(dasipe.id())).isTrue();
            chapters.save(dasipe.id(), dasipe.version(), withMissions(current(), "Texte de la directrice."));
        });
    }

    @Test
    void optional_blocks_can_be_added_reordered_and_removed_but_required_ones_cannot_be_removed() {
        List<Block> blocks = new ArrayList<>(current().blocks());
        blocks.add(1, ChapterTemplate.newBlock(BlockType.RICH_TEXT, "Focus : le plan grand froid"));
        Chapter saved = chapters.save(dasipe.id(), dasipe.version(), new ChapterContent(blocks));
        assertThat(saved.getContent().blocks().get(1).title()).isEqualTo("Focus : le plan grand froid");

        List<Block> reordered = new ArrayList<>(saved.getContent().blocks());
        Collections.swap(reordered, 0, 1);
        reordered.removeIf(b -> b.type() == BlockType.BUDGET);
        saved = chapters.save(dasipe.id(), saved.getVersion(), new ChapterContent(reordered));
        assertThat(saved.getContent().blocks()).extracting(Block::title).containsExactly("Focus : le plan grand froid",
                "Missions de la direction", "Les chiffres clés de l'année", "Les grandes réalisations de l'année");

        List<Block> withoutMissions = new ArrayList<>(saved.getContent().blocks());
        withoutMissions.removeIf(b -> b.title().equals("Missions de la direction"));
        long version = saved.getVersion();
        assertThatThrownBy(() -> chapters.save(dasipe.id(), version, new ChapterContent(withoutMissions)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Le bloc « Missions de la direction » est obligatoire : il ne peut pas être supprimé.");
    }

    @Test
    void bad_input_is_refused_with_a_precise_french_message_and_nothing_is_stored() {
        ChapterContent before = current();
        String twoMegabytes = "x".repeat(2 * 1024 * 1024);
        List<List<String>> oneRow = List.of(Collections.nCopies(100, "c"));
        assertRefused(withMissions(before, twoMegabytes), "le texte dépasse 20000 caractères (il en compte 2097152)");
        assertRefused(withMissions(before, "Texte <script>alert(1)</script>"), "contient un script");
        assertRefused(withMissions(before, "[clic](javascript:alert(1))"), "lien « javascript: »");
        assertRefused(withFigure(before, KeyFigure.number("12,5,3", "agents")),
                "Bloc « Les chiffres clés de l'année », chiffre « agents » : « 12,5,3 » contient plusieurs virgules");
        assertRefused(with(before, new TableBlock(ChapterTemplate.newId(), "Effectifs", false, Collections.nCopies(100, "h"), oneRow)),
                "un tableau compte au plus 20 colonnes (celui-ci en a 100)");
        assertRefused(with(before, new RichTextBlock(ChapterTemplate.newId(), "T".repeat(5000), false, "")),
                "dépasse 300 caractères (il en compte 5\u202f000)");

        assertThat(chapters.chapter(dasipe.id()).getContent()).isEqualTo(before);
        assertThat(chapters.chapter(dasipe.id()).getVersion()).isEqualTo(dasipe.version());
    }

    @Test
    void images_are_png_or_jpeg_recognised_from_their_bytes_and_at_most_5_megabytes() throws Exception {
        long pngId = chapters.storeImage(dasipe.id(), "photo.png", png());
        long jpegId = chapters.storeImage(dasipe.id(), "photo.jpg", jpeg());
        assertThat(chapters.image(pngId).mediaType()).isEqualTo("image/png");
        assertThat(chapters.image(jpegId).mediaType()).isEqualTo("image/jpeg");
        assertThat(chapters.image(pngId).width()).isEqualTo(40);

        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes();
        assertThatThrownBy(() -> chapters.storeImage(dasipe.id(), "photo.png", pdf))
                .hasMessage("« photo.png » n'est pas une image PNG ou JPEG (c'est un fichier PDF). Enregistrez-la en PNG ou en JPEG puis réessayez.");
        byte[] huge = new byte[40 * 1024 * 1024];
        System.arraycopy(png(), 0, huge, 0, png().length);
        assertThatThrownBy(() -> chapters.storeImage(dasipe.id(), "grande.png", huge))
                .hasMessage("L'image pèse 40,0 Mo : une image ne doit pas dépasser 5 Mo.");
        actors.as("contributeur.multi", () ->
                assertThatThrownBy(() -> chapters.image(pngId)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void last_years_approved_chapter_prefills_this_years_with_its_values_moved_to_n_minus_1() {
        assertThat(chapters.previousYearChapter(dasipe.id())).isPresent();

        Chapter prefilled = chapters.prefillFromPreviousYear(dasipe.id(), dasipe.version(), false);

        ChapterContent content = prefilled.getContent();
        assertThat(((RichTextBlock) content.blocks().getFirst()).body()).startsWith("Le Département est le chef de file de l'action sociale");
        assertThat(content.blocks().getFirst().id()).isEqualTo(current().blocks().getFirst().id());
        KeyFigure first = ((KeyFiguresBlock) content.blocks().get(1)).groups().getFirst().figures().getFirst();
        assertThat(first.value()).isNull();
        assertThat(first.previousValue()).isEqualTo("148 183");
        assertThat(first.label()).isEqualTo("personnes reçues physiquement");
        BudgetBlock budget = (BudgetBlock) content.blocks().get(2);
        assertThat(budget.lines()).extracting(BudgetLine::label).contains("Montant annuel de l'allocation RSA");
        assertThat(budget.lines()).extracting(BudgetLine::amount).containsOnlyNulls();
        AchievementsBlock achievements = (AchievementsBlock) content.blocks().get(3);
        assertThat(achievements.items()).hasSize(5);
        assertThat(content.blocks()).filteredOn(Block::required).hasSize(3);
    }

    @Test
    void prefilling_a_chapter_that_has_content_needs_a_confirmation() {
        Chapter saved = chapters.save(dasipe.id(), dasipe.version(), withMissions(current(), "Déjà écrit."));

        assertThatThrownBy(() -> chapters.prefillFromPreviousYear(dasipe.id(), saved.getVersion(), false))
                .hasMessage("Le chapitre contient déjà du texte : confirmez que vous voulez le remplacer par celui de l'an dernier.");
        assertThat(chapters.prefillFromPreviousYear(dasipe.id(), saved.getVersion(), true).getContent().blocks().getFirst())
                .isInstanceOfSatisfying(RichTextBlock.class, b -> assertThat(b.body()).startsWith("Le Département"));
    }

    @Test
    void nothing_can_be_changed_once_the_campaign_is_closed() {
        long campaignId = dasipe.campaignId();
        actors.as("admin", () -> campaigns.changeStatus(campaignId, CampaignStatus.CLOSED));

        assertThat(chapters.canEdit(dasipe.id())).isFalse();
        assertThatThrownBy(() -> chapters.save(dasipe.id(), dasipe.version(), current()))
                .hasMessage("La campagne de ce chapitre n'est pas ouverte : il ne peut pas être modifié.");
    }

    private void assertRefused(ChapterContent content, String message) {
        assertThatThrownBy(() -> chapters.save(dasipe.id(), dasipe.version(), content))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining(message);
    }

    private ChapterContent current() {
        return chapters.chapter(dasipe.id()).getContent();
    }

    static ChapterContent withMissions(ChapterContent content, String body) {
        RichTextBlock missions = (RichTextBlock) content.blocks().getFirst();
        return content.replace(missions.withBody(body));
    }

    static ChapterContent withFigure(ChapterContent content, KeyFigure figure) {
        KeyFiguresBlock figures = (KeyFiguresBlock) content.blocks().get(1);
        return content.replace(figures.withGroups(List.of(new FigureGroup("L'activité des EDS", List.of(figure)))));
    }

    static ChapterContent with(ChapterContent content, Block block) {
        List<Block> blocks = new ArrayList<>(content.blocks());
        blocks.add(block);
        return new ChapterContent(blocks);
    }

    static ChapterContent fullContent(ChapterContent template) {
        ChapterContent content = withMissions(template, "La **DASIPE** accueille le public dans *20 EDS*.\n\n- accueil\n- accompagnement");
        KeyFiguresBlock figures = (KeyFiguresBlock) content.blocks().get(1);
        content = content.replace(figures.withGroups(List.of(
                new FigureGroup("L'activité des EDS", List.of(
                        new KeyFigure("148 183", "personnes reçues physiquement", "140 002", null, false, null),
                        new KeyFigure("99 %", "des demandes traitées", null, "hors demandes incomplètes", false, null),
                        new KeyFigure(null, "lecteurs en salle", "4 310", null, false, "Salle fermée pour travaux"))),
                new FigureGroup(null, List.of(KeyFigure.ofSentence("Le RSA est versé chaque mois."))))));
        BudgetBlock budget = (BudgetBlock) content.blocks().get(2);
        content = content.replace(new BudgetBlock(budget.id(), budget.title(), false,
                List.of(new BudgetLine("Allocation RSA", "299 641 972 €"), new BudgetLine("Budget global", "324 776 196 €")),
                "Compte administratif 2024"));
        AchievementsBlock achievements = (AchievementsBlock) content.blocks().get(3);
        content = content.replace(achievements.withItems(List.of(
                new Achievement("L'auto-saisie des aides financières", "Une expérimentation dans 4 EDS.", null, null, null))));
        content = with(content, new TableBlock(ChapterTemplate.newId(), "Effectifs", false, List.of("Statut", "Nombre"),
                List.of(List.of("Titulaire", "5489"), List.of("Contractuel", "1561"))));
        return with(content, new TimelineBlock(ChapterTemplate.newId(), "L'année en dates", false,
                List.of(new TimelineEvent(LocalDate.of(2024, 3, 8), "Journée des droits des femmes"))));
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        try {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
