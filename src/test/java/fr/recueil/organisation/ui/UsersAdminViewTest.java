package fr.recueil.organisation.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.DirectoryAccounts;
import fr.recueil.organisation.DirectoryProfile;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.recueil.organisation.ui.OrganisationAdminViewTest.notificationTexts;
import static org.assertj.core.api.Assertions.assertThat;

class UsersAdminViewTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirectoryAccounts directoryAccounts;

    @AfterEach
    void removeWhatTheTestsCreated() {
        // The UI commits for real; the next tests (in this class or another) share the database.
        jdbc.sql("delete from app_user where login like 'test.ui.%'").update();
    }

    @Test
    void creating_a_user_shows_the_generated_password_once_with_what_to_do_with_it() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillUser("test.ui.creation", "Test Création", "test.creation@departement.example");
        _setValue(roles(), Set.of(Role.CONTRIBUTOR));
        _setValue(directions(), Set.of(direction("DSI")));
        _click(_get(Button.class, spec -> spec.withId("user-dialog-save")));

        _assertNone(UserDialog.class);
        PasswordDialog passwordDialog = _get(PasswordDialog.class);
        assertThat(passwordDialog.getHeaderTitle()).isEqualTo("Compte de Test Création créé");
        String password = _get(Div.class, spec -> spec.withId("generated-password")).getText();
        assertThat(password).hasSize(14);
        assertThat(passwordDialog.getElement().getTextRecursively()).contains("« test.ui.creation »",
                "Il ne sera affiché qu'une fois",
                "Transmettez-le à Test Création par un moyen sûr");
        UserAccount created = users.findForAuthentication("test.ui.creation").orElseThrow();
        assertThat(passwordEncoder.matches(password, created.getPasswordHash())).isTrue();

        _click(_get(Button.class, spec -> spec.withId("password-done")));
        assertThat(passwordDialog.isOpened()).isFalse();
        assertThat(logins()).contains("test.ui.creation");
        assertThat(GridKt._getFormattedRow(grid(), rowOf("test.ui.creation"))).contains("Contributeur", "DSI");
    }

    @Test
    void an_invalid_email_is_refused_in_the_form_and_nothing_is_stored() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillUser("test.ui.adresse", "Test Adresse", "test.adresse@departement");
        _setValue(roles(), Set.of(Role.REVIEWER));
        _click(_get(Button.class, spec -> spec.withId("user-dialog-save")));

        TextField email = field("user-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(
                "L'adresse électronique « test.adresse@departement » n'est pas valide (exemple : prenom.nom@departement.fr).");
        assertThat(_get(UserDialog.class).isOpened()).isTrue();
        assertThat(field("user-login").getValue()).isEqualTo("test.ui.adresse");
        assertThat(users.findForAuthentication("test.ui.adresse")).isEmpty();
        _assertNone(PasswordDialog.class);
    }

    @Test
    void a_duplicate_login_is_refused_in_the_dialog_which_stays_open_with_what_was_typed() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillUser("Communication", "Un homonyme", "homonyme@departement.example");
        _setValue(roles(), Set.of(Role.COMMUNICATION));
        _click(_get(Button.class, spec -> spec.withId("user-dialog-save")));

        TextField login = field("user-login");
        assertThat(login.isInvalid()).isTrue();
        assertThat(login.getErrorMessage()).isEqualTo("L'identifiant « communication » est déjà utilisé.");
        assertThat(_get(UserDialog.class).isOpened()).isTrue();
        assertThat(login.getValue()).isEqualTo("Communication");
        assertThat(field("user-display-name").getValue()).isEqualTo("Un homonyme");
        assertThat(field("user-email").getValue()).isEqualTo("homonyme@departement.example");
        assertThat(roles().getValue()).containsExactly(Role.COMMUNICATION);
        _assertNone(PasswordDialog.class);
    }

    @Test
    void a_contributor_without_a_direction_is_refused_by_the_server_under_the_directions_field() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillUser("test.ui.sansdirection", "Test Sans Direction", "sans.direction@departement.example");
        _setValue(roles(), Set.of(Role.CONTRIBUTOR));
        _click(_get(Button.class, spec -> spec.withId("user-dialog-save")));

        MultiSelectComboBox<Direction> directions = directions();
        assertThat(directions.isInvalid()).isTrue();
        assertThat(directions.getErrorMessage())
                .isEqualTo("Un contributeur ou un directeur doit appartenir à au moins une direction.");
        assertThat(_get(UserDialog.class).isOpened()).isTrue();
        assertThat(users.findForAuthentication("test.ui.sansdirection")).isEmpty();
    }

    @Test
    void an_edit_of_a_user_changed_meanwhile_is_refused_and_the_dialog_keeps_the_typed_change() {
        login("admin");
        users.createWithGeneratedPassword(new UserDraft("test.ui.concurrence", "Test Concurrence",
                "test.concurrence@departement.example", Set.of(Role.REVIEWER), Set.of()));
        UI.getCurrent().navigate("admin/utilisateurs");
        clickRowAction("test.ui.concurrence", "action-edit");

        // Another administrator saves a change to the same account meanwhile.
        UserAccount seen = users.findForAuthentication("test.ui.concurrence").orElseThrow();
        users.update(seen.getId(), new UserDraft("test.ui.concurrence", "Test Concurrence (autre)",
                seen.getEmail(), seen.getRoles(), seen.getDirectionIds()), seen.getVersion());

        _setValue(field("user-display-name"), "Test Concurrence (moi)");
        _click(_get(Button.class, spec -> spec.withId("user-dialog-save")));

        assertThat(_get(UserDialog.class).isOpened()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("user-dialog-refusal")).getText())
                .isEqualTo("Quelqu'un d'autre a modifié « test.ui.concurrence » entre-temps. "
                        + "Rechargez la page pour voir sa version, puis refaites votre changement.");
        assertThat(field("user-display-name").getValue()).isEqualTo("Test Concurrence (moi)");
        assertThat(field("user-login").isReadOnly()).isTrue();
        assertThat(users.findForAuthentication("test.ui.concurrence").orElseThrow().getDisplayName())
                .isEqualTo("Test Concurrence (autre)");
    }

    @Test
    void an_administrator_is_told_they_cannot_deactivate_their_own_account() {
        openAsAdmin();
        clickRowAction("admin", "action-deactivate");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("Vous ne pouvez pas désactiver votre propre compte.");
        assertThat(users.findForAuthentication("admin").orElseThrow().isActive()).isTrue();
    }

    @Test
    void the_search_finds_users_by_direction_and_by_name_without_accents() {
        openAsAdmin();
        TextField search = field("user-search");
        int total = users.users().size();

        _setValue(search, "dasipe");
        assertThat(logins()).contains("contributeur.dasipe", "directrice.dasipe")
                .doesNotContain("contributeur.multi", "relecteur.demo", "admin");

        _setValue(search, "helene");
        assertThat(logins()).contains("directrice.dasipe").doesNotContain("contributeur.dasipe");

        _setValue(search, "systèmes d'information");
        List<String> found = logins();
        assertThat(found).contains("contributeur.multi").doesNotContain("contributeur.dasipe");
        assertThat(_get(Span.class, spec -> spec.withId("user-count")).getText())
                .isEqualTo(found.size() == 1 ? "1 utilisateur sur " + total : found.size() + " utilisateurs sur " + total);

        _setValue(search, "");
        assertThat(logins()).hasSize(total);
    }

    @Test
    void a_contributor_gets_the_access_denied_page_and_no_user_data() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("admin/utilisateurs");

        _get(Div.class, spec -> spec.withId("access-denied"));
        _assertNone(UsersAdminView.class);
        _assertNone(Grid.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("@departement.example");
    }

    @Test
    void a_directory_account_shows_what_the_directory_gives_which_the_administrator_cannot_take_away() {
        directoryAccounts.signIn(new DirectoryProfile(AccountOrigin.LDAP, "test.ui.annuaire", null, "Agent Annuaire",
                "agent.annuaire@departement.example", Set.of(Role.CONTRIBUTOR), Set.of("DASIPE")));
        openAsAdmin();

        assertThat(GridKt._getFormattedRow(grid(), rowOf("test.ui.annuaire"))).contains("Annuaire (LDAP)");
        var actions = GridKt._getCellComponent(grid(), rowOf("test.ui.annuaire"), "actions");
        _assertNone(actions, Button.class, spec -> spec.withClasses("action-reset-password"));
        clickRowAction("test.ui.annuaire", "action-edit");

        assertThat(field("user-display-name").isReadOnly()).isTrue();
        assertThat(field("user-email").isReadOnly()).isTrue();
        assertThat(roles().getItemLabelGenerator().apply(Role.CONTRIBUTOR)).isEqualTo("Contributeur (annuaire)");
        assertThat(roles().getItemEnabledProvider().test(Role.CONTRIBUTOR)).isFalse();
        assertThat(roles().getItemEnabledProvider().test(Role.REVIEWER)).isTrue();
        assertThat(directions().getHelperText()).contains("DASIPE");

        _setValue(roles(), Set.of(Role.REVIEWER));
        _click(_get(Button.class, spec -> spec.withId("user-dialog-save")));

        UserAccount saved = users.findForAuthentication("test.ui.annuaire").orElseThrow();
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.CONTRIBUTOR, Role.REVIEWER);
        assertThat(saved.getDirectoryRoles()).containsExactly(Role.CONTRIBUTOR);
    }

    // --- helpers

    private void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate("admin/utilisateurs");
        _get(UsersAdminView.class);
    }

    private static void fillUser(String login, String displayName, String email) {
        _setValue(field("user-login"), login);
        _setValue(field("user-display-name"), displayName);
        _setValue(field("user-email"), email);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Direction> directions() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("user-directions"));
    }

    private static Direction direction(String shortName) {
        return directions().getListDataView().getItems().filter(d -> d.getShortName().equals(shortName))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static List<String> logins() {
        Grid<UserAccount> grid = grid();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            logins.add(GridKt._get(grid, i).getLogin());
        }
        return logins;
    }

    private static int rowOf(String login) {
        Grid<UserAccount> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).getLogin().equals(login))
                .findFirst().orElseThrow();
    }

    private static void clickRowAction(String login, String actionClass) {
        var cell = GridKt._getCellComponent(grid(), rowOf(login), "actions");
        _click(_get(cell, Button.class, spec -> spec.withClasses(actionClass)));
    }
}
