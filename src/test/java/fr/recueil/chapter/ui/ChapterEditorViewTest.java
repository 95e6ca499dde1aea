package fr.recueil.chapter.ui;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.ui.text.RichTextField;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter editor, without a browser, on the demo data. Writes go to the DSI chapter of
 * contributeur.multi and are undone after each test; the DASIPE chapter is only read, so that the
 * other tests find it as the template made it.
 */
class ChapterEditorViewTest extends KaribuTest {

    private static final String MULTI = "contributeur.multi";

    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;

    private long dsi;
    private ChapterContent dsiBefore;

    @BeforeEach
    void rememberTheDsiChapter() {
        actors.as(MULTI, () -> {
            dsi = chapters.myChapters().stream().filter(c -> c.directionName().contains("systèmes d'information"))
                    .findFirst().orElseThrow().id();
            dsiBefore = chapters.chapter(dsi).getContent();
        });
    }

    @AfterEach
    void restoreTheDsiChapter() {
        actors.as(MULTI, () -> {
            var now = chapters.chapter(dsi);
            if (!now.getContent().equals(dsiBefore)) {
                chapters.save(dsi, now.getVersion(), dsiBefore);
            }
        });
    }

    @Test
    void a_contributor_edits_the_missions_and_saves_them() {
        ChapterEditorView view = open(MULTI, dsi);
        long version = view.loadedVersion();
        assertThat(_get(H1.class).getText()).isEqualTo(summary(MULTI, dsi).title());
        assertThat(view.isDirty()).isFalse();

        _setValue(missions(view).body().rich(), "La DSI **modernise** le poste de travail.\n\n- 3 000 postes\n- 120 applications");
        assertThat(view.isDirty()).isTrue();
        _click(saveButton());

        assertThat(missionsBody(stored(dsi))).isEqualTo("La DSI **modernise** le poste de travail.\n\n- 3 000 postes\n- 120 applications");
        assertThat(actors.as(MULTI, () -> chapters.chapter(dsi).getVersion())).isEqualTo(version + 1);
        assertThat(view.isDirty()).isFalse();
        assertThat(view.status().getText()).startsWith("Enregistré à");
        assertThat(view.completeness().lineTexts()).doesNotContain("Missions de la direction")
                .contains("Les chiffres clés de l'année", "Les grandes réalisations de l'année");
    }

    @Test
    void a_figure_that_does_not_parse_shows_the_precise_error_and_nothing_is_stored() {
        ChapterEditorView view = open(MULTI, dsi);
        FigureGroupEditor group = figures(view).groups().getFirst();
        _click(group.addFigureButton());
        FigureEditor figure = group.figures().getFirst();
        _setValue(figure.valueField(), "12,5,3");
        _setValue(figure.labelField(), "agents");

        assertThat(figure.valueField().isInvalid()).isTrue();
        assertThat(figure.valueField().getErrorMessage())
                .isEqualTo("« 12,5,3 » contient plusieurs virgules : un nombre n'a qu'une virgule décimale (exemple : 5 037 554,95).");

        long version = view.loadedVersion();
        _click(saveButton());

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith(
                "Bloc « Les chiffres clés de l'année », chiffre « agents » : « 12,5,3 » contient plusieurs virgules"));
        assertThat(stored(dsi)).isEqualTo(dsiBefore);
        assertThat(actors.as(MULTI, () -> chapters.chapter(dsi).getVersion())).isEqualTo(version);
        assertThat(figure.valueField().getValue()).isEqualTo("12,5,3");
        assertThat(view.isDirty()).isTrue();
        assertThat(view.status().getText()).startsWith("Non enregistré : Bloc « Les chiffres clés de l'année »");
    }

    @Test
    void a_new_group_of_figures_and_its_figure_are_stored_with_the_parsed_value_and_the_variation_is_shown() {
        ChapterEditorView view = open(MULTI, dsi);
        KeyFiguresBlockEditor figures = figures(view);
        _click(figures.addGroupButton());
        FigureGroupEditor group = figures.groups().getLast();
        _setValue(group.headingField(), "Le poste de travail");
        _click(group.addFigureButton());
        FigureEditor figure = group.figures().getFirst();
        _setValue(figure.valueField(), "3 270");
        _setValue(figure.labelField(), "postes de travail renouvelés");
        _setValue(figure.previousField(), "3 000");

        assertThat(figure.valueField().isInvalid()).isFalse();
        assertThat(figure.variationText().getText()).isEqualTo("+9\u202F% par rapport à 2023");
        assertThat(view.completeness().lineTexts()).doesNotContain("postes de travail renouvelés");
        _click(saveButton());

        KeyFiguresBlock stored = (KeyFiguresBlock) stored(dsi).blocks().get(1);
        FigureGroup storedGroup = stored.groups().getLast();
        assertThat(storedGroup.heading()).isEqualTo("Le poste de travail");
        KeyFigure storedFigure = storedGroup.figures().getFirst();
        assertThat(storedFigure.label()).isEqualTo("postes de travail renouvelés");
        assertThat(storedFigure.parsedValue().number()).isEqualByComparingTo(new BigDecimal("3270"));
        assertThat(storedFigure.previousValue()).isEqualTo("3 000");
    }

    @Test
    void a_figure_waiting_for_its_value_is_listed_as_still_to_do() {
        ChapterEditorView view = open(MULTI, dsi);
        FigureGroupEditor group = figures(view).groups().getFirst();
        _click(group.addFigureButton());
        _setValue(group.figures().getFirst().labelField(), "tickets traités");

        assertThat(view.completeness().lineTexts()).contains("tickets traités");
    }

    @Test
    void an_optional_block_is_added_moved_and_removed_while_required_blocks_have_no_remove_button() {
        ChapterEditorView view = open(MULTI, dsi);
        assertThat(view.cards()).allSatisfy(card -> {
            assertThat(card.editor().required()).isEqualTo(card.editor().type() != BlockType.BUDGET);
            assertThat(card.removable()).isEqualTo(!card.editor().required());
        });

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("add-block")), "add-block-TABLE");
        BlockCard table = view.cards().getLast();
        assertThat(table.editor().type()).isEqualTo(BlockType.TABLE);
        assertThat(table.editor().titleField().getValue()).isEqualTo("Tableau");
        assertThat(table.removable()).isTrue();
        TableBlockEditor tableEditor = (TableBlockEditor) table.editor();
        _setValue(tableEditor.headerCells().getFirst(), "Application");
        _setValue(tableEditor.rowCells().getFirst().getFirst(), "Messagerie");

        _click(_get(table, Button.class, spec -> spec.withClasses("recueil-block-up")));
        assertThat(view.cards().indexOf(table)).isEqualTo(3);
        _click(saveButton());
        assertThat(stored(dsi).blocks()).extracting(Block::type).containsExactly(
                BlockType.RICH_TEXT, BlockType.KEY_FIGURES, BlockType.BUDGET, BlockType.TABLE, BlockType.ACHIEVEMENTS);
        assertThat(((TableBlock) stored(dsi).blocks().get(3)).rows().getFirst().getFirst()).isEqualTo("Messagerie");

        _click(_get(table, Button.class, spec -> spec.withClasses("recueil-block-remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.cards()).hasSize(4);
        _click(saveButton());
        assertThat(stored(dsi).blocks()).extracting(Block::type).containsExactly(
                BlockType.RICH_TEXT, BlockType.KEY_FIGURES, BlockType.BUDGET, BlockType.ACHIEVEMENTS);
    }

    @Test
    void a_table_of_more_than_20_columns_is_refused_with_the_message() {
        ChapterEditorView view = open(MULTI, dsi);
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("add-block")), "add-block-TABLE");
        TableBlockEditor table = (TableBlockEditor) view.cards().getLast().editor();
        while (table.columnCount() < 20) {
            _click(table.addColumnButton());
        }
        _click(table.addColumnButton());

        assertThat(table.columnCount()).isEqualTo(20);
        assertThat(notificationTexts()).contains("Bloc « Tableau » : un tableau compte au plus 20 colonnes (celui-ci en a 21).");
    }

    @Test
    void when_someone_saved_in_the_meantime_both_versions_are_shown_side_by_side_and_mine_can_be_kept() {
        ChapterEditorView view = open(MULTI, dsi);
        _setValue(missions(view).body().rich(), "Ma version des missions.");

        ChapterContent theirs = withMissions(dsiBefore, "Leur version des missions.");
        long theirVersion = actors.as(MULTI, () -> chapters.save(dsi, view.loadedVersion(), theirs).getVersion());
        _click(saveButton());

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(dialog.conflict().theirAuthor()).isEqualTo(MULTI);
        assertThat(dialog.comparedTexts()).anyMatch(text -> text.contains("Leur version des missions."))
                .anyMatch(text -> text.contains("Ma version des missions."));
        assertThat(stored(dsi)).isEqualTo(theirs);
        assertThat(missions(view).body().getValue()).isEqualTo("Ma version des missions.");

        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-keep-mine")));

        assertThat(missionsBody(stored(dsi))).isEqualTo("Ma version des missions.");
        assertThat(actors.as(MULTI, () -> chapters.chapter(dsi).getVersion())).isEqualTo(theirVersion + 1);
        assertThat(view.isDirty()).isFalse();
    }

    @Test
    void in_a_conflict_a_block_of_the_other_version_can_be_copied_into_mine_or_their_version_taken() {
        ChapterEditorView view = open(MULTI, dsi);
        _setValue(missions(view).body().rich(), "Ma version des missions.");
        ChapterContent theirs = withMissions(dsiBefore, "Leur version des missions.");
        actors.as(MULTI, () -> chapters.save(dsi, view.loadedVersion(), theirs));
        _click(saveButton());

        ConflictDialog dialog = _get(ConflictDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withClasses("recueil-conflict-copy")));
        assertThat(missions(view).body().getValue()).isEqualTo("Leur version des missions.");

        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-take-theirs")));
        assertThat(missions(view).body().getValue()).isEqualTo("Leur version des missions.");
        assertThat(view.isDirty()).isFalse();
    }

    @Test
    void a_title_of_5000_characters_is_refused_with_the_message_and_the_field_keeps_the_text() {
        ChapterEditorView view = open(MULTI, dsi);
        TextField title = missions(view).titleField();
        String longTitle = "T".repeat(5000);
        _setValue(title, longTitle);

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Le titre dépasse 300 caractères (il en compte 5\u202F000) : raccourcissez-le.");
        _click(saveButton());

        assertThat(notificationTexts()).anyMatch(text -> text.contains("dépasse 300 caractères (il en compte 5\u202F000)"));
        assertThat(title.getValue()).isEqualTo(longTitle);
        assertThat(stored(dsi)).isEqualTo(dsiBefore);
    }

    @Test
    void an_image_that_is_really_a_pdf_or_too_large_is_refused_with_the_server_message_and_a_png_is_stored() throws IOException {
        ChapterEditorView view = open(MULTI, dsi);
        AchievementsBlockEditor achievements = (AchievementsBlockEditor) view.cards().get(3).editor();
        _click(achievements.addItemButton());
        AchievementsBlockEditor.ItemEditor item = achievements.items().getFirst();
        _setValue(item.title, "Le nouveau poste de travail");

        UploadKt._upload(item.image.upload(), "photo.png", "image/png", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes());
        assertThat(item.image.refusal().getText()).isEqualTo("« photo.png » n'est pas une image PNG ou JPEG "
                + "(c'est un fichier PDF). Enregistrez-la en PNG ou en JPEG puis réessayez.");
        assertThat(item.image.imageId()).isNull();

        UploadKt._upload(item.image.upload(), "grande.png", "image/png", new byte[40 * 1024 * 1024]);
        assertThat(item.image.refusal().getText())
                .isEqualTo("« grande.png » refusée : L'image pèse 40,0 Mo : une image ne doit pas dépasser 5 Mo.");
        assertThat(item.image.imageId()).isNull();

        UploadKt._upload(item.image.upload(), "poste.png", "image/png", png());
        assertThat(item.image.imageId()).isNotNull();
        assertThat(item.image.refusal().isVisible()).isFalse();
        assertThat(item.image.altField().isInvalid()).isTrue();
        _setValue(item.image.altField(), "Un agent installe un ordinateur portable");
        _click(saveButton());

        Achievement stored = ((AchievementsBlock) stored(dsi).blocks().get(3)).items().getFirst();
        assertThat(stored.title()).isEqualTo("Le nouveau poste de travail");
        assertThat(stored.imageId()).isEqualTo(item.image.imageId());
        assertThat(stored.alt()).isEqualTo("Un agent installe un ordinateur portable");
    }

    @Test
    void unsaved_changes_are_saved_when_the_user_leaves_and_a_refused_save_keeps_them_on_the_page() {
        ChapterEditorView view = open(MULTI, dsi);
        _setValue(missions(view).body().rich(), "Texte enregistré en quittant la page.");
        UI.getCurrent().navigate("mon-compte");
        assertThat(missionsBody(stored(dsi))).isEqualTo("Texte enregistré en quittant la page.");

        view = open(MULTI, dsi);
        FigureGroupEditor group = figures(view).groups().getFirst();
        _click(group.addFigureButton());
        _setValue(group.figures().getFirst().valueField(), "12,5,3");
        _setValue(group.figures().getFirst().labelField(), "agents");
        UI.getCurrent().navigate("mon-compte");

        ConfirmDialog leave = _get(ConfirmDialog.class, spec -> spec.withId("leave-dialog"));
        assertThat(ConfirmDialogKt._getText(leave)).contains("« 12,5,3 » contient plusieurs virgules");
        assertThat(_get(ChapterEditorView.class)).isSameAs(view);
        ConfirmDialogKt._fireReject(leave);
        _assertNone(ChapterEditorView.class);
    }

    @Test
    void the_preview_shows_the_chapter_as_the_report_will_read() {
        ChapterEditorView view = open(MULTI, dsi);
        _setValue(missions(view).body().rich(), "La DSI <script>alert(1)</script> **modernise**.");
        _click(_get(Button.class, spec -> spec.withId("preview")));

        ChapterPreview preview = _get(ChapterPreview.class);
        String text = preview.getElement().getTextRecursively();
        assertThat(text).contains("Annexe", summary(MULTI, dsi).title(), "Missions de la direction", "Bloc obligatoire encore vide.");
        assertThat(preview.getElement().getOuterHTML()).contains("<strong>modernise</strong>").doesNotContain("<script>");
    }

    @Test
    void a_user_of_another_direction_opening_the_chapter_url_gets_the_access_denied_page() {
        long dasipe = actors.as("contributeur.dasipe", () -> chapters.myChapters().getFirst().id());
        login(MULTI);
        UI.getCurrent().navigate("chapitres/" + dasipe);

        _get(Div.class, spec -> spec.withId("access-denied"));
        _assertNone(ChapterEditorView.class);
        UI.getCurrent().navigate("chapitres/999999");
        _get(Div.class, spec -> spec.withId("access-denied"));
        UI.getCurrent().navigate("chapitres/abc");
        _get(Div.class, spec -> spec.withId("access-denied"));
    }

    @Test
    void a_reviewer_reads_the_chapter_without_any_way_to_change_it() {
        long dasipe = actors.as("contributeur.dasipe", () -> chapters.myChapters().getFirst().id());
        ChapterEditorView view = open("relecteur.demo", dasipe);

        _get(Div.class, spec -> spec.withId("read-only-notice"));
        _assertNone(Button.class, spec -> spec.withId("save"));
        _assertNone(MenuBar.class, spec -> spec.withId("add-block"));
        _assertNone(Button.class, spec -> spec.withClasses("recueil-block-remove"));
        // The chapter's own fields are read-only; the reviewer may still comment beside each block.
        assertThat(_find(RichTextField.class)).isNotEmpty().allMatch(RichTextField::isReadOnly);
        assertThat(_find(TextArea.class)).filteredOn(area -> !inComments(area)).allMatch(TextArea::isReadOnly);
        assertThat(_find(TextArea.class)).filteredOn(ChapterEditorViewTest::inComments).hasSize(4);
        assertThat(_find(TextField.class)).isNotEmpty().allMatch(TextField::isReadOnly);
        assertThat(view.cards()).hasSize(4);
    }

    private static boolean inComments(com.vaadin.flow.component.Component component) {
        return component.getParent().map(parent -> parent.getClassNames().contains("recueil-comment-threads")
                || inComments(parent)).orElse(false);
    }

    // --- helpers

    private ChapterEditorView open(String login, long chapterId) {
        login(login);
        UI.getCurrent().navigate("chapitres/" + chapterId);
        return _get(ChapterEditorView.class);
    }

    private ChapterSummary summary(String login, long chapterId) {
        return actors.as(login, () -> chapters.summary(chapterId));
    }

    private ChapterContent stored(long chapterId) {
        return actors.as(MULTI, () -> chapters.chapter(chapterId).getContent());
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withId("save"));
    }

    private static RichTextBlockEditor missions(ChapterEditorView view) {
        return (RichTextBlockEditor) view.cards().getFirst().editor();
    }

    private static KeyFiguresBlockEditor figures(ChapterEditorView view) {
        return (KeyFiguresBlockEditor) view.cards().get(1).editor();
    }

    private static String missionsBody(ChapterContent content) {
        return ((RichTextBlock) content.blocks().getFirst()).body();
    }

    private static ChapterContent withMissions(ChapterContent content, String body) {
        return content.replace(((RichTextBlock) content.blocks().getFirst()).withBody(body));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement).map(e -> e.getProperty("text", "")).toList();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
