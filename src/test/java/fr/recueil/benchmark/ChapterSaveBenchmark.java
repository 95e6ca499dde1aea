package fr.recueil.benchmark;

import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the server-side time to save a chapter as large as the largest real one: the 2023
 * chapter with the most key figures (DAJEP, 50), with the longest missions and the longest
 * achievements of the extract. Figures, not a timed assertion: the machines are shared.
 * Run: ./mvnw test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ChapterSaveBenchmark
 */
@Tag("benchmark")
@SpringBootTest
class ChapterSaveBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;
    @Autowired
    private fr.recueil.campaign.CampaignService campaigns;

    @Test
    void saving_the_largest_real_chapter() {
        ChapterContent largest = largestRealChapter();
        actors.loginAs("contributeur.multi");
        ChapterSummary target = chapters.myChapters().getFirst();
        long version = chapters.chapter(target.id()).getVersion();
        ChapterContent content = withBlockIdsOf(largest);

        long[] nanos = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            ChapterContent edited = touch(content, i);
            long start = System.nanoTime();
            version = chapters.save(target.id(), version, edited).getVersion();
            long elapsed = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = elapsed;
            }
        }
        Arrays.sort(nanos);
        int figures = largest.blocks().stream().filter(KeyFiguresBlock.class::isInstance)
                .mapToInt(b -> ((KeyFiguresBlock) b).figureCount()).sum();
        int characters = fr.recueil.chapter.ContentJson.write(largest).length();
        System.out.printf("%nBENCHMARK chapter save: %d key figures, %d characters of JSON, %d saves%n", figures, characters, RUNS);
        System.out.printf("BENCHMARK chapter save: median %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= 150 ms)%n%n",
                nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6);
        assertThat(figures).isGreaterThanOrEqualTo(50);
    }

    /** DAJEP's 50 figures, the longest missions and the longest achievements of the 2023 extract. */
    private ChapterContent largestRealChapter() {
        return actors.as("admin", () -> {
            List<ChapterContent> contents = chapters.chaptersOf(campaigns.campaignOfYear(2023).orElseThrow().getId()).stream()
                    .filter(c -> c.state() == fr.recueil.chapter.ChapterState.APPROVED)
                    .map(c -> chapters.chapter(c.id()).getContent())
                    .toList();
            ChapterContent mostFigures = contents.stream().max(Comparator.comparingInt(ChapterSaveBenchmark::figureCount)).orElseThrow();
            RichTextBlock longestMissions = contents.stream().map(c -> (RichTextBlock) c.blocks().getFirst())
                    .max(Comparator.comparingInt(b -> b.body().length())).orElseThrow();
            AchievementsBlock longestAchievements = contents.stream()
                    .flatMap(c -> c.blocks().stream()).filter(AchievementsBlock.class::isInstance).map(AchievementsBlock.class::cast)
                    .max(Comparator.comparingInt(b -> b.items().stream().mapToInt(a -> a.body().length()).sum() + b.intro().length()))
                    .orElseThrow();
            List<Block> blocks = new ArrayList<>();
            for (Block block : mostFigures.blocks()) {
                if (block instanceof RichTextBlock) {
                    blocks.add(((RichTextBlock) block).withBody(longestMissions.body()));
                } else if (block instanceof AchievementsBlock) {
                    blocks.add(new AchievementsBlock(block.id(), block.title(), true, longestAchievements.intro(), longestAchievements.items()));
                } else {
                    blocks.add(block);
                }
            }
            return new ChapterContent(blocks);
        });
    }


    private static int figureCount(ChapterContent content) {
        return content.blocks().stream().filter(KeyFiguresBlock.class::isInstance)
                .mapToInt(b -> ((KeyFiguresBlock) b).figureCount()).sum();
    }

    /** The DSI chapter's required blocks keep their ids: the content is valid for it. */
    private ChapterContent withBlockIdsOf(ChapterContent largest) {
        ChapterContent current = chapters.chapter(chapters.myChapters().getFirst().id()).getContent();
        List<Block> blocks = new ArrayList<>(largest.blocks());
        for (Block required : current.blocks()) {
            if (!required.required()) {
                continue;
            }
            for (int i = 0; i < blocks.size(); i++) {
                Block candidate = blocks.get(i);
                if (candidate.type() == required.type() && candidate.required()) {
                    blocks.set(i, rebase(candidate, required.id()));
                    break;
                }
            }
        }
        return new ChapterContent(blocks);
    }

    private static Block rebase(Block block, String id) {
        return switch (block) {
            case RichTextBlock b -> new RichTextBlock(id, b.title(), true, b.body());
            case KeyFiguresBlock b -> new KeyFiguresBlock(id, b.title(), true, b.groups());
            case AchievementsBlock b -> new AchievementsBlock(id, b.title(), true, b.intro(), b.items());
            default -> block;
        };
    }

    /** A different text each time, as a user typing between two saves. */
    private static ChapterContent touch(ChapterContent content, int i) {
        RichTextBlock missions = (RichTextBlock) content.blocks().getFirst();
        return content.replace(missions.withBody(missions.body() + " " + i));
    }
}
