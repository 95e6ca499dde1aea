package fr.recueil.importing;

import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.ImageBlock;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.recueil.importing.AnalysedBlocks.analyse;
import static fr.recueil.importing.AnalysedBlocks.block;
import static fr.recueil.importing.AnalysedBlocks.figures;
import static org.assertj.core.api.Assertions.assertThat;

/** Each irregular shape real reports take, in a document built for it. */
class IrregularStructureTest {

    @Test
    void finds_a_direction_whose_heading_is_at_level_two_under_a_pole() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Pôle ressources")
                .heading(2, "Direction des systèmes d'information (DSI)")
                .heading(3, "Missions de la direction").text("La DSI conçoit et exploite les applications.")
                .heading(3, "Les chiffres clés de l'année").bullet("1200 serveurs virtuels")
                .heading(1, "Pôle solidarités")
                .heading(2, "Direction de l'hébergement des familles vulnérables")
                .heading(3, "Missions de la direction").text("La DHFV héberge les familles."));

        assertThat(analysis.chapters()).extracting(c -> c.proposed().acronym()).containsExactly("DSI", "DHFV");
        assertThat(figures(analysis.chapters().getFirst())).containsExactly(KeyFigure.number("1200", "serveurs virtuels"));
        // The pôle titles belong to no chapter: they are recognised as the report's structure, not silently dropped.
        assertThat(analysis.texts()).filteredOn(t -> t.chapterIndex() < 0).extracting(SourceText::text, SourceText::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pôle ressources", SourceText.Kind.PART),
                        org.assertj.core.groups.Tuple.tuple("Pôle solidarités", SourceText.Kind.PART));
    }

    @Test
    void reads_sub_sections_whatever_their_level() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des finances")
                .heading(2, "Missions de la direction").text("Piloter le budget.")
                .heading(4, "Les chiffres clés de l'année")
                .heading(2, "Les emprunts").bullet("5 contrats d'emprunts signés")
                .heading(5, "Les régies").bullet("38 régies comptables")
                .heading(3, "Les grandes réalisations de l'année")
                .heading(4, "Budget vert expérimental").text("Une première.")
                .heading(2, "Déménagement vers Cap Echat").text("En juin."));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        KeyFiguresBlock figures = block(chapter, KeyFiguresBlock.class);
        assertThat(figures.groups()).extracting(g -> g.heading()).containsExactly("Les emprunts", "Les régies");
        assertThat(block(chapter, AchievementsBlock.class).items()).extracting(a -> a.title())
                .containsExactly("Budget vert expérimental", "Déménagement vers Cap Echat");
        assertThat(chapter.content().blocks()).noneMatch(BudgetBlock.class::isInstance);
    }

    @Test
    void takes_bold_paragraphs_as_headings_when_the_document_has_no_heading_style() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .bold("Direction de l'achat public et des marchés")
                .bold("Missions du service").text("Sécuriser la commande publique.")
                .bold("Chiffres clés").bullet("28 consultations engagées ;")
                .bold("Les faits marquants de l'année")
                .bold("Un premier salon de l'achat public").text("Le 15 novembre.")
                .bold("La planification des achats").text("Pour 2023-2024."));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        assertThat(chapter.proposed().acronym()).isEqualTo("DAPM");
        assertThat(block(chapter, RichTextBlock.class).body()).isEqualTo("Sécuriser la commande publique.");
        assertThat(figures(chapter)).containsExactly(KeyFigure.number("28", "consultations engagées"));
        assertThat(block(chapter, AchievementsBlock.class).items()).extracting(a -> a.title())
                .containsExactly("Un premier salon de l'achat public", "La planification des achats");
    }

    @Test
    void takes_numbered_paragraphs_as_headings() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .text("3. Direction des affaires juridiques et patrimoniales")
                .text("3.1 Les missions de la direction").text("Sécuriser les décisions.")
                .text("3.2 Le budget").text("Budget de fonctionnement : 1 250 000 €")
                .text("3.3 Les grandes réalisations")
                .text("1 - Un guide des subventions").text("Diffusé aux agents.")
                .text("2 - Résiliation des baux").text("Des sites centraux."));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        assertThat(chapter.proposed().acronym()).isEqualTo("DAJEP");
        assertThat(block(chapter, BudgetBlock.class).lines()).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo("1 250 000 €"));
        assertThat(block(chapter, AchievementsBlock.class).items()).extracting(a -> a.title())
                .containsExactly("1 - Un guide des subventions", "2 - Résiliation des baux");
    }

    @Test
    void recognises_variant_section_titles() {
        for (String[] titles : List.of(
                new String[]{"Missions du service", "Chiffres clés 2022", "Les faits marquants de l'année"},
                new String[]{"Les missions de la direction", "Les chiffres clés de l'année", "Les grandes réalisations de l'année"},
                new String[]{"Missions", "L'activité en chiffres", "Temps forts"})) {
            ImportAnalysis analysis = analyse(new TestDocx()
                    .heading(1, "Direction de la logistique")
                    .heading(2, titles[0]).text("Approvisionner les services.")
                    .heading(2, titles[1]).bullet("1 200 commandes")
                    .heading(2, titles[2]).heading(3, "Un nouvel entrepôt").text("Ouvert en mai."));
            AnalysedChapter chapter = analysis.chapters().getFirst();
            assertThat(chapter.warnings()).as(String.join(" / ", titles)).isEmpty();
            assertThat(chapter.counts().missionParagraphs()).isEqualTo(1);
            assertThat(chapter.counts().figures()).isEqualTo(1);
            assertThat(chapter.counts().achievements()).isEqualTo(1);
        }
    }

    @Test
    void keeps_a_single_untitled_block_of_achievements_as_one_text() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction de l'autonomie – Maison départementale des personnes handicapées")
                .heading(2, "Les grandes réalisations de l'année")
                .text("Parmi les réalisations :").bullet("Le plan autisme").bullet("Le forum MDPH"));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        AchievementsBlock achievements = block(chapter, AchievementsBlock.class);
        assertThat(achievements.items()).isEmpty();
        assertThat(achievements.intro()).isEqualTo("Parmi les réalisations :\n\n- Le plan autisme\n- Le forum MDPH");
        assertThat(chapter.warnings()).extracting(ImportWarning::key).contains("import.warning.untitledAchievements");
    }

    @Test
    void keeps_footnotes_as_superscript_calls_and_notes() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des crèches")
                .heading(2, "Missions de la direction")
                .withFootnote("Les crèches accueillent 4 000 enfants", "Chiffre au 31 décembre."));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        assertThat(block(chapter, RichTextBlock.class).body()).isEqualTo("Les crèches accueillent 4 000 enfants¹");
        assertThat(chapter.content().blocks().getLast()).isInstanceOfSatisfying(RichTextBlock.class, notes -> {
            assertThat(notes.title()).isEqualTo("Notes");
            assertThat(notes.body()).isEqualTo("¹ Chiffre au 31 décembre.");
        });
        assertThat(chapter.counts().footnotes()).isEqualTo(1);
        assertThat(analysis.texts()).allMatch(t -> t.chapterIndex() == 0);
    }

    @Test
    void turns_tables_into_table_blocks_and_pictures_into_images_with_their_caption() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .heading(1, "Direction des bâtiments")
                .heading(2, "Les chiffres clés de l'année")
                .table(List.of(List.of("Site", "Surface"), List.of("Créteil", "12 000 m²"), List.of("Ivry", "3 500 m²")))
                .heading(2, "Les grandes réalisations de l'année")
                .heading(3, "Un collège rénové").text("Livré en septembre.")
                .picture("Façade du collège").styled("Caption", "Le collège rénové")
                .heading(2, "Focus : le chantier de l'Echat")
                .picture(null).styled("Caption", "Vue du chantier"));

        AnalysedChapter chapter = analysis.chapters().getFirst();
        TableBlock table = block(chapter, TableBlock.class);
        assertThat(table.header()).containsExactly("Site", "Surface");
        assertThat(table.rows()).containsExactly(List.of("Créteil", "12 000 m²"), List.of("Ivry", "3 500 m²"));
        var achievement = block(chapter, AchievementsBlock.class).items().getFirst();
        assertThat(achievement.imageId()).isNegative();
        assertThat(achievement.caption()).isEqualTo("Le collège rénové");
        assertThat(achievement.alt()).isEqualTo("Façade du collège");
        ImageBlock image = block(chapter, ImageBlock.class);
        assertThat(image.caption()).isEqualTo("Vue du chantier");
        assertThat(image.alt()).isEqualTo("Vue du chantier");
        assertThat(chapter.images()).hasSize(2);
        assertThat(chapter.counts().tables()).isEqualTo(1);
        assertThat(chapter.warnings()).extracting(ImportWarning::key).contains("import.warning.imageWithoutAlt");
    }

    @Test
    void finds_a_chapter_listed_in_the_table_of_contents_even_when_no_direction_matches_it() {
        ImportAnalysis analysis = analyse(new TestDocx()
                .styled("TOC1", "Le mot du directeur général\t3")
                .styled("TOC1", "Direction de la culture\t5")
                .heading(1, "Le mot du directeur général").text("Une année riche.")
                .heading(1, "Direction de la culture").heading(2, "Missions de la direction").text("Faire vivre la culture."));

        assertThat(analysis.chapters()).extracting(AnalysedChapter::heading)
                .containsExactly("Le mot du directeur général", "Direction de la culture");
        assertThat(analysis.chapters().getFirst().proposed()).isNull();
        assertThat(analysis.chapters().getLast().proposed().name()).isEqualTo("Direction de la culture");
        assertThat(analysis.warnings()).extracting(ImportWarning::key)
                .contains("import.warning.unmatchedChapter", "import.warning.tableOfContents");
    }
}
