package fr.recueil.base.audit.ui;

import fr.recueil.testing.WorkflowUiTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import fr.recueil.base.audit.AuditLog;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends WorkflowUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_filters_the_log_and_can_export_it() {
        Chapter dvm = fixture.bring("DVM", ChapterState.APPROVED);
        String login = fixture.contributor("DVM");
        login("admin");
        UI.getCurrent().navigate("admin/journal");

        Grid<AuditLog.Entry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_size(grid)).isPositive();

        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(dvm.getTitle());
        _get(Select.class, spec -> spec.withId("filter-kind")).setValue(AuditLog.Kind.TRANSITION);
        assertThat(_getFormatted(grid, 0, "kind")).isEqualTo("Chapitre");
        assertThat(_getFormatted(grid, 0, "action")).isEqualTo("valider");
        assertThat(_getFormatted(grid, 0, "subject")).isEqualTo(dvm.getTitle());
        assertThat(_getFormatted(grid, 0, "detail")).isEqualTo("Soumis → Validé");

        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(login);
        _get(Select.class, spec -> spec.withId("filter-kind")).setValue(AuditLog.Kind.ADMINISTRATION);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "action")).isEqualTo("USER_CREATED");
        assertThat(_getFormatted(grid, 0, "actor")).isEqualTo("admin");

        Anchor export = _get(Anchor.class, spec -> spec.withId("export-csv"));
        assertThat(export.getText()).isEqualTo("Exporter en CSV");
        assertThat(export.getHref()).isNotBlank();
        assertThat(export.getElement().hasAttribute("download")).isTrue();
    }
}
