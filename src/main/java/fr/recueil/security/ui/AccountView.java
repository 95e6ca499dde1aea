package fr.recueil.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserService;
import fr.recueil.security.ApiTokenService;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;

import java.util.stream.Collectors;

/** The user's own account: who they are for Recueil, and their password. */
@Route("mon-compte")
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    AccountView(UserService users, OrganisationService organisation, ApiTokenService tokens,
                @Value("${recueil.base-url}") String baseUrl) {
        addClassName("recueil-page");
        UserAccount me = users.currentUser().orElseThrow();
        add(new ViewHeader(getTranslation("account.title"), me.getDisplayName()));

        Div facts = new Div();
        facts.addClassName("recueil-facts");
        facts.add(fact("account.login", me.getLogin()),
                fact("account.email", me.getEmail()),
                fact("account.roles", me.getRoles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                        .collect(Collectors.joining(", "))),
                fact("account.directions", organisation.directions().stream()
                        .filter(d -> me.getDirectionIds().contains(d.getId()))
                        .map(d -> d.getName() + (d.getAcronym() == null ? "" : " (" + d.getAcronym() + ")"))
                        .collect(Collectors.joining(" ; "))));
        add(facts);

        add(new H2(getTranslation("account.password.title")));
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setHelperText(getTranslation("account.password.rule"));
        PasswordField confirm = new PasswordField(getTranslation("account.password.confirm"));
        Button change = new Button(getTranslation("account.password.change"), e -> {
            if (!fresh.getValue().equals(confirm.getValue())) {
                confirm.setInvalid(true);
                confirm.setErrorMessage(getTranslation("account.password.mismatch"));
                return;
            }
            confirm.setInvalid(false);
            if (Notifications.attempt(this, () -> users.changeOwnPassword(current.getValue(), fresh.getValue()))) {
                current.clear();
                fresh.clear();
                confirm.clear();
                Notifications.success(this, "account.password.changed");
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        FormLayout form = new FormLayout(current, fresh, confirm);
        form.setMaxWidth("40rem");
        add(form, change);
        if (me.getOrigin().isDirectory()) {
            // The directory keeps this person's password: it is changed there.
            form.setVisible(false);
            change.setVisible(false);
            Paragraph directory = new Paragraph(getTranslation("account.password.directory",
                    getTranslation(me.getOrigin().labelKey())));
            directory.setId("directory-password");
            add(directory);
        }
        if (me.hasRole(Role.COMMUNICATION) || me.hasRole(Role.ADMIN)) {
            add(new ApiTokenSection(tokens, baseUrl));
        }
        if (me.hasRole(Role.ADMIN)) {
            add(new Paragraph(getTranslation("account.adminHint")));
        }
    }

    private Div fact(String key, String value) {
        Div fact = new Div();
        fact.addClassName("recueil-fact");
        Div label = new Div(getTranslation(key));
        label.addClassName("recueil-fact-label");
        Div text = new Div(value == null || value.isBlank() ? "—" : value);
        text.addClassName("recueil-fact-value");
        fact.add(label, text);
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · Recueil";
    }
}
