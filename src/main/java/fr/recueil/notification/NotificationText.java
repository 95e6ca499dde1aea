package fr.recueil.notification;

import fr.recueil.base.Formats;
import fr.recueil.base.Translations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A notification's sentence in the reader's language; dates stored as ISO are written their way. */
public final class NotificationText {

    private NotificationText() {
    }

    public static String render(Locale locale, String messageKey, List<String> arguments) {
        Object[] shown = arguments.stream()
                .map(a -> a != null && a.matches("\\d{4}-\\d{2}-\\d{2}") ? Formats.date(LocalDate.parse(a), locale) : a)
                .toArray();
        return Translations.get(locale, messageKey, shown);
    }
}
