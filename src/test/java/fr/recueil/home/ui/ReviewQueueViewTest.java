package fr.recueil.home.ui;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.testing.WorkflowUiTest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import fr.recueil.home.ChapterBoard;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueViewTest extends WorkflowUiTest {

    @Autowired
    private WorkflowService workflow;

    @Test
    @SuppressWarnings("unchecked")
    void a_reviewer_approves_a_selection_and_is_told_which_chapter_could_not_be() {
        Chapter dvm = fixture.bring("DVM", ChapterState.SUBMITTED);
        Chapter daist = fixture.bring("DAIST", ChapterState.SUBMITTED);
        login("relectrice.demo");
        UI.getCurrent().navigate("relecture");

        Grid<ChapterBoard.Row> grid = _get(Grid.class, spec -> spec.withId("queue-grid"));
        assertThat(rows(grid)).allMatch(r -> r.state() == ChapterState.SUBMITTED || r.state() == ChapterState.IN_REVIEW);
        List<ChapterBoard.Row> chosen = rows(grid).stream().filter(r -> r.id() == dvm.getId() || r.id() == daist.getId()).toList();
        assertThat(chosen).hasSize(2);
        Button approve = _get(Button.class, spec -> spec.withId("approve-selection"));
        assertThat(approve.isEnabled()).isFalse();
        chosen.forEach(grid::select);
        assertThat(approve.getText()).isEqualTo("Valider la sélection (2)");

        // Meanwhile, a colleague approves DAIST.
        actors.as("relecteur.demo", () -> workflow.perform(daist.getId(), daist.getVersion(), WorkflowVerb.APPROVE));
        _click(approve);
        confirm();

        assertThat(text(_get(Component.class, spec -> spec.withId("report-summary")))).isEqualTo("1 chapitre validé, 1 refus.");
        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("report-approved")))).contains(dvm.getTitle());
        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("report-refused"))))
                .contains(daist.getTitle() + " : Le chapitre a changé depuis que vous l'avez ouvert");
        assertThat(fixture.chapter("DVM").getState()).isEqualTo(ChapterState.APPROVED);
        assertThat(workflow.history(dvm.getId()).getLast().getActor()).isEqualTo("relectrice.demo");
        assertThat(rows(grid)).noneMatch(r -> r.id() == dvm.getId() || r.id() == daist.getId());
    }

    @ParameterizedTest(name = "{0} cannot open {1}")
    @CsvSource({
            "contributeur.dasipe, relecture",
            "contributeur.dasipe, admin/journal",
            "communication, relecture",
            "relecteur.demo, admin/journal"
    })
    void the_queue_and_the_audit_log_are_refused_outside_their_roles(String login, String path) {
        login(login);
        UI.getCurrent().navigate(path);

        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("queue-grid"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("audit-grid"))).isEmpty();
    }
}
