package fr.recueil.assembly;

import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.testing.ApprovedReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consolidated report assembled from real approved content, before any format draws it. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("communication")
class ReportAssemblerTest {

    static final int COMPLETE = 2051;
    static final int PARTIAL = 2052;

    @Autowired
    ReportAssembler assembler;
    @Autowired
    ApprovedReports reports;
    @Autowired
    CampaignService campaigns;

    Campaign complete;
    Campaign partial;

    @BeforeAll
    void createCampaigns() {
        complete = reports.complete(COMPLETE, 0);
        partial = reports.complete(PARTIAL, 3);
    }

    @AfterAll
    void deleteCampaigns() {
        reports.delete(COMPLETE);
        reports.delete(PARTIAL);
    }

    @Test
    void a_final_report_holds_every_chapter_in_outline_order_with_its_annex_number() {
        AssembledReport report = assembler.assemble(complete.getId(), false);

        List<Heading> chapters = report.document().headings().stream().filter(h -> h.role() == HeadingRole.CHAPTER).toList();
        assertThat(chapters).hasSize(complete.getOutline().size());
        assertThat(chapters).extracting(Heading::number).startsWith("Annexe 1", "Annexe 2", "Annexe 3");
        assertThat(chapters).allMatch(Heading::inToc);
        assertThat(report.manifest()).allMatch(ManifestEntry::included);
        assertThat(report.document().info().draft()).isFalse();
        assertThat(report.document().cover().title()).isEqualTo("Rapport d\u2019activité " + COMPLETE);
    }

    @Test
    void the_body_opens_with_the_table_of_contents_then_the_transversal_chapters_then_each_part_on_its_own_page() {
        ReportDocument document = assembler.assemble(complete.getId(), false).document();

        List<DocBlock> body = document.body();
        assertThat(body.getFirst()).isInstanceOf(TableOfContents.class);
        Heading transversal = (Heading) body.get(2);
        assertThat(body.get(1)).isInstanceOf(PageBreak.class);
        assertThat(transversal.role()).isEqualTo(HeadingRole.PART);
        assertThat(transversal.text()).isEqualTo("Chapitres transversaux");
        // every chapter, transversal or not, is a level-2 heading under its part
        assertThat(document.headings()).filteredOn(h -> h.role() == HeadingRole.CHAPTER)
                .isNotEmpty().allSatisfy(h -> assertThat(h.level()).isEqualTo(2));
        List<Heading> parts = document.headings().stream().filter(h -> h.role() == HeadingRole.PART).toList();
        assertThat(parts).extracting(Heading::text).startsWith("Chapitres transversaux", "Pôle solidarités")
                .endsWith("Directions rattachées à la direction générale");
        for (Heading part : parts) {
            assertThat(body.get(body.indexOf(part) - 1)).isInstanceOf(PageBreak.class);
        }
        assertThat(body.getLast()).isNotInstanceOf(PageBreak.class);
    }

    @Test
    void headings_go_down_one_level_at_a_time_and_anchors_are_unique() {
        ReportDocument document = assembler.assemble(complete.getId(), false).document();

        int previous = 0;
        for (Heading heading : document.headings()) {
            assertThat(heading.level()).as(heading.text()).isLessThanOrEqualTo(previous + 1);
            previous = heading.level();
        }
        assertThat(document.headings()).extracting(Heading::anchor).doesNotHaveDuplicates();
    }

    @Test
    void every_key_figure_and_achievement_of_the_fixture_is_in_the_report_with_french_number_formatting() {
        ReportDocument document = assembler.assemble(complete.getId(), false).document();

        List<String> values = document.body().stream().filter(KeyFigureGrid.class::isInstance)
                .flatMap(b -> ((KeyFigureGrid) b).figures().stream()).map(KeyFigureGrid.KeyFigureCell::value)
                .filter(v -> v != null).toList();
        assertThat(values).contains("148\u202F183");
        List<String> headings = document.headings().stream().map(Heading::text).toList();
        List<String> expectedAchievements = new ArrayList<>();
        List<String> expectedValues = new ArrayList<>();
        for (ChapterContent content : reports.fixtureContents()) {
            content.blocks().stream().filter(AchievementsBlock.class::isInstance).map(AchievementsBlock.class::cast)
                    .flatMap(b -> b.items().stream()).filter(a -> !a.title().isBlank())
                    .forEach(a -> expectedAchievements.add(FrenchTypography.apply(a.title())));
            content.blocks().stream().filter(KeyFiguresBlock.class::isInstance).map(KeyFiguresBlock.class::cast)
                    .flatMap(b -> b.groups().stream()).flatMap(g -> g.figures().stream())
                    .filter(f -> !f.sentence() && f.value() != null)
                    .forEach(f -> expectedValues.add(FigureValue.parse(f.value()).format(Locale.FRENCH)));
        }
        assertThat(expectedAchievements).hasSizeGreaterThan(20);
        assertThat(headings).containsAll(expectedAchievements);
        assertThat(expectedValues).hasSizeGreaterThan(50);
        assertThat(values).containsAll(expectedValues);
    }

    @Test
    void the_dasipe_budget_prints_its_two_amounts_and_no_total_since_the_rsa_allowance_is_part_of_the_global_budget() {
        ReportDocument document = assembler.assemble(complete.getId(), false).document();

        List<Table> budgets = document.body().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.kind() == Table.TableKind.BUDGET).toList();
        assertThat(budgets).isNotEmpty();
        Table dasipe = budgets.stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.getFirst().text().startsWith("Budget global DASIPE")))
                .findFirst().orElseThrow();
        assertThat(dasipe.rows()).extracting(r -> r.get(1).text())
                .containsExactly("299\u202F641\u202F972\u00A0€", "324\u202F776\u202F196\u00A0€");
        assertThat(dasipe.totalRow()).isNull();
        assertThat(budgets).allSatisfy(t -> assertThat(t.totalRow()).isNull());
    }

    @Test
    void a_final_export_is_refused_while_a_chapter_is_not_approved() {
        assertThatThrownBy(() -> assembler.assemble(partial.getId(), false))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("L'export final demande que tous les chapitres soient validés : 3 sur "
                        + partial.getOutline().size() + " ne le sont pas encore.");
        assertThat(assembler.readiness(partial.getId()).missing()).isEqualTo(3);
        assertThat(assembler.readiness(complete.getId()).complete()).isTrue();
    }

    @Test
    void a_draft_is_marked_and_opens_with_the_missing_chapters_and_their_states() {
        AssembledReport draft = assembler.assemble(partial.getId(), true);

        assertThat(draft.document().info().draft()).isTrue();
        assertThat(draft.document().info().draftMark()).isEqualTo("PROJET");
        assertThat(draft.document().cover().notice()).startsWith("Projet — document de travail du ");
        Heading first = (Heading) draft.document().body().getFirst();
        assertThat(first.text()).isEqualTo("Chapitres manquants ou non validés");
        Table missing = (Table) draft.document().body().get(2);
        assertThat(missing.rows()).hasSize(3);
        assertThat(missing.rows()).allSatisfy(row -> assertThat(row.get(3).text()).isEqualTo("Brouillon"));
        assertThat(draft.missing()).hasSize(3).allMatch(entry -> entry.revision() == null);
        long chapters = draft.document().headings().stream().filter(h -> h.role() == HeadingRole.CHAPTER).count();
        assertThat(chapters).isEqualTo(partial.getOutline().size() - 3);
    }

    @Test
    @WithUserDetails("relecteur.demo")
    void only_communication_and_administrators_assemble_the_report() {
        assertThatThrownBy(() -> assembler.assemble(complete.getId(), true)).isInstanceOf(AccessDeniedException.class);
    }
}
