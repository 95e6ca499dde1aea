package fr.recueil.organisation.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class OrganisationAdminViewTest extends KaribuTest {

    private static final String TEST_PREFIX = "Direction de test UI";

    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestsCreated() {
        // The UI commits for real; the next tests (in this class or another) share the database.
        jdbc.sql("delete from direction where name like 'Direction de test UI%'").update();
        jdbc.sql("delete from pole where name like 'Pôle de test UI%'").update();
    }

    @Test
    void an_administrator_creates_a_direction_and_sees_it_listed_in_its_pole() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-direction")));
        _setValue(field("direction-name"), TEST_PREFIX + " création");
        _setValue(field("direction-acronym"), "DTUIC");
        Select<Pole> pole = poleSelect();
        _setValue(pole, pole.getListDataView().getItems()
                .filter(p -> p.getName().equals("Pôle ressources")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("direction-dialog-save")));

        _assertNone(DirectionDialog.class);
        Direction created = directionNamed(TEST_PREFIX + " création").orElseThrow();
        NativeTableRow row = _get(NativeTableRow.class, spec -> spec.withId("direction-" + created.getId()));
        assertThat(text(row)).contains(TEST_PREFIX + " création", "DTUIC", "Actif");
        // Listed last of the pôle it was put in.
        List<Component> groupRows = row.getParent().orElseThrow().getChildren().toList();
        assertThat(groupRows.getFirst().getId()).contains("pole-" + created.getPoleId());
        assertThat(groupRows.getLast()).isSameAs(row);
        assertThat(notificationTexts()).contains("Direction « " + TEST_PREFIX + " création » créée.");
    }

    @Test
    void a_duplicate_acronym_is_refused_in_the_dialog_which_stays_open_with_what_was_typed() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-direction")));
        _setValue(field("direction-name"), TEST_PREFIX + " doublon");
        _setValue(field("direction-acronym"), "dasipe");
        _click(_get(Button.class, spec -> spec.withId("direction-dialog-save")));

        DirectionDialog dialog = _get(DirectionDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        TextField acronym = field("direction-acronym");
        assertThat(acronym.isInvalid()).isTrue();
        assertThat(acronym.getErrorMessage()).isEqualTo("Le sigle « dasipe » est déjà celui d'une autre direction.");
        assertThat(acronym.getValue()).isEqualTo("dasipe");
        assertThat(field("direction-name").getValue()).isEqualTo(TEST_PREFIX + " doublon");
        assertThat(directionNamed(TEST_PREFIX + " doublon")).isEmpty();

        // Once the acronym is changed, the same dialog saves.
        _setValue(acronym, "DTUID");
        assertThat(acronym.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("direction-dialog-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(directionNamed(TEST_PREFIX + " doublon")).isPresent();
    }

    @Test
    void an_empty_name_or_one_of_ten_thousand_characters_is_refused_before_the_server() {
        openAsAdmin();
        int before = organisation.directions().size();
        _click(_get(Button.class, spec -> spec.withId("new-direction")));
        _click(_get(Button.class, spec -> spec.withId("direction-dialog-save")));

        TextField name = field("direction-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Le nom est obligatoire.");

        _setValue(name, "A".repeat(10_000));
        _click(_get(Button.class, spec -> spec.withId("direction-dialog-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).matches("Le nom ne doit pas dépasser 200 caractères \\(il en compte 10\\h000\\)\\.");
        assertThat(_get(DirectionDialog.class).isOpened()).isTrue();
        assertThat(organisation.directions()).hasSize(before);
    }

    @Test
    void deleting_dasipe_is_refused_with_a_french_message_and_it_stays() {
        openAsAdmin();
        Direction dasipe = organisation.directions().stream().filter(d -> "DASIPE".equals(d.getAcronym()))
                .findFirst().orElseThrow();
        NativeTableRow row = _get(NativeTableRow.class, spec -> spec.withId("direction-" + dasipe.getId()));
        _click(_get(row, Button.class, spec -> spec.withClasses("action-delete")));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Supprimer la direction ?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notificationTexts()).contains("La direction « " + dasipe.getName() + " » a du contenu (membres, "
                + "campagnes ou chapitres) : elle ne peut pas être supprimée. Désactivez-la plutôt.");
        assertThat(organisation.direction(dasipe.getId())).isPresent();
        _get(NativeTableRow.class, spec -> spec.withId("direction-" + dasipe.getId()));
    }

    @Test
    void an_administrator_creates_renames_and_deletes_an_empty_pole() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-pole")));
        _setValue(field("pole-name"), "Pôle de test UI");
        _click(_get(Button.class, spec -> spec.withId("pole-dialog-save")));
        Pole pole = poleNamed("Pôle de test UI").orElseThrow();
        NativeTableRow row = _get(NativeTableRow.class, spec -> spec.withId("pole-" + pole.getId()));
        assertThat(text(row)).contains("Pôle de test UI", "aucune direction");

        _click(_get(row, Button.class, spec -> spec.withClasses("action-edit")));
        TextField name = field("pole-name");
        assertThat(name.getValue()).isEqualTo("Pôle de test UI");
        _setValue(name, "Pôle de test UI renommé");
        _click(_get(Button.class, spec -> spec.withId("pole-dialog-save")));
        assertThat(poleNamed("Pôle de test UI renommé")).isPresent();

        row = _get(NativeTableRow.class, spec -> spec.withId("pole-" + pole.getId()));
        _click(_get(row, Button.class, spec -> spec.withClasses("action-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(poleNamed("Pôle de test UI renommé")).isEmpty();
        _assertNone(NativeTableRow.class, spec -> spec.withId("pole-" + pole.getId()));
    }

    @Test
    void a_contributor_gets_the_access_denied_page_and_no_organisation_data() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("admin/organisation");

        _get(Div.class, spec -> spec.withId("access-denied"));
        _assertNone(OrganisationAdminView.class);
        _assertNone(NativeTableRow.class);
    }

    private void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate("admin/organisation");
        _get(OrganisationAdminView.class);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Pole> poleSelect() {
        return _get(Select.class, spec -> spec.withId("direction-pole"));
    }

    private Optional<Direction> directionNamed(String name) {
        return organisation.directions().stream().filter(d -> d.getName().equals(name)).findFirst();
    }

    private Optional<Pole> poleNamed(String name) {
        return organisation.poles().stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
