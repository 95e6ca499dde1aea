package fr.recueil.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shows a generated password once, with what the administrator must do with it. Nothing keeps it:
 * once this dialog is closed, only a new reset gives a password again.
 */
class PasswordDialog extends Dialog {

    /** {@code titleKey}: the account was created, or its password was reset. */
    PasswordDialog(String titleKey, String displayName, String login, String password) {
        setId("password-dialog");
        setHeaderTitle(getTranslation(titleKey, displayName));
        setWidth("34rem");
        // The password is shown only here: a stray click must not make it disappear.
        setCloseOnOutsideClick(false);

        Paragraph intro = new Paragraph(getTranslation("admin.users.password.intro", login));
        Div value = new Div(password);
        value.setId("generated-password");
        value.addClassName("recueil-password");
        Paragraph passOn = new Paragraph(getTranslation("admin.users.password.passOn", displayName));
        passOn.setId("password-pass-on");
        add(intro, value, passOn);

        Button done = new Button(getTranslation("admin.users.password.done"), e -> close());
        done.setId("password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
