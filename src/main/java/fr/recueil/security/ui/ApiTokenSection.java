package fr.recueil.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.Notifications;
import fr.recueil.security.ApiToken;
import fr.recueil.security.ApiTokenService;
import fr.recueil.security.IssuedApiToken;

import java.time.Year;

/**
 * "Jeton d'accès personnel": the communication team's scripts download the report through the
 * automation endpoint with a token rather than a password. A token is shown once, when generated
 * (only its hash is kept); the list says when each was last used, and a token can be revoked.
 */
class ApiTokenSection extends Div {

    private final ApiTokenService tokens;
    private final String baseUrl;
    private final Div issued = new Div();
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokenSection(ApiTokenService tokens, String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        setId("api-tokens");
        addClassName("recueil-api-tokens");
        add(new H2(getTranslation("account.apiToken.title")));
        add(new Paragraph(getTranslation("account.apiToken.intro")));

        TextField label = new TextField(getTranslation("account.apiToken.label"));
        label.setId("api-token-label");
        label.setPlaceholder(getTranslation("account.apiToken.labelPlaceholder"));
        label.setMaxLength(100);
        label.setWidth("22rem");
        Button generate = new Button(getTranslation("account.apiToken.generate"), e -> {
            IssuedApiToken[] made = new IssuedApiToken[1];
            if (Notifications.attempt(this, () -> made[0] = tokens.generate(label.getValue()))) {
                label.clear();
                showOnce(made[0]);
                refresh();
            }
        });
        generate.setId("generate-api-token");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, generate);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form);

        issued.setId("api-token-issued");
        issued.addClassName("recueil-api-token-issued");
        issued.setVisible(false);
        add(issued);

        grid.setId("api-token-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::getLabel).setHeader(getTranslation("account.apiToken.column.label")).setFlexGrow(2);
        grid.addColumn(t -> Formats.dateTime(t.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("account.apiToken.column.created"));
        grid.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("account.apiToken.never")
                        : Formats.dateTime(t.getLastUsedAt(), getLocale()))
                .setHeader(getTranslation("account.apiToken.column.lastUsed"));
        grid.addColumn(t -> t.isRevoked()
                        ? getTranslation("account.apiToken.revokedOn", Formats.dateTime(t.getRevokedAt(), getLocale()))
                        : getTranslation("account.apiToken.active"))
                .setHeader(getTranslation("account.apiToken.column.state"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        add(grid);
        refresh();
    }

    private void showOnce(IssuedApiToken made) {
        issued.removeAll();
        Paragraph warning = new Paragraph(getTranslation("account.apiToken.copyHint", made.token().getLabel()));
        warning.addClassName("recueil-api-token-warning");
        Pre secret = new Pre(made.secret());
        secret.setId("api-token-secret");
        secret.addClassName("recueil-api-token-secret");
        Pre example = new Pre("curl -H \"Authorization: Bearer " + made.secret() + "\" \\\n     -o rapport.pdf "
                + baseUrl + "/api/campaigns/" + Year.now().minusYears(1) + "/report.pdf");
        example.setId("api-token-example");
        example.addClassName("recueil-api-token-example");
        Button done = new Button(getTranslation("account.apiToken.copied"), e -> {
            issued.removeAll();
            issued.setVisible(false);
        });
        done.setId("api-token-done");
        issued.add(warning, secret, new Paragraph(getTranslation("account.apiToken.example")), example, done);
        issued.setVisible(true);
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("account.apiToken.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(!token.isRevoked());
        revoke.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("account.apiToken.revoke.title"));
            confirm.setText(getTranslation("account.apiToken.revoke.text", token.getLabel()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("account.apiToken.revoke"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                if (Notifications.attempt(this, () -> tokens.revoke(token.getId()))) {
                    Notifications.success(this, "account.apiToken.revoked", token.getLabel());
                    refresh();
                }
            });
            confirm.open();
        });
        return revoke;
    }

    private void refresh() {
        var mine = tokens.myTokens();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
    }
}
