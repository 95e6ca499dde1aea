package fr.recueil.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's texts, French first and English kept complete beside it
 * ({@code vaadin-i18n/translations*.properties}). Used by the Vaadin i18n provider and by
 * server code that must produce text outside a UI (exceptions, e-mails, documents).
 */
public final class Translations {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);
    static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    public static String french(String key, Object... arguments) {
        return get(FRENCH, key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = switch (arguments[i]) {
                case Translatable t -> get(effective, t.labelKey());
                // A refusal quoted inside another one ("in block X: <why>") is translated too.
                case BusinessException inner -> get(effective, inner.messageKey(), inner.arguments());
                case null, default -> arguments[i];
            };
        }
        return new MessageFormat(pattern, effective).format(shown);
    }

    /** The supported locale nearest to the one asked for; French when there is none. */
    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return FRENCH;
    }

    // Without this, a missing English key would silently fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
