package fr.recueil.chapter.content;

import fr.recueil.chapter.ContentJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a budget's lines are decides its total: the rule every view and every format of the report follows. */
class BudgetBlockTest {

    private static BudgetBlock budget(BudgetKind kind, BudgetLine... lines) {
        return new BudgetBlock("b", "Le budget", false, kind, List.of(lines), "");
    }

    @Test
    void the_parts_of_a_total_show_their_sum() {
        BudgetBlock budget = budget(BudgetKind.PARTS_OF_TOTAL,
                new BudgetLine("Fonctionnement", "12 500 000 €"), new BudgetLine("Investissement", "2,5 M€"));

        assertThat(budget.showsTotal()).isTrue();
        assertThat(budget.total()).contains(new BigDecimal("15000000.0"));
    }

    @Test
    void separate_amounts_show_no_total() {
        BudgetBlock budget = budget(BudgetKind.SEPARATE_AMOUNTS,
                new BudgetLine("Montant annuel de l'allocation RSA", "299 641 972 €"),
                new BudgetLine("Budget global DASIPE", "324 776 196 €"));

        assertThat(budget.showsTotal()).isFalse();
        assertThat(budget.total()).isEmpty();
    }

    @Test
    void a_dont_line_is_never_added_to_the_total() {
        BudgetBlock budget = budget(BudgetKind.PARTS_OF_TOTAL,
                new BudgetLine("Fonctionnement", "300 €"),
                new BudgetLine("dépenses de personnel", "200 €", true),
                new BudgetLine("Investissement", "100 €"));

        assertThat(budget.total().orElseThrow()).isEqualByComparingTo("400");
        assertThat(budget.lines().get(1).printedLabel()).isEqualTo("dont dépenses de personnel");
    }

    @Test
    void one_main_line_and_its_dont_lines_show_no_total_since_the_line_is_its_own_total() {
        BudgetBlock budget = budget(BudgetKind.PARTS_OF_TOTAL,
                new BudgetLine("Budget global DASIPE", "324 776 196 €"),
                new BudgetLine("dont allocation RSA", "299 641 972 €", true));

        assertThat(budget.showsTotal()).isFalse();
        assertThat(budget.lines().get(1).printedLabel()).isEqualTo("dont allocation RSA");
    }

    @Test
    void the_first_line_cannot_be_a_dont_line_since_no_line_is_above_it() {
        BudgetBlock budget = budget(BudgetKind.PARTS_OF_TOTAL, new BudgetLine("dont rien", "1 €", true));

        assertThat(budget.lines().getFirst().detail()).isFalse();
    }

    @Test
    void dont_lines_adding_up_to_more_than_their_line_are_pointed_out() {
        BudgetBlock budget = budget(BudgetKind.SEPARATE_AMOUNTS,
                new BudgetLine("Budget global", "100 €"),
                new BudgetLine("dont a", "80 €", true),
                new BudgetLine("dont b", "30 €", true),
                new BudgetLine("Autre", "10 €"),
                new BudgetLine("dont c", "5 €", true));

        assertThat(budget.detailsExceedingTheirLine()).extracting(BudgetLine::label).containsExactly("Budget global");
    }

    @Test
    void an_amount_that_does_not_parse_leaves_the_total_pending() {
        BudgetBlock budget = budget(BudgetKind.PARTS_OF_TOTAL,
                new BudgetLine("Fonctionnement", "12 5OO €"), new BudgetLine("Investissement", "3 €"));

        assertThat(budget.showsTotal()).isTrue();
        assertThat(budget.total()).isEmpty();
    }

    @Test
    void a_budget_stored_before_budgets_had_kinds_reads_as_separate_amounts_with_its_dont_lines() {
        String legacy = """
                {"blocks":[{"type":"BUDGET","id":"b","title":"Le budget","required":false,
                 "lines":[{"label":"Budget global","amount":"300 €"},{"label":"Dont RSA","amount":"200 €"},
                          {"label":"Investissement","amount":"100 €"}],"comment":""}]}""";

        BudgetBlock budget = (BudgetBlock) ContentJson.read(legacy).blocks().getFirst();

        assertThat(budget.kind()).isEqualTo(BudgetKind.SEPARATE_AMOUNTS);
        assertThat(budget.total()).isEmpty();
        assertThat(budget.lines()).extracting(BudgetLine::detail).containsExactly(false, true, false);
    }

    @Test
    void kind_and_dont_lines_survive_storage() {
        BudgetBlock budget = budget(BudgetKind.PARTS_OF_TOTAL,
                new BudgetLine("Fonctionnement", "300 €"), new BudgetLine("dont personnel", "200 €", true));

        BudgetBlock read = (BudgetBlock) ContentJson.read(ContentJson.write(new ChapterContent(List.of(budget)))).blocks().getFirst();

        assertThat(read).isEqualTo(budget);
    }
}
