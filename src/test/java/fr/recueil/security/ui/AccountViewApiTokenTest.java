package fr.recueil.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.security.ApiToken;
import fr.recueil.security.ApiTokenService;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "Jeton d'accès personnel" on the account page. */
class AccountViewApiTokenTest extends KaribuTest {

    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private Actors actors;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void deleteTokens() {
        jdbc.sql("delete from api_token where label like 'Karibu %'").update();
    }

    @Test
    void the_communication_team_generates_a_token_that_is_shown_once_with_an_example_call() {
        login("communication");
        UI.getCurrent().navigate("mon-compte");

        _setValue(_get(TextField.class, spec -> spec.withId("api-token-label")), "Karibu publication");
        _click(_get(Button.class, spec -> spec.withId("generate-api-token")));

        String secret = _get(Pre.class, spec -> spec.withId("api-token-secret")).getText();
        assertThat(secret).startsWith("rcl_");
        assertThat(_get(Pre.class, spec -> spec.withId("api-token-example")).getText())
                .contains("Authorization: Bearer " + secret)
                .contains("/api/campaigns/");
        ApiToken made = actors.as("communication", () -> tokens.myTokens()).getFirst();
        assertThat(made.getLabel()).isEqualTo("Karibu publication");
        assertThat(GridKt._size(grid())).isEqualTo(actors.as("communication", () -> tokens.myTokens()).size());

        UI.getCurrent().navigate("rapport");
        UI.getCurrent().navigate("mon-compte");
        _assertNone(Pre.class, spec -> spec.withId("api-token-secret"));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Karibu publication", "Jamais utilisé", "Actif");
    }

    @Test
    void a_token_is_revoked_after_confirmation() {
        login("communication");
        actors.as("communication", () -> tokens.generate("Karibu à révoquer"));
        UI.getCurrent().navigate("mon-compte");

        Button revoke = (Button) GridKt._getCellComponent(grid(), 0, "revoke");
        _click(revoke);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        ApiToken revoked = actors.as("communication", () -> tokens.myTokens()).getFirst();
        assertThat(revoked.getLabel()).isEqualTo("Karibu à révoquer");
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(GridKt._getFormattedRow(grid(), 0).get(3)).startsWith("Révoqué le");
        assertThat(GridKt._getCellComponent(grid(), 0, "revoke").isVisible()).isFalse();
    }

    @Test
    void contributors_and_reviewers_have_no_token_section() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("mon-compte");
        _assertNone(TextField.class, spec -> spec.withId("api-token-label"));

        login("relecteur.demo");
        UI.getCurrent().navigate("mon-compte");
        _assertNone(TextField.class, spec -> spec.withId("api-token-label"));

        login("admin");
        UI.getCurrent().navigate("mon-compte");
        _assertOne(TextField.class, spec -> spec.withId("api-token-label"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> grid() {
        return _get(Grid.class, spec -> spec.withId("api-token-list"));
    }
}
