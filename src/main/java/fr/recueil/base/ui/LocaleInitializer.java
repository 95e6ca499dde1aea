package fr.recueil.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.recueil.base.Translations;
import fr.recueil.base.security.NamedPrincipal;
import jakarta.servlet.http.Cookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * French unless the user chose otherwise: the choice made in this session, then the one stored in
 * their account, then the one remembered by this browser. The browser's own language is ignored
 * on purpose: the report and its workflow are French.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = resolve(uiEvent.getUI().getSession(), VaadinRequest.getCurrent());
            uiEvent.getUI().setLocale(locale);
        });
    }

    static Locale resolve(VaadinSession session, VaadinRequest request) {
        if (session != null && session.getAttribute(LanguageSwitch.SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof NamedPrincipal principal
                && principal.preferredLanguage() != null) {
            Locale stored = Translations.supported(Locale.forLanguageTag(principal.preferredLanguage()));
            if (session != null) {
                session.setAttribute(LanguageSwitch.SESSION_ATTRIBUTE, stored);
            }
            return stored;
        }
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies())
                    .filter(c -> LanguageSwitch.COOKIE.equals(c.getName()))
                    .map(Cookie::getValue)
                    .findFirst()
                    .map(tag -> Translations.supported(Locale.forLanguageTag(tag)))
                    .orElse(Translations.FRENCH);
        }
        return Translations.FRENCH;
    }
}
