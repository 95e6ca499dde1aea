package fr.recueil.assembly;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.Picture;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.base.BusinessException;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.OutlinePart;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ReportChapter;
import fr.recueil.chapter.ImageRules;
import fr.recueil.chapter.StoredImage;
import fr.recueil.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the consolidated report of a campaign as one format-neutral document, from the approved
 * revisions only, in the outline's order: cover, (a draft's list of missing chapters), editorial,
 * table of contents, transversal chapters, then each part with its page and its chapters, numbered
 * as annexes. A final report needs every chapter approved; a draft takes what is.
 */
@Service
@Transactional(readOnly = true)
public class ReportAssembler {

    private final CampaignService campaigns;
    private final ChapterService chapters;
    private final FrontMatterService frontMatters;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportAssembler(CampaignService campaigns, ChapterService chapters, FrontMatterService frontMatters,
                    CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.chapters = chapters;
        this.frontMatters = frontMatters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportReadiness readiness(long campaignId) {
        CampaignOverview overview = campaigns.overview(campaignId);
        Map<Long, ReportChapter> reportChapters = chapters.reportChapters(campaignId);
        int approved = (int) overview.chapters().stream()
                .filter(line -> isApproved(reportChapters.get(line.entryId())))
                .count();
        return new ReportReadiness(approved, overview.chapters().size());
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public AssembledReport assemble(long campaignId, boolean draft) {
        return assemble(campaignId, draft, AssemblyProgress.NONE);
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public AssembledReport assemble(long campaignId, boolean draft, AssemblyProgress progress) {
        CampaignOverview overview = campaigns.overview(campaignId);
        Map<Long, ReportChapter> reportChapters = chapters.reportChapters(campaignId);
        List<ManifestEntry> manifest = manifest(overview, reportChapters);
        long missing = manifest.stream().filter(entry -> !entry.included()).count();
        if (!draft && (missing > 0 || manifest.isEmpty())) {
            throw new BusinessException("error.report.notAllApproved", missing, manifest.size());
        }
        ReportFrontMatter frontMatter = frontMatters.frontMatter(campaignId);
        Instant now = clock.instant();
        int year = overview.campaign().getYear();

        Anchors anchors = new Anchors();
        Map<Long, Optional<Picture>> pictures = new HashMap<>();
        ChapterAssembler chapterAssembler = new ChapterAssembler(anchors,
                imageId -> pictures.computeIfAbsent(imageId, this::picture), year);
        RichTextAssembler richText = new RichTextAssembler(anchors);
        Body body = new Body();

        if (draft && missing > 0) {
            body.add(new Heading(1, HeadingRole.FRONT, null, ReportTexts.MISSING_TITLE, anchors.next("chapitres-manquants"), false));
            body.add(Paragraph.of(ReportTexts.missingIntro((int) missing, manifest.size()), ParagraphStyle.NOTICE));
            body.add(missingTable(manifest));
        }
        if (frontMatter.getEditorialBody() != null) {
            body.newPage();
            String title = FrenchTypography.apply(frontMatter.getEditorialTitle());
            body.add(new Heading(1, HeadingRole.FRONT, null, title, anchors.next(title), true));
            body.addAll(richText.blocks(frontMatter.getEditorialBody(), 1));
        }
        body.newPage();
        body.add(new TableOfContents(ReportTexts.TOC_TITLE));

        int total = (int) manifest.stream().filter(ManifestEntry::included).count();
        int done = 0;
        for (OutlinePart part : overview.parts()) {
            List<ChapterLine> included = part.chapters().stream()
                    .filter(line -> isApproved(reportChapters.get(line.entryId())))
                    .toList();
            if (included.isEmpty()) {
                continue;
            }
            int chapterLevel = part.transversal() ? 1 : 2;
            if (!part.transversal()) {
                body.newPage();
                String title = FrenchTypography.apply(part.title());
                body.add(new Heading(1, HeadingRole.PART, null, title, anchors.next(title), true));
                body.add(partContents(included));
            }
            for (ChapterLine line : included) {
                ReportChapter chapter = reportChapters.get(line.entryId());
                body.newPage();
                String title = FrenchTypography.apply(line.title());
                body.add(new Heading(chapterLevel, HeadingRole.CHAPTER, ReportTexts.annex(line.annexNumber()), title,
                        anchors.next("annexe-" + line.annexNumber()), true));
                body.addAll(chapterAssembler.blocks(chapter.approvedRevision().getContent(), chapterLevel, line.title()));
                progress.chapterAssembled(++done, total);
            }
        }

        Cover cover = new Cover(frontMatter.getCoverTitle(), frontMatter.getCoverSubtitle(), String.valueOf(year),
                frontMatter.getAuthorityName(), logo(frontMatter),
                draft ? ReportTexts.draftNotice(now.atZone(ReportTexts.ZONE)) : null);
        DocumentInfo info = new DocumentInfo(frontMatter.getCoverTitle(), ReportTexts.LANGUAGE, draft,
                draft ? ReportTexts.DRAFT_MARK : null, frontMatter.getAuthorityName(), author(), now);
        return new AssembledReport(campaignId, year, draft, new ReportDocument(info, cover, body.blocks), manifest);
    }

    private static List<ManifestEntry> manifest(CampaignOverview overview, Map<Long, ReportChapter> reportChapters) {
        List<ManifestEntry> manifest = new ArrayList<>();
        for (ChapterLine line : overview.chapters()) {
            ReportChapter chapter = reportChapters.get(line.entryId());
            manifest.add(new ManifestEntry(line.annexNumber(), line.entryId(), chapter == null ? null : chapter.chapterId(),
                    line.title(), line.directionShortName(), chapter == null ? null : chapter.state(),
                    isApproved(chapter) ? chapter.approvedRevision().getNumber() : null));
        }
        return manifest;
    }

    private static boolean isApproved(ReportChapter chapter) {
        return chapter != null && chapter.approved();
    }

    private static Table missingTable(List<ManifestEntry> manifest) {
        List<List<Table.Cell>> rows = manifest.stream()
                .filter(entry -> !entry.included())
                .map(entry -> List.of(Table.Cell.of(ReportTexts.annex(entry.annexNumber())),
                        Table.Cell.of(FrenchTypography.apply(entry.title())), Table.Cell.of(entry.writtenBy()),
                        Table.Cell.of(ReportTexts.state(entry.state()))))
                .toList();
        return new Table(Table.TableKind.LISTING, null,
                List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT),
                List.of(Table.Cell.of("Annexe"), Table.Cell.of("Chapitre"), Table.Cell.of("Direction"), Table.Cell.of("État")),
                rows, null);
    }

    /** A part's page lists its chapters. */
    private static BulletList partContents(List<ChapterLine> included) {
        return new BulletList(false, 1, included.stream()
                .map(line -> new BulletList.ListItem(List.of(Paragraph.of(
                        ReportTexts.annex(line.annexNumber()) + " — " + FrenchTypography.apply(line.title()), ParagraphStyle.LEAD))))
                .toList());
    }

    private Optional<Picture> picture(long imageId) {
        try {
            StoredImage image = chapters.image(imageId);
            if (!ImageRules.withinLimits(image.data())) {
                // Stored before the pixel limits existed: never decoded by an export.
                return Optional.empty();
            }
            return Optional.of(new Picture(image.data(), image.mediaType(), image.width(), image.height()));
        } catch (RuntimeException gone) {
            // An image deleted since the revision was approved: the report goes on without it.
            return Optional.empty();
        }
    }

    private static Picture logo(ReportFrontMatter frontMatter) {
        return frontMatter.hasLogo() && ImageRules.withinLimits(frontMatter.getLogo()) ? new Picture(frontMatter.getLogo(), frontMatter.getLogoMediaType(),
                frontMatter.getLogoWidth(), frontMatter.getLogoHeight()) : null;
    }

    private String author() {
        return currentUser.get().map(user -> user.displayName()).orElse("Recueil");
    }

    /** The body being built; a new page never opens the document nor follows another break. */
    private static final class Body {

        private final List<DocBlock> blocks = new ArrayList<>();

        void add(DocBlock block) {
            blocks.add(block);
        }

        void addAll(List<DocBlock> more) {
            blocks.addAll(more);
        }

        void newPage() {
            if (!blocks.isEmpty() && !(blocks.getLast() instanceof PageBreak)) {
                blocks.add(new PageBreak());
            }
        }
    }
}
