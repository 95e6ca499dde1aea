package fr.recueil.assembly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchTypographyTest {

    @Test
    void punctuation_gets_its_no_break_space_and_numbers_their_narrow_grouping() {
        assertThat(FrenchTypography.apply("Les chiffres : 148 183 personnes ; 99 % ! « Bravo » ?"))
                .isEqualTo("Les chiffres\u00A0: 148\u202F183 personnes\u202F; 99\u00A0%\u202F! «\u00A0Bravo\u00A0»\u202F?");
        assertThat(FrenchTypography.apply("5 037 554,95 €")).isEqualTo("5\u202F037\u202F554,95\u00A0€");
        assertThat(FrenchTypography.apply("«Mot»")).isEqualTo("«\u00A0Mot\u00A0»");
    }

    @Test
    void years_side_by_side_urls_and_times_are_left_alone() {
        assertThat(FrenchTypography.apply("en 2023 150 agents")).isEqualTo("en 2023 150 agents");
        assertThat(FrenchTypography.apply("https://www.valdemarne.fr à 10:30")).isEqualTo("https://www.valdemarne.fr à 10:30");
    }

    @Test
    void an_apostrophe_after_a_letter_becomes_the_typographic_one_and_three_dots_an_ellipsis() {
        assertThat(FrenchTypography.apply("L'État, aujourd'hui, jusqu'à demain...")).isEqualTo("L\u2019État, aujourd\u2019hui, jusqu\u2019à demain\u2026");
        assertThat(FrenchTypography.apply("'cité' et ....")).isEqualTo("'cité\u2019 et ....");
    }
}
