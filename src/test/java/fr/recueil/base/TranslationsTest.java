package fr.recueil.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|BusinessException|success|Translations\\.(?:get|french))\\(\\s*(?:[a-zA-Z.]+,\\s*)?\"([a-zA-Z][\\w.]*)\"(?!\\s*\\+)|@Menu\\([^)]*title\\s*=\\s*\"([\\w.]+)\"");

    @Test
    void english_has_every_french_key_and_nothing_else() throws IOException {
        Properties french = load("vaadin-i18n/translations.properties");
        Properties english = load("vaadin-i18n/translations_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    @Test
    void no_text_is_left_empty() throws IOException {
        for (String file : new String[]{"vaadin-i18n/translations.properties", "vaadin-i18n/translations_en.properties"}) {
            Properties texts = load(file);
            texts.stringPropertyNames().forEach(key ->
                    assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void texts_with_arguments_double_their_apostrophes_so_message_format_keeps_them() throws IOException {
        for (String file : new String[]{"vaadin-i18n/translations.properties", "vaadin-i18n/translations_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*")) {
                    assertThat(value.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void every_key_the_code_uses_exists() throws IOException {
        Properties french = load("vaadin-i18n/translations.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!french.containsKey(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void french_is_the_default_and_english_is_complete() {
        assertThat(Translations.get(Locale.GERMAN, "nav.logout")).isEqualTo("Se déconnecter");
        assertThat(Translations.get(Locale.ENGLISH, "nav.logout")).isEqualTo("Log out");
        assertThat(Translations.get(Locale.UK, "nav.logout")).isEqualTo("Log out");
    }

    @Test
    void arguments_are_formatted_and_labels_are_translated() {
        assertThat(Translations.french("error.campaign.duplicateYear", 2024))
                .isEqualTo("Une campagne existe déjà pour l'année 2024.");
        assertThat(Translations.get(Locale.ENGLISH, "error.campaign.transition",
                fr.recueil.campaign.CampaignStatus.PUBLISHED, fr.recueil.campaign.CampaignStatus.PREPARATION))
                .isEqualTo("A campaign that is \"Published\" cannot become \"In preparation\".");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
