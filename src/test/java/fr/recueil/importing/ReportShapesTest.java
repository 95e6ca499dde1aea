package fr.recueil.importing;

import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fr.recueil.importing.AnalysedBlocks.analyse;
import static fr.recueil.importing.AnalysedBlocks.block;
import static fr.recueil.importing.AnalysedBlocks.blocks;
import static fr.recueil.importing.AnalysedBlocks.figures;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of a whole real report that the extract does not show, each in a document built for
 * it: sub-headings at any level that name nothing, Word's automatic numbering, footnote calls after
 * numbers, values with trailing zeros, tables laid out with tabs or spaces, a table of contents
 * typed without Word's styles, a title page.
 */
class ReportShapesTest {

    @Test
    void a_sub_heading_that_names_no_direction_stays_in_its_chapter_whatever_its_level() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Service communication interne")
                .heading(2, "Missions du service").text("Informer les agents.")
                .heading(3, "Pilotage SCI").text("Le SCI anime le réseau des correspondants.")
                .heading(2, "Les chiffres clés de l'année").bullet("12 lettres internes")
                .heading(2, "Les grandes réalisations de l'année")
                .heading(5, "Une nouvelle lettre interne").text("Mensuelle depuis mars.")
                .heading(1, "Un séminaire des cadres").text("En juin, 300 cadres réunis.")
                .heading(1, "Direction des finances")
                .heading(2, "Missions de la direction").text("Piloter le budget.")
                .heading(3, "Relations avec la DSI").text("Un nouveau logiciel financier.")
                .heading(1, "Direction des systèmes d'information")
                .heading(2, "Missions de la direction").text("Exploiter les applications."));

        assertThat(analysis.chapters()).extracting(AnalysedChapter::heading).containsExactly(
                "Service communication interne", "Direction des finances", "Direction des systèmes d'information");
        assertThat(analysis.chapters()).extracting(c -> c.proposed().acronym()).containsExactly("SCI", null, "DSI");
        assertThat(analysis.texts()).allMatch(t -> t.chapterIndex() >= 0);
        AnalysedChapter sci = analysis.chapters().getFirst();
        assertThat(block(sci, RichTextBlock.class).body()).contains("### Pilotage SCI", "réseau des correspondants");
        assertThat(block(sci, AchievementsBlock.class).items()).extracting(a -> a.title())
                .containsExactly("Une nouvelle lettre interne", "Un séminaire des cadres");
        assertThat(block(analysis.chapters().get(1), RichTextBlock.class).body()).contains("Relations avec la DSI");
    }

    @Test
    void a_direction_the_organisation_does_not_hold_starts_a_chapter_to_assign_at_the_chapters_level() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des finances")
                .heading(2, "Missions de la direction").text("Piloter le budget.")
                .heading(2, "Direction de projet du budget vert").text("Une équipe dédiée.")
                .heading(1, "Direction de la prospective").heading(2, "Missions de la direction").text("Éclairer l'avenir."));

        assertThat(analysis.chapters()).extracting(AnalysedChapter::heading)
                .containsExactly("Direction des finances", "Direction de la prospective");
        assertThat(analysis.chapters().getLast().proposed()).isNull();
        assertThat(analysis.warnings()).extracting(ImportWarning::key).contains("import.warning.unmatchedChapter");
    }

    @Test
    void a_pole_title_ends_the_chapter_and_is_recognised_as_the_reports_structure() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Pôle ressources")
                .heading(2, "Direction des finances").heading(3, "Missions de la direction").text("Piloter le budget.")
                .heading(1, "Pôle solidarités")
                .heading(2, "Direction des crèches").heading(3, "Missions de la direction").text("Accueillir."));

        assertThat(analysis.chapters()).hasSize(2);
        assertThat(block(analysis.chapters().getFirst(), RichTextBlock.class).body()).isEqualTo("Piloter le budget.");
        assertThat(analysis.texts()).filteredOn(SourceText::isRecognised).extracting(SourceText::text, SourceText::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pôle ressources", SourceText.Kind.PART),
                        org.assertj.core.groups.Tuple.tuple("Pôle solidarités", SourceText.Kind.PART));
        assertThat(Fidelity.of(analysis, Set.of(0, 1), "2022").percentPlaced()).isEqualTo(100);
    }

    @Test
    void titles_numbered_by_word_keep_their_numbers_in_every_format() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des bâtiments")
                .heading(2, "Missions de la direction")
                .newList("lowerLetter", "%1)")
                .numbered(null, 0, false, "construire les collèges ;")
                .numbered(null, 0, false, "les entretenir.")
                .heading(2, "Les grandes réalisations de l'année")
                .newList("decimal", "%1.", "decimal", "%1.%2.")
                .numbered(null, 0, true, "Un collège rénové")
                .text("Livré en septembre.")
                .numbered(null, 0, true, "Une crèche construite")
                .numbered(null, 1, true, "Le chantier")
                .text("Neuf mois.")
                .newList("upperRoman", "%1.")
                .numbered("Heading3", 0, false, "Un gymnase")
                .numbered("Heading3", 0, false, "Une cuisine centrale")
                .newList("upperLetter", "%1.")
                .numbered("Heading3", 0, false, "Les travaux d'été"));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        assertThat(block(chapter, RichTextBlock.class).body()).isEqualTo("a) construire les collèges ;\n\nb) les entretenir.");
        assertThat(block(chapter, AchievementsBlock.class).items()).extracting(a -> a.title()).containsExactly(
                "1. Un collège rénové", "2. Une crèche construite", "2.1. Le chantier", "I. Un gymnase",
                "II. Une cuisine centrale", "A. Les travaux d'été");
        assertThat(analysis.texts()).allMatch(t -> t.chapterIndex() == 0);
    }

    @Test
    void a_numbered_list_of_the_body_keeps_its_numbers_as_a_list() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des crèches")
                .heading(2, "Missions de la direction")
                .text("Trois priorités :")
                .newList("decimal", "%1.")
                .numbered(null, 0, false, "accueillir les enfants ;")
                .numbered(null, 0, false, "former les agents ;")
                .numbered(null, 0, false, "ouvrir des places."));

        assertThat(block(analysis.chapters().getFirst(), RichTextBlock.class).body())
                .isEqualTo("Trois priorités :\n\n1. accueillir les enfants ;\n2. former les agents ;\n3. ouvrir des places.");
    }

    @Test
    void a_footnote_call_after_a_number_is_never_read_as_more_digits() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des finances")
                .heading(2, "Les chiffres clés de l'année")
                .footnoteAfter("77 000 000", "Budget primitif voté en décembre.", " € de dépenses de fonctionnement")
                .superscriptCall("1 350", "2", " agents payés chaque mois")
                .footnoteAfter("4 000", "Au 31 décembre.", " factures payées"));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        assertThat(figures(chapter)).containsExactly(
                KeyFigure.number("77 000 000 €", "de dépenses de fonctionnement¹"),
                KeyFigure.number("1 350", "agents payés chaque mois²"),
                KeyFigure.number("4 000", "factures payées²"));
        assertThat(chapter.content().blocks().getLast()).isInstanceOfSatisfying(RichTextBlock.class, notes -> {
            assertThat(notes.title()).isEqualTo("Notes");
            assertThat(notes.body()).isEqualTo("¹ Budget primitif voté en décembre.\n\n² Au 31 décembre.");
        });
        assertThat(analysis.texts()).extracting(SourceText::text).noneMatch(t -> t.contains("0001"));
    }

    @Test
    void key_figure_values_are_kept_exactly_as_written() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction de l'éducation et collèges")
                .heading(2, "Les chiffres clés de l'année")
                .bullet("13,90 € le prix moyen d'un repas")
                .bullet("1 350 agents des collèges")
                .bullet("plus de 2 000 élèves demi-pensionnaires")
                .bullet("2,50 % d'absentéisme"));

        List<KeyFigure> figures = figures(analysis.chapters().getFirst());
        assertThat(figures).extracting(KeyFigure::value).containsExactly("13,90 €", "1 350", "plus de 2 000", "2,50 %");
        assertThat(figures).extracting(f -> FigureValue.parse(f.value()).format(Locale.FRENCH))
                .containsExactly("13,90\u00A0€", "1\u202F350", "plus de\u00A02\u202F000", "2,50\u00A0%");
    }

    @Test
    void lines_laid_out_with_tabs_or_spaces_become_tables() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Ressources humaines de la collectivité")
                .text("Effectifs par catégorie au 31 décembre :")
                .tabs("Catégorie", "Femmes", "Hommes", "Total")
                .tabs("A", "1 120", "680", "1 800")
                .tabs("B", "950", "600", "1 550")
                .tabs("C", "3 100", "2 050", "5 150")
                .text("Répartition par filière :")
                .text("Filière       2022      2023")
                .text("Administrative       2 100      2 150")
                .text("Technique       3 000      3 020")
                .text("Le dialogue social    a été riche.")
                .heading(1, "Direction des finances")
                .heading(2, "Le budget")
                .tabs("Fonctionnement", "1 250 000 €")
                .tabs("Investissement", "380 000 €"));

        AnalysedChapter hr = analysis.chapters().getFirst();
        List<TableBlock> tables = blocks(hr, TableBlock.class);
        assertThat(tables).hasSize(2);
        assertThat(tables.getFirst().header()).containsExactly("Catégorie", "Femmes", "Hommes", "Total");
        assertThat(tables.getFirst().rows()).containsExactly(List.of("A", "1 120", "680", "1 800"),
                List.of("B", "950", "600", "1 550"), List.of("C", "3 100", "2 050", "5 150"));
        assertThat(tables.getLast().header()).containsExactly("Filière", "2022", "2023");
        assertThat(tables.getLast().rows()).hasSize(2);
        assertThat(tables).extracting(TableBlock::title).containsExactly("Effectifs par catégorie au 31 décembre", "Répartition par filière");
        assertThat(block(hr, RichTextBlock.class).body()).contains("a été riche.");
        assertThat(block(analysis.chapters().getLast(), BudgetBlock.class).lines())
                .extracting(l -> l.label() + " = " + l.amount())
                .containsExactly("Fonctionnement = 1 250 000 €", "Investissement = 380 000 €");
    }

    @Test
    void a_table_of_contents_typed_without_styles_is_recognised_and_not_counted_as_lost() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .text("Sommaire")
                .tabs("Direction des finances", "3")
                .text("Direction de la culture ........ 5")
                .text("Le mot de la directrice 7")
                .heading(1, "Direction des finances").heading(2, "Missions de la direction").text("Piloter le budget.")
                .heading(1, "Direction de la culture").heading(2, "Missions de la direction").text("Faire vivre la culture.")
                .heading(1, "Le mot de la directrice").text("Une année riche."));

        assertThat(analysis.chapters()).extracting(AnalysedChapter::heading)
                .containsExactly("Direction des finances", "Direction de la culture", "Le mot de la directrice");
        assertThat(analysis.texts()).filteredOn(SourceText::isRecognised).extracting(SourceText::kind)
                .containsOnly(SourceText.Kind.TABLE_OF_CONTENTS).hasSize(4);
        assertThat(analysis.warnings()).extracting(ImportWarning::key).contains("import.warning.tableOfContents");
        FidelityReport report = Fidelity.of(analysis, Set.of(0, 1, 2), "2022");
        assertThat(report.percentPlaced()).isEqualTo(100);
        assertThat(report.unplaced()).isEmpty();
        assertThat(report.recognised()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(SourceText.Kind.TABLE_OF_CONTENTS);
            assertThat(r.paragraphs()).isEqualTo(4);
        });
    }

    @Test
    void lines_with_dot_leaders_make_a_table_of_contents_even_without_its_title() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .text("Direction des finances ........ 3")
                .text("Direction de la culture ........ 5")
                .text("Direction des crèches …………… 9")
                .heading(1, "Direction des finances").text("Piloter le budget."));

        assertThat(analysis.texts()).filteredOn(SourceText::isRecognised).hasSize(3);
        assertThat(analysis.totalCharacters()).isEqualTo(SourceText.count("Direction des finances") + SourceText.count("Piloter le budget."));
    }

    @Test
    void the_title_page_is_recognised_and_not_counted_as_lost() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .bold("RAPPORT D'ACTIVITÉ 2023")
                .text("des services départementaux")
                .picture("Logo du Département")
                .text("Département du Val-de-Marne")
                .pageBreak()
                .heading(1, "Direction des finances").heading(2, "Missions de la direction").text("Piloter le budget."));

        assertThat(analysis.texts()).filteredOn(SourceText::isRecognised).extracting(SourceText::text).containsExactly(
                "RAPPORT D'ACTIVITÉ 2023", "des services départementaux", "Département du Val-de-Marne");
        assertThat(analysis.warnings()).extracting(ImportWarning::key).contains("import.warning.titlePage");
        assertThat(analysis.chapters()).singleElement().satisfies(c -> assertThat(c.images()).isEmpty());
        FidelityReport report = Fidelity.of(analysis, Set.of(0), "2022");
        assertThat(report.percentPlaced()).isEqualTo(100);
        assertThat(report.faithful()).isTrue();
    }

    @Test
    void an_editorial_at_the_start_is_text_not_a_title_page() {
        String editorial = IntStream.range(0, 30).mapToObj(i -> "Une année de travail.").collect(Collectors.joining(" "));
        ImportAnalysis analysis = analyse(new TestDocx()
                .bold("Le mot du président 2023")
                .text(editorial)
                .heading(1, "Direction des finances").text("Piloter le budget."));

        assertThat(analysis.texts()).noneMatch(SourceText::isRecognised);
        FidelityReport report = Fidelity.of(analysis, Set.of(0), "2022");
        assertThat(report.faithful()).isFalse();
        assertThat(report.unplaced()).extracting(FidelityReport.Unplaced::text).contains("Le mot du président 2023", editorial);
    }
}
