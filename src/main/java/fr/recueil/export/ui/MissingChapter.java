package fr.recueil.export.ui;

import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ReportChapter;

import java.util.List;
import java.util.Map;

/**
 * A chapter of the outline a final export would still wait for: not approved yet, or not even
 * created (no state).
 */
record MissingChapter(int annexNumber, String title, String writtenBy, ChapterState state) {

    static List<MissingChapter> of(CampaignOverview overview, Map<Long, ReportChapter> reportChapters) {
        return overview.chapters().stream()
                .filter(line -> !approved(reportChapters.get(line.entryId())))
                .map(line -> missing(line, reportChapters.get(line.entryId())))
                .toList();
    }

    private static boolean approved(ReportChapter chapter) {
        return chapter != null && chapter.approved();
    }

    private static MissingChapter missing(ChapterLine line, ReportChapter chapter) {
        return new MissingChapter(line.annexNumber(), line.title(), line.directionShortName(),
                chapter == null ? null : chapter.state());
    }
}
