package fr.recueil.importing;

/** What was recognised in one chapter, for the review screen. */
public record BlockCounts(int missionParagraphs, int figures, int sentences, int budgetLines, int achievements,
                          int tables, int images, int texts, int footnotes) {
}
