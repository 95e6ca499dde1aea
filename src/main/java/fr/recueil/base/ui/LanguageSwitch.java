package fr.recueil.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import fr.recueil.base.Translations;
import fr.recueil.base.security.LocalePreference;
import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Changes the language of the whole session and keeps the choice: in a cookie for the login page,
 * and in the user's account so it follows them to another browser.
 */
@Component
public class LanguageSwitch {

    static final String COOKIE = "recueil-lang";
    static final String SESSION_ATTRIBUTE = "recueil.locale";

    private final ObjectProvider<LocalePreference> preference;

    LanguageSwitch(ObjectProvider<LocalePreference> preference) {
        this.preference = preference;
    }

    public void switchTo(Locale requested) {
        Locale locale = Translations.supported(requested);
        VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, locale);
        VaadinSession.getCurrent().setLocale(locale);
        writeCookie(locale);
        preference.ifAvailable(p -> p.remember(locale));
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    private static void writeCookie(Locale locale) {
        var response = VaadinService.getCurrentResponse();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        response.addCookie(cookie);
    }
}
