package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translations;
import fr.recueil.testing.HostileText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile text in every field of the organisation and accounts (names, acronyms, logins,
 * e-mails, passwords): accepted as typed (stripped), or refused with a message in both languages,
 * never another failure, never a lone surrogate or control character accepted in a name.
 */
class InputRulesPropertyTest {

    private static final Map<String, Function<String, String>> FIELDS = Map.of(
            "name", OrganisationRules::name,
            "acronym", OrganisationRules::acronym,
            "login", OrganisationRules::login,
            "email", OrganisationRules::email,
            "password", OrganisationRules::password);

    @Test
    void every_organisation_field_accepts_or_refuses_hostile_text_with_a_translated_message_and_nothing_else() {
        List<String> failures = new ArrayList<>();
        for (String text : HostileText.samples(17L, 300)) {
            FIELDS.forEach((field, rule) -> {
                try {
                    String kept = rule.apply(text);
                    if (kept != null && kept.chars().anyMatch(c -> Character.isSurrogate((char) c) && !validPair(kept))
                            || kept != null && kept.chars().anyMatch(c -> c == 0)) {
                        failures.add(field + " accepted broken text " + text.chars().limit(20).boxed().toList());
                    }
                } catch (BusinessException refusal) {
                    for (Locale locale : Translations.LOCALES) {
                        String message = Translations.get(locale, refusal.messageKey(), refusal.arguments());
                        if (message.isBlank() || message.startsWith("!")) {
                            failures.add(field + ": no " + locale + " message for " + refusal.messageKey());
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(field + " failed with " + e + " on " + text.chars().limit(20).boxed().toList());
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    private static boolean validPair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
