package fr.recueil.chapter;

import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetKind;
import fr.recueil.chapter.content.BudgetLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration V11 gives the budgets stored before it a kind: none of them prints a total nobody asked for. */
@SpringBootTest
@Transactional
class BudgetKindsMigrationTest {

    private static final String LEGACY = """
            {"blocks":[{"type":"RICH_TEXT","id":"m","title":"Missions","required":true,"body":"Le budget est voté."},\
            {"type":"BUDGET","id":"b","title":"Le budget","required":false,"lines":[\
            {"label":"Montant annuel de l'allocation RSA","amount":"299 641 972 €"},\
            {"label":"Budget global DASIPE","amount":"324 776 196 €"},\
            {"label":"dont frais de gestion","amount":"1 000 €"}],"comment":"compte administratif 2023"}]}""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_stored_budget_becomes_separate_amounts_with_its_dont_lines_and_the_rest_of_the_content_is_untouched()
            throws IOException {
        long chapter = jdbc.sql("select min(id) from chapter").query(Long.class).single();
        jdbc.sql("update chapter set content = ? where id = ?").params(LEGACY, chapter).update();

        jdbc.sql(new ClassPathResource("db/migration/V13__budget_kinds.sql").getContentAsString(StandardCharsets.UTF_8)).update();

        String migrated = jdbc.sql("select content from chapter where id = ?").param(chapter).query(String.class).single();
        assertThat(migrated).contains("\"kind\": \"SEPARATE_AMOUNTS\"");
        var content = ContentJson.read(migrated);
        assertThat(content.blocks()).hasSize(2);
        assertThat(content.blocks().getFirst().title()).isEqualTo("Missions");
        BudgetBlock budget = (BudgetBlock) content.blocks().get(1);
        assertThat(budget.kind()).isEqualTo(BudgetKind.SEPARATE_AMOUNTS);
        assertThat(budget.lines()).containsExactly(
                new BudgetLine("Montant annuel de l'allocation RSA", "299 641 972 €", false),
                new BudgetLine("Budget global DASIPE", "324 776 196 €", false),
                new BudgetLine("dont frais de gestion", "1 000 €", true));
        assertThat(budget.comment()).isEqualTo("compte administratif 2023");
        assertThat(budget.total()).isEmpty();
    }

    @Test
    void a_budget_that_already_says_what_its_lines_are_is_left_as_it_is() throws IOException {
        long chapter = jdbc.sql("select min(id) from chapter").query(Long.class).single();
        String typed = LEGACY.replace("\"lines\":[", "\"kind\":\"PARTS_OF_TOTAL\",\"lines\":[");
        jdbc.sql("update chapter set content = ? where id = ?").params(typed, chapter).update();

        jdbc.sql(new ClassPathResource("db/migration/V13__budget_kinds.sql").getContentAsString(StandardCharsets.UTF_8)).update();

        BudgetBlock budget = (BudgetBlock) ContentJson.read(
                jdbc.sql("select content from chapter where id = ?").param(chapter).query(String.class).single()).blocks().get(1);
        assertThat(budget.kind()).isEqualTo(BudgetKind.PARTS_OF_TOTAL);
    }
}
