package fr.recueil.importing;

import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;

import java.util.List;

/** The blocks of an analysed chapter, for the tests of documents built with {@link TestDocx}. */
final class AnalysedBlocks {

    private AnalysedBlocks() {
    }

    static ImportAnalysis analyse(TestDocx docx) {
        return TestTargets.analyse("test.docx", docx.bytes());
    }

    static List<KeyFigure> figures(AnalysedChapter chapter) {
        return block(chapter, KeyFiguresBlock.class).groups().stream().flatMap(g -> g.figures().stream()).toList();
    }

    static <T extends Block> T block(AnalysedChapter chapter, Class<T> type) {
        return blocks(chapter, type).getFirst();
    }

    static <T extends Block> List<T> blocks(AnalysedChapter chapter, Class<T> type) {
        return chapter.content().blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
