package fr.recueil.base.security;

import java.util.Locale;

/** Remembers the language a logged-in user chose, so it is theirs at the next login. */
public interface LocalePreference {

    void remember(Locale locale);
}
