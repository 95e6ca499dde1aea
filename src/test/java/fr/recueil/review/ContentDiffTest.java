package fr.recueil.review;

import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.chapter.ChapterTemplate;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.BlockType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDiffTest {

    private final ChapterContent template = ChapterTemplate.forKind(OutlineEntryKind.DIRECTION);

    @Test
    void rich_text_is_compared_word_by_word() {
        List<TextDiff.Segment> words = TextDiff.of("La direction accueille 20 EDS.", "La direction accueille désormais 21 EDS.");

        assertThat(words).containsExactly(
                new TextDiff.Segment(TextDiff.Kind.SAME, "La direction accueille "),
                new TextDiff.Segment(TextDiff.Kind.DELETED, "20 "),
                new TextDiff.Segment(TextDiff.Kind.INSERTED, "désormais 21 "),
                new TextDiff.Segment(TextDiff.Kind.SAME, "EDS."));
    }

    @Test
    void figures_changed_added_and_removed_are_told_apart() {
        ChapterContent before = withFigures(template, KeyFigure.number("148 183", "personnes reçues"),
                KeyFigure.number("86 908", "ménages accompagnés"));
        ChapterContent after = withFigures(before, KeyFigure.number("150 002", "personnes reçues"),
                KeyFigure.number("93 305", "rendez-vous tenus"));

        ContentDiff.BlockChange figures = ContentDiff.between(before, after).blocks().get(1);

        assertThat(figures.change()).isEqualTo(ContentDiff.Change.CHANGED);
        assertThat(figures.changedFields()).extracting(ContentDiff.FieldChange::label, ContentDiff.FieldChange::change,
                        ContentDiff.FieldChange::before, ContentDiff.FieldChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("L'activité › personnes reçues", ContentDiff.Change.CHANGED, "148 183", "150 002"),
                        org.assertj.core.groups.Tuple.tuple("L'activité › rendez-vous tenus", ContentDiff.Change.ADDED, null, "93 305"),
                        org.assertj.core.groups.Tuple.tuple("L'activité › ménages accompagnés", ContentDiff.Change.REMOVED, "86 908", null));
    }

    @Test
    void a_moved_block_is_the_same_block_and_added_and_removed_blocks_are_shown() {
        List<Block> blocks = new ArrayList<>(template.blocks());
        Collections.swap(blocks, 0, 1);
        blocks.remove(2);
        blocks.add(ChapterTemplate.newBlock(BlockType.RICH_TEXT, "Focus"));

        ContentDiff diff = ContentDiff.between(template, new ChapterContent(blocks));

        assertThat(diff.blocks()).extracting(ContentDiff.BlockChange::title, ContentDiff.BlockChange::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Les chiffres clés de l'année", ContentDiff.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("Missions de la direction", ContentDiff.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("Les grandes réalisations de l'année", ContentDiff.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("Focus", ContentDiff.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("Le budget", ContentDiff.Change.REMOVED));
    }

    @Test
    void against_last_year_blocks_are_matched_by_kind_and_title() {
        ChapterContent lastYear = ChapterTemplate.forKind(OutlineEntryKind.DIRECTION);
        RichTextBlock missions = (RichTextBlock) lastYear.blocks().getFirst();
        lastYear = lastYear.replace(missions.withBody("Missions de 2023."));
        ChapterContent thisYear = template.replace(((RichTextBlock) template.blocks().getFirst()).withBody("Missions de 2024."));

        ContentDiff diff = ContentDiff.againstLastYear(lastYear, thisYear);

        assertThat(diff.blocks().getFirst().change()).isEqualTo(ContentDiff.Change.CHANGED);
        assertThat(diff.blocks().stream().filter(b -> b.change() == ContentDiff.Change.ADDED)).isEmpty();
    }

    private static ChapterContent withFigures(ChapterContent content, KeyFigure... figures) {
        KeyFiguresBlock block = (KeyFiguresBlock) content.blocks().get(1);
        return content.replace(block.withGroups(List.of(new FigureGroup("L'activité", List.of(figures)))));
    }
}
