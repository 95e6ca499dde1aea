package fr.recueil.importing;

import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real 2023 extract, read and analysed without a database, checked against its JSON twin. */
class FixtureAnalysisTest {

    private static ImportAnalysis analysis;
    private static JsonNode report;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = TestTargets.analyse("rapport-2023-extrait.docx", TestTargets.fixture());
        try (InputStream in = FixtureAnalysisTest.class.getResourceAsStream("/demo/rapport-2023-extrait.json")) {
            report = JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void matches_the_ten_directions_and_the_human_resources_chapter() {
        assertThat(analysis.chapters()).hasSize(11);
        assertThat(analysis.chapters()).allSatisfy(c -> assertThat(c.proposed()).isNotNull());
        List<String> expected = new ArrayList<>();
        for (JsonNode pole : report.get("poles")) {
            for (JsonNode direction : pole.get("directions")) {
                expected.add(Words.normalise(direction.get("name").asString()));
            }
        }
        List<String> matched = analysis.chapters().stream().filter(c -> c.proposed().kind() == ImportTarget.Kind.DIRECTION)
                .map(c -> Words.normalise(c.proposed().name())).toList();
        assertThat(matched).containsExactlyInAnyOrderElementsOf(expected.stream()
                .map(name -> name.replace("protection de la l enfance", "protection de l enfance")
                        .replace("evaluation des methodes et de l organisation", "evaluation methodes et organisation"))
                .toList());
        assertThat(analysis.chapters().getFirst().proposed().kind()).isEqualTo(ImportTarget.Kind.TRANSVERSAL);
        assertThat(analysis.chapters().getFirst().proposed().name()).startsWith("Ressources humaines");
    }

    @Test
    void imports_every_key_figure_line_of_the_fixture_with_the_same_value() {
        Map<String, AnalysedChapter> byName = directionChapters();
        int checked = 0;
        for (JsonNode pole : report.get("poles")) {
            for (JsonNode direction : pole.get("directions")) {
                AnalysedChapter chapter = byName.get(key(direction));
                List<KeyFigure> figures = figures(chapter);
                for (JsonNode item : direction.get("keyFigures")) {
                    String line = FigureLine.clean(item.get("raw").asString().replace("**", "").replaceFirst("^\\s*-\\s*", ""));
                    if (item.hasNonNull("value") && startsWithValue(line, item)) {
                        FigureValue expected = FigureValue.parse(valueOf(item));
                        assertThat(figures).as(line).anySatisfy(f -> {
                            assertThat(f.sentence()).isFalse();
                            assertThat(FigureValue.parse(f.value()).number()).isEqualByComparingTo(expected.number());
                            assertThat(FigureValue.parse(f.value()).unit()).isEqualTo(expected.unit());
                            assertThat(Words.normalise(line)).endsWith(Words.normalise(f.label()));
                        });
                    } else {
                        String start = Words.normalise(line).substring(0, Math.min(30, Words.normalise(line).length()));
                        assertThat(figures).as(line).anySatisfy(f -> assertThat(Words.normalise(
                                (f.value() == null ? "" : f.value() + " ") + f.label())).contains(start));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void keeps_every_achievement_title() {
        Map<String, AnalysedChapter> byName = directionChapters();
        for (JsonNode pole : report.get("poles")) {
            for (JsonNode direction : pole.get("directions")) {
                AnalysedChapter chapter = byName.get(key(direction));
                List<String> titles = chapter.content().blocks().stream().filter(AchievementsBlock.class::isInstance)
                        .map(AchievementsBlock.class::cast).flatMap(b -> b.items().stream())
                        .map(a -> Words.normalise(a.title())).toList();
                for (JsonNode item : direction.get("achievements")) {
                    if (item.hasNonNull("title") && !item.get("title").asString().isBlank()) {
                        assertThat(titles).contains(Words.normalise(item.get("title").asString()));
                    }
                }
            }
        }
    }

    @Test
    void places_at_least_99_9_percent_of_the_chapter_text_and_recognises_the_title_page() {
        int placed = analysis.texts().stream().filter(t -> t.chapterIndex() >= 0).mapToInt(SourceText::characters).sum();
        assertThat(100.0 * placed / analysis.totalCharacters()).isGreaterThanOrEqualTo(99.9);
        assertThat(analysis.texts()).filteredOn(t -> t.chapterIndex() < 0 && !t.isRecognised()).isEmpty();
    }

    private static boolean startsWithValue(String line, JsonNode item) {
        String qualifier = item.hasNonNull("qualifier") ? item.get("qualifier").asString() : "";
        return Words.normalise(line).replace(" ", "").startsWith(Words.normalise(qualifier + item.get("value").asString()).replace(" ", ""));
    }

    private static String valueOf(JsonNode item) {
        return item.get("value").asString() + (item.hasNonNull("unit") ? " " + item.get("unit").asString() : "");
    }

    private static List<KeyFigure> figures(AnalysedChapter chapter) {
        return chapter.content().blocks().stream().filter(KeyFiguresBlock.class::isInstance).map(KeyFiguresBlock.class::cast)
                .flatMap(b -> b.groups().stream()).flatMap(g -> g.figures().stream()).toList();
    }

    private static Map<String, AnalysedChapter> directionChapters() {
        return analysis.chapters().stream().filter(c -> c.proposed().kind() == ImportTarget.Kind.DIRECTION)
                .collect(Collectors.toMap(c -> c.proposed().acronym() != null ? c.proposed().acronym() : Words.normalise(c.proposed().name()),
                        Function.identity()));
    }

    private static String key(JsonNode direction) {
        return direction.hasNonNull("acronym") ? direction.get("acronym").asString() : Words.normalise(direction.get("name").asString());
    }
}
