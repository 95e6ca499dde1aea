package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureValueTest {

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "148 183|148183|-",
            "5 037 554,95 €|5037554.95|€",
            "99 %|99|%",
            "99%|99|%",
            "1,9 M€|1.9|M€",
            "22 m²|22|m²",
            "22 m2|22|m²",
            "3,90|3.90|-",
            "50.000|50000|-",
            "0,1%|0.1|%",
            "-12,5 %|-12.5|%",
            "7557|7557|-",
            "324 776 196 €|324776196|€",
            "1 479 journées|1479|journées",
    })
    void french_values_are_read_as_a_number_and_a_unit(String typed, BigDecimal number, String unit) {
        FigureValue value = FigureValue.parse(typed);

        assertThat(value.number()).isEqualByComparingTo(number);
        assertThat(value.unit()).isEqualTo(unit);
    }

    @Test
    void an_approximate_figure_keeps_its_qualifier() {
        FigureValue value = FigureValue.parse("Plus de 283 000");
        assertThat(value.qualifier()).isEqualTo("Plus de");
        assertThat(value.number()).isEqualByComparingTo("283000");
        assertThat(FigureValue.parse("près de 62 %").format(Locale.FRENCH)).isEqualTo("près de\u00A062\u00A0%");
        assertThat(FigureValue.parse("environ 1,9 M€").unit()).isEqualTo("M€");
    }

    @Test
    void no_break_and_narrow_no_break_spaces_are_spaces() {
        assertThat(FigureValue.parse("148\u202F183").number()).isEqualByComparingTo("148183");
        assertThat(FigureValue.parse("148\u00A0183\u00A0€").unit()).isEqualTo("€");
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "12,5,3|plusieurs virgules",
            "12 34|se groupent par trois",
            "1 2345|se groupent par trois",
            "12.5|Écrivez « 12,5 »",
            "abc|ne commence pas par un nombre",
            "12,|séparateur sans chiffre",
            "12 € 50|contient des chiffres",
            "'   '|Saisissez une valeur",
    })
    void a_typo_gets_a_precise_french_message(String typed, String expected) {
        assertThatThrownBy(() -> FigureValue.parse(typed))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void the_message_is_translated_for_english_users() {
        BusinessException refusal = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
                () -> FigureValue.parse("12,5,3"));

        assertThat(Translations.get(Locale.ENGLISH, refusal.messageKey(), refusal.arguments()))
                .isEqualTo("\"12,5,3\" holds several commas: a number has one decimal comma (example: 5 037 554,95).");
    }

    @Test
    void values_are_printed_with_french_typography() {
        assertThat(FigureValue.parse("5037554,95 €").format(Locale.FRENCH)).isEqualTo("5\u202F037\u202F554,95\u00A0€");
        assertThat(FigureValue.parse("99%").format(Locale.FRENCH)).isEqualTo("99\u00A0%");
        assertThat(FigureValue.parse("1,90").format(Locale.FRENCH)).isEqualTo("1,90");
        assertThat(FigureValue.parse("13,90 €").format(Locale.FRENCH)).isEqualTo("13,90\u00A0€");
        assertThat(FigureValue.parse("1 350").format(Locale.FRENCH)).isEqualTo("1\u202F350");
    }

    @Test
    void every_key_figure_value_of_the_2023_report_is_read_as_the_published_number() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (JsonNode figure : fixtureFigures()) {
            if (figure.get("value").isNull()) {
                continue;
            }
            String typed = figure.get("value").asString()
                    + (figure.get("unit").isNull() ? "" : " " + figure.get("unit").asString());
            // The fixture's own converter read "plan 50.000 arbres" as 50.0: it is fifty thousand trees.
            BigDecimal expected = typed.equals("50.000") ? new BigDecimal("50000")
                    : new BigDecimal(figure.get("numeric").asString());
            BigDecimal actual = FigureValue.parse(typed).number();
            checked++;
            if (actual.compareTo(expected) != 0) {
                mismatches.add(typed + " -> " + actual + " (raw: " + figure.get("raw").asString() + ")");
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_variation_against_last_year_is_computed() {
        var variation = Variation.between(FigureValue.parse("2 987"), FigureValue.parse("2 845")).orElseThrow();
        assertThat(variation.rounded()).isEqualByComparingTo("5");

        var points = Variation.between(FigureValue.parse("71 %"), FigureValue.parse("68,5 %")).orElseThrow();
        assertThat(points.points()).isTrue();
        assertThat(points.rounded()).isEqualByComparingTo("2.5");

        assertThat(Variation.between(FigureValue.parse("12 €"), FigureValue.parse("12 %"))).isEmpty();
        assertThat(Variation.between(FigureValue.parse("12"), FigureValue.parse("0"))).isEmpty();
    }

    static List<JsonNode> fixtureFigures() throws Exception {
        try (InputStream in = FigureValueTest.class.getResourceAsStream("/demo/rapport-2023-extrait.json")) {
            JsonNode report = JsonMapper.builder().build().readTree(in);
            List<JsonNode> figures = new ArrayList<>();
            for (JsonNode pole : report.get("poles")) {
                for (JsonNode direction : pole.get("directions")) {
                    if (direction.hasNonNull("keyFigures")) {
                        direction.get("keyFigures").forEach(figures::add);
                    }
                }
            }
            return figures;
        }
    }
}
