package fr.recueil.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.recueil.base.ui.LanguageSwitch;
import fr.recueil.security.LockoutMessages;
import fr.recueil.security.LoginCsrf;
import fr.recueil.security.LoginOptions;
import fr.recueil.base.Translations;

import java.util.List;
import java.util.Locale;

/** The French login page; says why a login failed, including a lockout and until when. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph lockMessage = new Paragraph();
    private final transient LockoutMessages lockoutMessages;

    LoginView(LockoutMessages lockoutMessages, LanguageSwitch languageSwitch, LoginOptions options) {
        this.lockoutMessages = lockoutMessages;
        addClassName("recueil-login");

        Div card = new Div();
        card.addClassName("recueil-login-card");
        H1 title = new H1("Recueil");
        title.addClassName("recueil-login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("recueil-login-subtitle");

        // The token that POST /login requires (LoginCsrf): in the action, as the form is the web component's own.
        form.setAction("login?" + LoginCsrf.PARAMETER + "=" + LoginCsrf.token(VaadinSession.getCurrent().getSession()));
        form.setI18n(i18n());
        String forgotHelp = options.directoryPasswords() ? "login.forgotHelpDirectory" : "login.forgotHelp";
        form.addForgotPasswordListener(e -> Notification.show(getTranslation(forgotHelp), 8000,
                Notification.Position.MIDDLE));
        lockMessage.addClassName("recueil-login-locked");
        lockMessage.setId("login-locked");
        lockMessage.setVisible(false);

        Div languages = new Div();
        languages.addClassName("recueil-login-languages");
        for (Locale locale : Translations.LOCALES) {
            Span choice = new Span(getTranslation("language." + locale.getLanguage()));
            choice.addClassName("recueil-login-language");
            choice.getElement().setAttribute("role", "button");
            choice.getElement().setAttribute("tabindex", "0");
            choice.getElement().setAttribute("lang", locale.getLanguage());
            choice.addClickListener(e -> languageSwitch.switchTo(locale));
            languages.add(choice);
        }
        card.add(title, subtitle, lockMessage);
        addLoginChoices(card, options);
        card.add(languages);
        add(card);
    }

    /**
     * Says which login to use, the same for everyone (whether a login exists is never told): the
     * directory's, Recueil's own, and the OpenID Connect provider's button.
     */
    private void addLoginChoices(Div card, LoginOptions options) {
        boolean passwords = options.directoryPasswords() || options.localPasswords();
        String hint = options.directoryPasswords()
                ? (options.localPasswords() ? "login.hint.directoryAndLocal" : "login.hint.directory")
                : (options.openIdProvider().isPresent() && options.localPasswords() ? "login.hint.local" : null);
        if (hint != null) {
            Paragraph paragraph = new Paragraph(getTranslation(hint));
            paragraph.addClassName("recueil-login-hint");
            paragraph.setId("login-hint");
            card.add(paragraph);
        }
        options.openIdProvider().ifPresent(provider -> {
            Anchor button = new Anchor(options.openIdStart(), getTranslation("login.openId", provider));
            button.setId("login-openid");
            button.addClassName("recueil-login-openid");
            // A full page load: the provider's page is not a view of the app.
            button.setRouterIgnore(true);
            card.add(button);
        });
        if (passwords) {
            card.add(form);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            Object login = VaadinSession.getCurrent().getSession().getAttribute(LockoutMessages.lastFailedLoginAttribute());
            var locked = login == null ? java.util.Optional.<String>empty()
                    // The address of the browser, as the login page's own request tells it (Vaadin's request).
                    : lockoutMessages.lockMessage(login.toString(), VaadinRequest.getCurrent().getRemoteAddr(), getLocale());
            if (locked.isPresent()) {
                lockMessage.setText(locked.get());
                lockMessage.setVisible(true);
            } else {
                form.setError(true);
            }
        } else if (parameters.containsKey("expired")) {
            lockMessage.setText(getTranslation("login.expired"));
            lockMessage.removeClassName("recueil-login-locked");
            lockMessage.addClassName("recueil-login-info");
            lockMessage.setVisible(true);
        } else if (parameters.containsKey("logout")) {
            lockMessage.setText(getTranslation("login.loggedOut"));
            lockMessage.removeClassName("recueil-login-locked");
            lockMessage.addClassName("recueil-login-info");
            lockMessage.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.formTitle"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    // Kept for the page's <html lang>: the login page is the first thing a user reads.
    static List<Locale> languages() {
        return Translations.LOCALES;
    }
}
