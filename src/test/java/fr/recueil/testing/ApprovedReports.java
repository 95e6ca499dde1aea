package fr.recueil.testing;

import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ReportChapter;
import fr.recueil.chapter.content.ChapterContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Campaigns whose report is complete, for the report's tests and benchmark: every chapter of the
 * outline approved, with the real 2023 content of the demo data (the extract's 11 chapters, taken
 * in turn when the outline has more chapters than that).
 */
@Component
public class ApprovedReports {

    /** The published demo campaign whose chapters hold the extract of the 2023 report. */
    public static final int FIXTURE_YEAR = 2023;

    private final CampaignService campaigns;
    private final ChapterService chapters;
    private final JdbcClient jdbc;

    ApprovedReports(CampaignService campaigns, ChapterService chapters, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.chapters = chapters;
        this.jdbc = jdbc;
    }

    /** The 2023 extract's approved chapter contents, in outline order. */
    public List<ChapterContent> fixtureContents() {
        return SystemActor.call(() -> {
            Campaign campaign = campaigns.campaignOfYear(FIXTURE_YEAR).orElseThrow();
            Map<Long, ReportChapter> reportChapters = chapters.reportChapters(campaign.getId());
            return campaign.getOutline().stream()
                    .map(entry -> reportChapters.get(entry.getId()))
                    .filter(chapter -> chapter != null && chapter.approved())
                    .map(chapter -> chapter.approvedRevision().getContent())
                    .toList();
        });
    }

    /**
     * Creates the campaign of {@code year} (deleting an earlier one of that year) with every chapter
     * approved; {@code leaveOut} chapters at the end of the outline are left as drafts.
     */
    public Campaign complete(int year, int leaveOut) {
        delete(year);
        List<ChapterContent> contents = fixtureContents();
        return SystemActor.call(() -> {
            Campaign campaign = campaigns.create(year, "Rapport d'activité " + year, LocalDate.of(year + 1, 3, 31), false);
            campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
            List<OutlineEntry> outline = campaigns.campaign(campaign.getId()).orElseThrow().getOutline();
            for (int i = 0; i < outline.size() - leaveOut; i++) {
                long chapterId = chapters.chapterOfOutlineEntry(outline.get(i).getId()).orElseThrow().getId();
                chapters.loadApprovedContent(chapterId, contents.get(i % contents.size()), "rapport de test " + year);
            }
            return campaigns.campaign(campaign.getId()).orElseThrow();
        });
    }

    public void delete(int year) {
        jdbc.sql("delete from chapter where campaign_id in (select id from campaign where year = ?)").param(year).update();
        jdbc.sql("delete from campaign where year = ?").param(year).update();
    }
}
