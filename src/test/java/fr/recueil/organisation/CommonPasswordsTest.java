package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommonPasswordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"azertyuiop123", "Motdepasse2025!", "Marseille2024!", "password1234", "JeTaime123456",
            "1234567890azerty", "qwertyuiop123", "aaaaaaaaaaaaaa", "abababababab", "  Soleil  2026  ", "Prefecture2024"})
    void a_common_password_or_a_common_word_with_digits_and_signs_around_it_is_refused_with_a_french_message(String password) {
        assertThatThrownBy(() -> OrganisationRules.password(password))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.password.common");
                    assertThat(e.getMessage()).startsWith("Ce mot de passe figure parmi les mots de passe les plus répandus");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"recueil-demo", "Le chat dort sur la table", "vélo-pluie-Quimper-42", "Tn8#qL2!zR5w"})
    void an_uncommon_password_of_twelve_characters_or_more_is_accepted(String password) {
        assertThat(OrganisationRules.password(password)).isEqualTo(password);
    }

    @Test
    void eleven_characters_are_too_few() {
        assertThatThrownBy(() -> OrganisationRules.password("Tn8#qL2!zR5"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Le mot de passe doit compter au moins 12 caractères."));
    }

    @Test
    void the_shipped_lists_hold_tens_of_thousands_of_passwords() {
        assertThat(CommonPasswords.size()).isGreaterThan(30_000);
    }
}
