package fr.recueil.notification.ui;

import fr.recueil.testing.WorkflowUiTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fr.recueil.chapter.ChapterState;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTest extends WorkflowUiTest {

    @Test
    void the_bell_counts_the_unread_notifications_lists_them_and_marks_them_read() {
        fixture.bring("DVM", ChapterState.DRAFT);
        login("relectrice.demo");
        UI.getCurrent().navigate("tableau-de-bord");
        NotificationBell.Bell bell = _get(NotificationBell.Bell.class);
        int before = bell.unreadShown();

        var submitted = fixture.bring("DVM", ChapterState.SUBMITTED);
        UI.getCurrent().navigate("relecture");
        assertThat(bell.unreadShown()).isEqualTo(before + 1);

        bell.open();
        Div list = _get(Div.class, spec -> spec.withId("bell-list"));
        assertThat(text(list)).contains("« " + submitted.getTitle() + " » a été soumis");
        assertThat(list.getChildren().findFirst().orElseThrow().getElement().getClassList()).contains("unread");

        _click(_get(Button.class, spec -> spec.withId("bell-mark-all")));
        assertThat(bell.unreadShown()).isZero();
        assertThat(_get(Div.class, spec -> spec.withId("bell-list")).getChildren()
                .noneMatch(c -> c.getElement().getClassList().contains("unread"))).isTrue();
    }
}
