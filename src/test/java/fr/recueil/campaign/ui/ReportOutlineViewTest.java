package fr.recueil.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.OutlinePart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReportOutlineViewTest extends CampaignUiTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** The campaign the tests that change the outline open (the newest open campaign is the report's). */
    static final int YEAR = 2091;

    @Test
    void communication_sees_the_transversal_chapters_then_each_part_made_from_the_poles_then_the_stand_alone_directions() {
        login("communication");
        UI.getCurrent().navigate("rapport");

        List<String> parts = _find(H2.class, spec -> spec.withClasses("recueil-toc-part")).stream().map(H2::getText).toList();
        assertThat(parts).startsWith("Chapitres transversaux", "Pôle solidarités").endsWith("Directions rattachées à la direction générale");
        assertThat(parts).doesNotHaveDuplicates();
        ChapterLine dasipe = chapter("DASIPE");
        assertThat(text(entry(dasipe))).startsWith("Annexe 4—Direction de l'action sociale");
        assertThat(text(entry(chapters().getFirst()))).contains("Annexe 2").contains("Exécution budgétaire 2024")
                .contains("Rédigé par Direction des finances");
    }

    @Test
    void communication_moves_a_chapter_within_its_pole_and_the_annex_numbers_follow() {
        login("communication");
        UI.getCurrent().navigate("rapport");
        Campaign demo = demoCampaign();
        ChapterLine dasipe = chapter("DASIPE");
        ChapterLine dpej = chapter("DPEJ");
        try {
            assertThat(_get(entry(dasipe), Button.class, spec -> spec.withId("move-up-" + dasipe.entryId())).isEnabled())
                    .as("the first chapter of a pôle does not leave it").isFalse();

            _click(_get(entry(dasipe), Button.class, spec -> spec.withId("move-down-" + dasipe.entryId())));

            assertThat(text(entry(dasipe))).startsWith("Annexe 5");
            assertThat(text(entry(dpej))).startsWith("Annexe 4");
            assertThat(notifications()).contains("« " + dasipe.title() + " » est maintenant l'annexe 5.");
        } finally {
            campaigns.moveOutlineEntry(demo.getId(), dasipe.entryId(), dasipe.position());
        }
        assertThat(chapter("DASIPE").annexNumber()).isEqualTo(4);
    }

    @Test
    void the_report_pages_tabs_lead_to_the_outline_and_the_cover() {
        login("communication");
        UI.getCurrent().navigate("rapport");

        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("report-tab-outline"))
                .getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("report-tab-cover")).getHref())
                .isEqualTo("rapport/couverture");
    }

    @Test
    void communication_renames_a_part_in_place_and_a_refused_title_stays_typed_with_the_reason_under_it() {
        OutlinePart solidarities = part(openOwnCampaign(), "Pôle solidarités");
        login("communication");
        UI.getCurrent().navigate("rapport");

        _click(_get(Button.class, spec -> spec.withId("rename-part-" + solidarities.partId())));
        TextField field = _get(TextField.class, spec -> spec.withId("part-title-" + solidarities.partId()));
        _setValue(field, "   ");
        _click(_get(Button.class, spec -> spec.withId("save-part-title-" + solidarities.partId())));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Le titre de la partie est obligatoire.");
        assertThat(_find(TextField.class, spec -> spec.withId("part-title-" + solidarities.partId()))).hasSize(1);

        _setValue(field, "I. Protéger les plus fragiles");
        ComponentUtil.fireEvent(field, new KeyDownEvent(field, Key.ENTER.getKeys().getFirst()));

        assertThat(partTitles()).contains("I. Protéger les plus fragiles").doesNotContain("Pôle solidarités");
        assertThat(notifications()).contains("La partie s'appelle maintenant « I. Protéger les plus fragiles ».");
        assertThat(part(overview(), "I. Protéger les plus fragiles").chapters()).hasSameSizeAs(solidarities.chapters());
    }

    @Test
    void cancelling_a_rename_keeps_the_saved_title() {
        OutlinePart solidarities = part(openOwnCampaign(), "Pôle solidarités");
        login("communication");
        UI.getCurrent().navigate("rapport");

        _click(_get(Button.class, spec -> spec.withId("rename-part-" + solidarities.partId())));
        _setValue(_get(TextField.class, spec -> spec.withId("part-title-" + solidarities.partId())), "Autre titre");
        _click(_get(Button.class, spec -> spec.withId("cancel-part-title-" + solidarities.partId())));

        assertThat(partTitles()).contains("Pôle solidarités").doesNotContain("Autre titre");
        assertThat(part(overview(), "Pôle solidarités").title()).isEqualTo("Pôle solidarités");
    }

    @Test
    void communication_moves_a_chapter_to_another_part_and_the_annex_numbers_follow() {
        CampaignOverview before = openOwnCampaign();
        OutlinePart solidarities = part(before, "Pôle solidarités");
        OutlinePart culture = part(before, "Pôle culture et rayonnement");
        ChapterLine moved = solidarities.chapters().getFirst();
        ChapterLine next = solidarities.chapters().get(1);
        login("communication");
        UI.getCurrent().navigate("rapport");

        @SuppressWarnings("unchecked")
        Select<OutlinePart> moveTo = _get(entry(moved), Select.class, spec -> spec.withId("move-to-" + moved.entryId()));
        OutlinePart target = moveTo.getListDataView().getItems().filter(p -> p.partId().equals(culture.partId())).findFirst().orElseThrow();
        _setValue(moveTo, target);

        int lastOfCulture = culture.chapters().getLast().annexNumber();
        assertThat(_get(Section.class, spec -> spec.withId("part-" + culture.partId())).getElement().getTextRecursively())
                .contains(moved.title());
        assertThat(_get(Section.class, spec -> spec.withId("part-" + solidarities.partId())).getElement().getTextRecursively())
                .doesNotContain(moved.title());
        assertThat(text(entry(moved))).startsWith("Annexe " + lastOfCulture);
        assertThat(text(entry(next))).startsWith("Annexe " + moved.annexNumber());
        assertThat(notifications()).contains("« " + moved.title() + " » est maintenant dans « Pôle culture et rayonnement », en annexe "
                + lastOfCulture + ".");
        assertThat(part(overview(), "Pôle culture et rayonnement").chapters().getLast().entryId()).isEqualTo(moved.entryId());
    }

    @Test
    void an_empty_part_is_deleted_after_confirmation_and_a_part_with_chapters_says_why_it_stays() {
        Campaign campaign = SystemActor.call(() -> campaigns.addPart(openOwnCampaign().campaign().getId(), "Annexes techniques"));
        OutlinePart empty = part(overview(), "Annexes techniques");
        OutlinePart solidarities = part(overview(), "Pôle solidarités");
        login("communication");
        UI.getCurrent().navigate("rapport");
        assertThat(text(_get(Section.class, spec -> spec.withId("part-" + empty.partId())))).contains("Aucun chapitre dans cette partie");

        _click(_get(Button.class, spec -> spec.withId("delete-part-" + solidarities.partId())));

        assertThat(notifications()).contains("La partie « Pôle solidarités » contient encore " + solidarities.chapters().size()
                + " chapitre(s) : déplacez-les vers une autre partie avant de la supprimer.");
        assertThat(partTitles()).contains("Pôle solidarités");

        _click(_get(Button.class, spec -> spec.withId("delete-part-" + empty.partId())));
        confirm();

        assertThat(partTitles()).doesNotContain("Annexes techniques");
        assertThat(notifications()).contains("La partie « Annexes techniques » a été supprimée.");
        assertThat(overview().parts()).extracting(OutlinePart::title).doesNotContain("Annexes techniques");
        assertThat(campaign.getYear()).isEqualTo(YEAR);
    }

    @Test
    void communication_adds_a_part_from_a_dialog_that_keeps_a_refused_title() {
        openOwnCampaign();
        login("communication");
        UI.getCurrent().navigate("rapport");

        _click(_get(Button.class, spec -> spec.withId("add-part")));
        TextField title = _get(TextField.class, spec -> spec.withId("new-part-title"));
        _click(_get(Button.class, spec -> spec.withId("create-part")));
        assertThat(title.getErrorMessage()).isEqualTo("Le titre de la partie est obligatoire.");

        _setValue(title, "II. Préparer l'avenir");
        _click(_get(Button.class, spec -> spec.withId("create-part")));

        assertThat(partTitles()).endsWith("II. Préparer l'avenir");
        assertThat(_find(TextField.class, spec -> spec.withId("new-part-title"))).isEmpty();
        assertThat(overview().parts().getLast().title()).isEqualTo("II. Préparer l'avenir");
    }

    @Test
    void communication_moves_a_part_with_its_chapters_and_the_first_part_cannot_go_up() {
        CampaignOverview before = openOwnCampaign();
        OutlinePart first = before.parts().get(1);
        OutlinePart second = before.parts().get(2);
        login("communication");
        UI.getCurrent().navigate("rapport");
        assertThat(_get(Button.class, spec -> spec.withId("move-part-up-" + first.partId())).isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("move-part-down-" + first.partId())));

        assertThat(partTitles().subList(1, 3)).containsExactly(second.title(), first.title());
        assertThat(text(entry(second.chapters().getFirst()))).startsWith("Annexe " + first.chapters().getFirst().annexNumber());
    }

    @Test
    void a_published_report_shows_its_outline_read_only_with_the_notice() {
        login("communication");
        // The demo campaign is published only inside a transaction that is rolled back: other tests share it.
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            transaction.setRollbackOnly();
            SystemActor.run(() -> {
                // its chapters are not all approved: the status is set as publication would leave it
                jdbc.sql("update campaign set status = 'PUBLISHED' where year = 2024").update();
            });

            UI.getCurrent().navigate("rapport");

            assertThat(_get(Paragraph.class, spec -> spec.withId("report-frozen")).getText())
                    .isEqualTo("Ce rapport est publié : son sommaire ne peut plus changer.");
            assertThat(_find(H2.class, spec -> spec.withClasses("recueil-toc-part"))).hasSizeGreaterThan(2);
            assertThat(_find(Button.class).stream().map(b -> b.getId().orElse(""))
                    .filter(id -> id.startsWith("move-") || id.startsWith("rename-") || id.startsWith("delete-") || id.equals("add-part")))
                    .isEmpty();
            assertThat(_find(Select.class)).isEmpty();
        });
        assertThat(demoCampaign().getStatus()).isEqualTo(CampaignStatus.OPEN);
    }

    private CampaignOverview openOwnCampaign() {
        return SystemActor.call(() -> {
            Campaign campaign = campaigns.create(YEAR, "Rapport d'activité " + YEAR, LocalDate.of(YEAR + 1, 3, 31), false);
            campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
            return campaigns.overview(campaign.getId());
        });
    }

    private CampaignOverview overview() {
        return SystemActor.call(() -> campaigns.overview(campaigns.campaignOfYear(YEAR).orElseThrow().getId()));
    }

    private static OutlinePart part(CampaignOverview overview, String title) {
        return overview.parts().stream().filter(p -> title.equals(p.title())).findFirst().orElseThrow();
    }

    private static List<String> partTitles() {
        return _find(H2.class, spec -> spec.withClasses("recueil-toc-part")).stream().map(H2::getText).toList();
    }

    private List<ChapterLine> chapters() {
        return campaigns.reportOverview().orElseThrow().chapters();
    }

    private ChapterLine chapter(String shortName) {
        return chapters().stream()
                .filter(c -> c.directionShortName().equals(shortName) && c.kind() == fr.recueil.campaign.OutlineEntryKind.DIRECTION)
                .findFirst().orElseThrow();
    }

    private static ListItem entry(ChapterLine chapter) {
        return _get(ListItem.class, spec -> spec.withId("toc-" + chapter.entryId()));
    }
}
