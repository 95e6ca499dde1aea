package fr.recueil.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import fr.recueil.base.Translations;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Vaadin's view of {@link Translations}: French by default, English complete. */
@Component
class RecueilI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.get(locale, key, params);
    }
}
