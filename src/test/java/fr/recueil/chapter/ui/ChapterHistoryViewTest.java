package fr.recueil.chapter.ui;

import fr.recueil.chapter.WorkflowVerb;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import fr.recueil.chapter.ChapterState;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import fr.recueil.testing.OwnChapter;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ChapterHistoryViewTest extends KaribuTest {

    @Autowired
    private OwnChapter own;
    @Autowired
    private Actors actors;
    @Autowired
    private WorkflowService workflow;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_history_lists_the_transitions_newest_first_with_their_reasons_and_shows_each_revision() {
        long id = own.submitted();
        actors.as("relecteur.demo", () -> {
            var inReview = workflow.perform(id, own.chapter().getVersion(), WorkflowVerb.START_REVIEW);
            workflow.perform(id, inReview.getVersion(), WorkflowVerb.REQUEST_CHANGES, "Ajoutez la fréquentation de la salle de lecture.");
        });
        login("relectrice.demo");
        UI.getCurrent().navigate("chapitres/" + id + "/historique");

        List<Component> entries = _find(Component.class, spec -> spec.withClasses("recueil-timeline-entry"));
        assertThat(entries.getFirst().getElement().getAttribute("data-verb")).isEqualTo("REQUEST_CHANGES");
        assertThat(text(entries.getFirst())).contains("Modifications demandées par", "En relecture", "À reprendre",
                "Ajoutez la fréquentation de la salle de lecture.");
        assertThat(entries).extracting(e -> e.getElement().getAttribute("data-verb")).contains("START_REVIEW", "SUBMIT");
        assertThat(_find(entries.getFirst(), Component.class, spec -> spec.withClasses("recueil-timeline-reason"))).hasSize(1);

        int last = own.chapter().getLastRevision();
        _click(_get(Button.class, spec -> spec.withId("revision-" + last)));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("revision-dialog"));
        assertThat(dialog.getHeaderTitle()).startsWith("Version " + last + " — soumise le");
        assertThat(text(dialog)).contains("148 183", "personnes reçues");
        assertThat(_find(dialog, com.vaadin.flow.component.Html.class)).extracting(com.vaadin.flow.component.Html::getInnerHtml)
                .anyMatch(html -> html.contains("accompagne les usagers"));
    }

    @Test
    void a_member_submits_from_the_history_page_and_may_recall() {
        long id = own.completeDraft();
        login(own.member());
        UI.getCurrent().navigate("chapitres/" + id + "/historique");

        _click(_get(Button.class, spec -> spec.withId("action-submit")));
        assertThat(own.chapter().getState()).isIn(ChapterState.SUBMITTED, ChapterState.DIRECTOR_VALIDATION);
        if (own.chapter().getState() == ChapterState.DIRECTOR_VALIDATION) {
            _click(_get(Button.class, spec -> spec.withId("action-validate")));
        }
        assertThat(own.chapter().getState()).isEqualTo(ChapterState.SUBMITTED);
        _click(_get(Button.class, spec -> spec.withId("action-recall")));
        assertThat(own.chapter().getState()).isEqualTo(ChapterState.DRAFT);
        _assertNone(Button.class, spec -> spec.withId("action-recall"));
    }

    @Test
    void submitting_an_incomplete_chapter_is_refused_naming_the_empty_blocks() {
        long id = own.incompleteDraft();
        login(own.member());
        UI.getCurrent().navigate("chapitres/" + id + "/historique");

        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        assertThat(_get(WorkflowActions.class).messageText()).startsWith("Le chapitre ne peut pas être soumis").contains("« ");
        assertThat(own.chapter().getState()).isEqualTo(ChapterState.DRAFT);
    }

    @Test
    void the_director_passes_on_or_returns_to_draft_with_a_reason() {
        long id = own.completeDraft();
        long campaignId = own.chapter().getCampaignId();
        setDirectorValidation(campaignId, true);
        try {
            actors.as(own.member(), () -> workflow.perform(id, own.chapter().getVersion(), WorkflowVerb.SUBMIT));
            assertThat(own.chapter().getState()).isEqualTo(ChapterState.DIRECTOR_VALIDATION);
            login(own.member());
            UI.getCurrent().navigate("chapitres/" + id + "/historique");
            assertThat(_get(Button.class, spec -> spec.withId("action-validate"))).isNotNull();

            _click(_get(Button.class, spec -> spec.withId("action-return")));
            _setValue(_get(TextArea.class, spec -> spec.withId("reason-text")), "Reprenez l'introduction.");
            _click(_get(Button.class, spec -> spec.withId("reason-confirm")));

            assertThat(own.chapter().getState()).isEqualTo(ChapterState.DRAFT);
            assertThat(text(_get(Component.class, spec -> spec.withId("history-timeline")))).contains("Reprenez l'introduction.");
        } finally {
            setDirectorValidation(campaignId, false);
        }
    }

    private void setDirectorValidation(long campaignId, boolean required) {
        jdbc.sql("update campaign set director_validation_required = ? where id = ?").params(required, campaignId).update();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> notifications() {
        return getNotifications().stream().map(ChapterHistoryViewTest::notificationText).toList();
    }

    private static String notificationText(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null ? text : notification.getElement().getTextRecursively();
    }
}
