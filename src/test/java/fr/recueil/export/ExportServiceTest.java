package fr.recueil.export;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ReportChapter;
import fr.recueil.testing.Actors;
import fr.recueil.testing.ApprovedReports;
import fr.recueil.testing.WorkflowFixture;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The export archive against the real assembly and a real renderer: what a final or draft export
 * records, what is refused, downloading again, the "obsolète" flag and who may export.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("communication")
class ExportServiceTest {

    // Campaign years lie within 2000-2100; this class owns 2096-2098.
    static final int COMPLETE = 2096;
    static final int PARTIAL = 2097;
    static final int REOPENED = 2098;
    static final int LEFT_OUT = 2;

    @Autowired
    ExportService exports;
    @Autowired
    ApprovedReports reports;
    @Autowired
    ChapterService chapters;
    @Autowired
    WorkflowService workflow;
    @Autowired
    Actors actors;
    @Autowired
    ExportRetention retention;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Campaign complete;
    Campaign partial;
    ReportExport shared;

    @BeforeAll
    void createCampaigns() {
        complete = reports.complete(COMPLETE, 0);
        partial = reports.complete(PARTIAL, LEFT_OUT);
        shared = actors.as("communication", () -> exports.export(complete.getId(), ExportFormat.HTML, true));
    }

    @AfterAll
    void deleteCampaigns() {
        reports.delete(COMPLETE);
        reports.delete(PARTIAL);
        reports.delete(REOPENED);
    }

    @Test
    void a_final_export_records_the_approved_revision_of_every_chapter_in_outline_order() {
        ReportExport export = exports.export(complete.getId(), ExportFormat.HTML, false);

        Map<Long, ReportChapter> approved = chapters.reportChapters(complete.getId());
        List<OutlineEntry> outline = complete.getOutline();
        assertThat(export.isDraft()).isFalse();
        assertThat(export.getFormat()).isEqualTo(ExportFormat.HTML);
        assertThat(export.getYear()).isEqualTo(COMPLETE);
        assertThat(export.getCreatedBy()).isEqualTo("communication");
        assertThat(export.getCreatedByName()).isEqualTo("Julien Moreau");
        assertThat(export.isObsolete()).isFalse();
        assertThat(export.getManifest()).hasSize(outline.size());
        assertThat(export.includedChapters()).isEqualTo(outline.size());
        for (int i = 0; i < outline.size(); i++) {
            ExportedChapter line = export.getManifest().get(i);
            ReportChapter chapter = approved.get(outline.get(i).getId());
            assertThat(line.getOutlineEntryId()).isEqualTo(outline.get(i).getId());
            assertThat(line.getAnnexNumber()).isEqualTo(complete.getFirstAnnexNumber() + i);
            assertThat(line.getChapterId()).isEqualTo(chapter.chapterId());
            assertThat(line.getState()).isEqualTo(ChapterState.APPROVED);
            assertThat(line.getRevision()).as(line.getTitle()).isEqualTo(chapter.approvedRevision().getNumber());
        }
        // What was stored is what the archive gives back later.
        assertThat(exports.export(export.getId()).getManifest()).extracting(ExportedChapter::getRevision)
                .containsExactlyElementsOf(export.getManifest().stream().map(ExportedChapter::getRevision).toList());
    }

    @Test
    void a_final_export_is_refused_in_french_while_a_chapter_is_not_approved_and_nothing_is_archived() {
        int before = exports.archive(partial.getId()).size();

        assertThatThrownBy(() -> exports.export(partial.getId(), ExportFormat.HTML, false))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("L'export final demande que tous les chapitres soient validés : " + LEFT_OUT
                        + " sur " + partial.getOutline().size() + " ne le sont pas encore.");
        assertThat(exports.archive(partial.getId())).hasSize(before);
    }

    @Test
    void a_draft_of_an_incomplete_campaign_is_archived_with_its_missing_chapters_and_their_state() {
        ReportExport draft = exports.export(partial.getId(), ExportFormat.HTML, true);

        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.getFileName()).startsWith("rapport-activite-" + PARTIAL + "-projet-").endsWith(".html");
        List<ExportedChapter> missing = draft.getManifest().stream().filter(c -> !c.isIncluded()).toList();
        assertThat(missing).hasSize(LEFT_OUT);
        assertThat(missing).allSatisfy(c -> {
            assertThat(c.getRevision()).isNull();
            assertThat(c.getState()).isEqualTo(ChapterState.DRAFT);
            assertThat(c.getChapterId()).isNotNull();
        });
        // They are the last of the outline, as the campaign was built.
        assertThat(draft.getManifest().subList(draft.getManifest().size() - LEFT_OUT, draft.getManifest().size()))
                .containsExactlyElementsOf(missing);
        assertThat(draft.includedChapters()).isEqualTo(partial.getOutline().size() - LEFT_OUT);
        assertThat(exports.archive(partial.getId())).extracting(ReportExport::getId).contains(draft.getId());
    }

    @Test
    void an_identical_export_is_stored_once_and_the_archive_lists_exports_newest_first_and_downloads_them_again() {
        List<Integer> progress = new ArrayList<>();
        ReportExport first = exports.export(complete.getId(), ExportFormat.HTML, true);
        assertThat(first.getId()).as("the same draft of the same content again").isEqualTo(shared.getId());
        ReportExport second = exports.export(complete.getId(), ExportFormat.HTML, false,
                (fraction, step, arguments) -> progress.add((int) Math.round(fraction * 100)));

        List<ReportExport> archive = exports.archive(complete.getId());
        assertThat(archive).extracting(ReportExport::getId).containsSubsequence(second.getId(), first.getId());
        assertThat(archive).extracting(ReportExport::getId).containsOnlyOnce(first.getId());
        assertThat(archive.getFirst().getId()).isEqualTo(second.getId());
        assertThat(progress).isSorted().startsWith(0).endsWith(100);

        ExportDownload download = exports.download(second.getId());
        ExportDownload again = exports.download(second.getId());
        assertThat(download.fileName()).isEqualTo(second.getFileName());
        assertThat(download.mediaType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(download.data()).hasSize(second.getSizeBytes()).isEqualTo(again.data());
        assertThat(new String(download.data(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html");
        assertThat(new String(exports.download(first.getId()).data(), StandardCharsets.UTF_8)).contains("PROJET");
        assertThat(exports.download(first.getId()).data()).hasSize(first.getSizeBytes());
    }

    @Test
    void the_retention_removes_old_drafts_with_their_files_but_never_a_current_final_export() {
        ReportExport draft = exports.export(partial.getId(), ExportFormat.HTML, true);
        ReportExport current = exports.export(complete.getId(), ExportFormat.HTML, false);
        jdbc.sql("update report_export set created_at = created_at - interval '200 days' where id in (?, ?)")
                .params(draft.getId(), current.getId()).update();

        assertThat(retention.apply()).isPositive();

        assertThat(exports.archive(partial.getId())).extracting(ReportExport::getId).doesNotContain(draft.getId());
        assertThat(jdbc.sql("select count(*) from report_export_file where export_id = ?").param(draft.getId())
                .query(Long.class).single()).isZero();
        assertThat(exports.archive(complete.getId())).extracting(ReportExport::getId).contains(current.getId());
    }

    @Test
    void reopening_a_chapter_flags_obsolete_every_export_that_holds_it_and_only_those() {
        Campaign campaign = reports.complete(REOPENED, 1);
        OutlineEntry last = campaign.getOutline().getLast();
        long lastChapterId = actors.as("admin", () -> chapters.chapterOfOutlineEntry(last.getId()).orElseThrow().getId());
        ReportExport withoutIt = exports.export(campaign.getId(), ExportFormat.HTML, true);
        actors.as("admin", () -> chapters.loadApprovedContent(lastChapterId, reports.fixtureContents().getFirst(), "test"));
        ReportExport finalOne = exports.export(campaign.getId(), ExportFormat.HTML, false);
        ReportExport draftOne = exports.export(campaign.getId(), ExportFormat.HTML, true);

        actors.as(WorkflowFixture.REVIEWER, () -> {
            Chapter chapter = chapters.chapter(lastChapterId);
            workflow.perform(chapter.getId(), chapter.getVersion(), WorkflowVerb.REOPEN, "Les chiffres de 2098 ont été corrigés.");
        });

        ReportExport finalNow = exports.export(finalOne.getId());
        ReportExport draftNow = exports.export(draftOne.getId());
        assertThat(finalNow.isObsolete()).isTrue();
        assertThat(draftNow.isObsolete()).isTrue();
        assertThat(finalNow.getObsoleteReason())
                .startsWith("Annexe " + (campaign.getFirstAnnexNumber() + campaign.getOutline().size() - 1) + " «\u00a0" + last.getTitle())
                .contains("rouvert le ")
                .contains("par Sophie Leroy")
                .endsWith("\u00a0: Les chiffres de 2098 ont été corrigés.");
        assertThat(finalNow.getObsoleteSince()).isNotNull();
        ReportExport untouched = exports.export(withoutIt.getId());
        assertThat(untouched.isObsolete()).isFalse();
        assertThat(untouched.getObsoleteReason()).isNull();
        assertThat(exports.export(shared.getId()).isObsolete()).as("an export of another campaign").isFalse();
    }

    @ParameterizedTest(name = "{0} can neither export nor download")
    @ValueSource(strings = {"relecteur.demo", "contributeur.dasipe"})
    void reviewers_and_contributors_cannot_export_nor_download(String login) {
        actors.as(login, () -> {
            assertThatThrownBy(() -> exports.export(complete.getId(), ExportFormat.HTML, true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.export(complete.getId(), ExportFormat.HTML, false, ExportProgress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.exportYear(COMPLETE, ExportFormat.HTML, true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.download(shared.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.archive(complete.getId())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_may_export_too() {
        // A format no one else exports here: an identical export would be an earlier one, by someone else.
        assertThat(exports.exportYear(COMPLETE, ExportFormat.DOCX, true).getCreatedBy()).isEqualTo("admin");
    }
}
