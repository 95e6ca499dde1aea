package fr.recueil.demo;

import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetKind;
import fr.recueil.chapter.content.BudgetLine;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFixtureTest {

    private final ReportFixture fixture = ReportFixture.load();

    @Test
    void the_extract_holds_ten_directions_and_the_human_resources_chapter() {
        assertThat(fixture.year()).isEqualTo(2023);
        assertThat(fixture.directionChapters()).extracting(ReportFixture.DirectionChapter::key)
                .containsExactly("DASIPE", "DPEJ", "DPMI-PS", "DHFV", "DA", "Direction des finances", "DAPM", "DAJEP",
                        "DSI", "DEMO");
        assertThat(fixture.transversalChapters()).containsOnlyKeys("RESSOURCES HUMAINES DU DEPARTEMENT DU VAL-DE-MARNE");
    }

    @Test
    void every_key_figure_line_is_kept_as_a_figure_or_a_sentence_and_none_is_lost() {
        int figures = fixture.directionChapters().stream()
                .mapToInt(c -> ((KeyFiguresBlock) c.content().blocks().get(1)).figureCount()).sum();

        assertThat(figures).isEqualTo(191);
    }

    @Test
    void lines_that_start_with_their_number_become_key_figures_with_that_value() {
        KeyFiguresBlock dasipe = (KeyFiguresBlock) chapter("DASIPE").content().blocks().get(1);
        KeyFigure first = dasipe.groups().getFirst().figures().getFirst();

        assertThat(dasipe.groups().getFirst().heading()).isEqualTo("L'activité des EDS");
        assertThat(first.value()).isEqualTo("148 183");
        assertThat(first.label()).isEqualTo("personnes reçues physiquement");
        assertThat(first.parsedValue().number()).isEqualByComparingTo("148183");
    }

    @Test
    void approximate_figures_keep_their_qualifier_and_embedded_numbers_stay_sentences() {
        List<KeyFigure> da = ((KeyFiguresBlock) chapter("DA").content().blocks().get(1)).groups().stream()
                .flatMap(g -> g.figures().stream()).toList();
        assertThat(da).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("Plus de 283 000");
            assertThat(f.parsedValue().qualifier()).isEqualTo("Plus de");
        });
        List<KeyFigure> dpej = ((KeyFiguresBlock) chapter("DPEJ").content().blocks().get(1)).groups().stream()
                .flatMap(g -> g.figures().stream()).toList();
        assertThat(dpej).anySatisfy(f -> {
            assertThat(f.sentence()).isTrue();
            assertThat(f.label()).startsWith("En décembre 2023, l'accueil familial comptait 635 accueils");
        });
    }

    @Test
    void the_budget_paragraphs_become_separate_budget_lines_without_a_total() {
        BudgetBlock budget = (BudgetBlock) chapter("DASIPE").content().blocks().stream()
                .filter(BudgetBlock.class::isInstance).findFirst().orElseThrow();

        assertThat(budget.lines()).containsExactly(new BudgetLine("Montant annuel de l'allocation RSA", "299 641 972 €"),
                new BudgetLine("Budget global DASIPE", "324 776 196 €"));
        assertThat(budget.comment()).isEqualTo("compte administratif 2023");
        // the RSA allowance is part of the global budget: adding them would invent 624 418 168 €
        assertThat(budget.kind()).isEqualTo(BudgetKind.SEPARATE_AMOUNTS);
        assertThat(budget.showsTotal()).isFalse();
        assertThat(budget.total()).isEmpty();
    }

    @Test
    void titled_achievements_are_items_and_an_untitled_one_stays_one_text() {
        AchievementsBlock dasipe = achievements("DASIPE");
        assertThat(dasipe.items()).hasSize(5);
        assertThat(dasipe.items().getFirst().title())
                .isEqualTo("Soutenir l'autonomisation des usagers : l'expérimentation de l'auto-saisie des aides financières");

        AchievementsBlock dhfv = achievements("DHFV");
        assertThat(dhfv.items()).isEmpty();
        assertThat(dhfv.intro()).startsWith("- Mise en œuvre d'une régie d'avances");
    }

    @Test
    void tables_are_table_blocks_and_no_html_is_left_in_the_text() {
        assertThat(chapter("DAJEP").content().blocks()).filteredOn(TableBlock.class::isInstance)
                .extracting(b -> b.title()).containsExactly("SERVICE DES ASSEMBLEES – SDA", "SERVICE DU PATRIMOINE");
        String hr = ((RichTextBlock) fixture.transversalChapters().values().iterator().next().blocks().getFirst()).body();
        assertThat(hr).contains("| **Total** | **7557** |").doesNotContain("<b>");
    }

    private ReportFixture.DirectionChapter chapter(String key) {
        return fixture.directionChapters().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private AchievementsBlock achievements(String key) {
        return (AchievementsBlock) chapter(key).content().blocks().stream()
                .filter(AchievementsBlock.class::isInstance).findFirst().orElseThrow();
    }
}
