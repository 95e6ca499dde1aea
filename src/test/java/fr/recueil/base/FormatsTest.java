package fr.recueil.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void numbers_are_grouped_the_french_way_in_french() {
        assertThat(Formats.number(148183, Locale.FRENCH)).isEqualTo("148\u202f183");
        assertThat(Formats.number(5037554.95, Locale.FRENCH)).isEqualTo("5\u202f037\u202f554,95");
        assertThat(Formats.number(148183, Locale.ENGLISH)).isEqualTo("148,183");
    }

    @Test
    void dates_are_written_the_french_way_in_french() {
        LocalDate date = LocalDate.of(2025, 3, 31);
        assertThat(Formats.date(date, Locale.FRENCH)).isEqualTo("31 mars 2025");
        assertThat(Formats.shortDate(date, Locale.FRENCH)).isEqualTo("31/03/2025");
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("March 31, 2025");
    }

    @Test
    void an_unsupported_language_falls_back_to_french() {
        assertThat(Formats.date(LocalDate.of(2025, 1, 2), Locale.GERMAN)).isEqualTo("2 janvier 2025");
    }
}
