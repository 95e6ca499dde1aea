package fr.recueil.security;

import fr.recueil.base.security.LocalePreference;
import fr.recueil.organisation.UserService;
import org.springframework.stereotype.Component;

import java.util.Locale;

@Component
class UserLocalePreference implements LocalePreference {

    private final UserService users;
    private final CurrentUser currentUser;

    UserLocalePreference(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public void remember(Locale locale) {
        if (currentUser.get().isPresent()) {
            users.setOwnLocale(locale);
        }
    }
}
