package fr.recueil.review;

import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterRevision;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.security.CurrentUser;
import fr.recueil.chapter.WorkflowService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a reviewer needs to review: what changed since the last revision they saw, and against
 * last year's approved chapter.
 */
@Service
@Transactional
public class ReviewService {

    private final ChapterService chapters;
    private final WorkflowService workflow;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewService(ChapterService chapters, WorkflowService workflow, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.chapters = chapters;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The revision this reviewer saw last, if any. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Integer> lastSeenRevision(long chapterId) {
        chapters.chapter(chapterId);
        return jdbc.sql("select revision from review_seen where chapter_id = ? and reviewer = ?")
                .params(chapterId, me()).query(Integer.class).optional();
    }

    /**
     * The current content against the last revision this reviewer saw (or against nothing, the
     * first time: everything is new to them).
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ContentDiff sinceLastSeen(long chapterId) {
        Chapter chapter = chapters.chapter(chapterId);
        List<ChapterRevision> revisions = workflow.revisions(chapterId);
        ChapterContent seen = lastSeenRevision(chapterId)
                .flatMap(number -> revisions.stream().filter(r -> r.getNumber() == number).findFirst())
                .map(ChapterRevision::getContent)
                .orElse(ChapterContent.empty());
        return ContentDiff.between(seen, chapter.getContent());
    }

    /** The current content against last year's approved chapter of the same direction. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ContentDiff> againstLastYear(long chapterId) {
        Chapter chapter = chapters.chapter(chapterId);
        return chapters.previousYearChapter(chapterId)
                .map(lastYear -> ContentDiff.againstLastYear(lastYear.getContent(), chapter.getContent()));
    }

    /** Remembers that this reviewer has now seen the chapter's latest revision. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public void markSeen(long chapterId) {
        Chapter chapter = chapters.chapter(chapterId);
        if (chapter.getLastRevision() == 0) {
            return;
        }
        jdbc.sql("""
                        insert into review_seen (chapter_id, reviewer, revision, seen_at) values (?, ?, ?, ?)
                        on conflict (chapter_id, reviewer) do update set revision = excluded.revision, seen_at = excluded.seen_at""")
                .params(chapterId, me(), chapter.getLastRevision(), Timestamp.from(clock.instant()))
                .update();
    }

    private String me() {
        return currentUser.require().getUsername();
    }
}
