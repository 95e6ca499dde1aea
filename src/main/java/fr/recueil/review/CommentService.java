package fr.recueil.review;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.RichText;
import fr.recueil.organisation.Role;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments on the blocks of a chapter, between DEMO's reviewers and the direction's members:
 * threaded (a reply answers a comment) and marked resolved when dealt with.
 */
@Service
@Transactional
public class CommentService {

    static final int BODY_MAX = 4000;

    private final JdbcClient jdbc;
    private final ChapterService chapters;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(JdbcClient jdbc, ChapterService chapters, CurrentUser currentUser, ApplicationEventPublisher events,
                   Clock clock) {
        this.jdbc = jdbc;
        this.chapters = chapters;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Comment> comments(long chapterId) {
        chapters.chapter(chapterId);
        return jdbc.sql("select * from review_comment where chapter_id = ? order by created_at, id")
                .param(chapterId).query(CommentService::comment).list();
    }

    /** The latest unresolved comments of each of these chapters, at most {@code perChapter}, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<Comment>> latestOpen(Collection<Long> chapterIds, int perChapter) {
        if (chapterIds.isEmpty()) {
            return Map.of();
        }
        chapterIds.forEach(chapters::chapter);
        Map<Long, List<Comment>> latest = new HashMap<>();
        jdbc.sql("""
                        select * from (
                          select r.*, row_number() over (partition by r.chapter_id order by r.created_at desc, r.id desc) as n
                          from review_comment r where r.chapter_id = any(?) and r.resolved_at is null
                        ) latest where n <= ? order by chapter_id, created_at desc, id desc""")
                .params(chapterIds.toArray(Long[]::new), perChapter)
                .query(CommentService::comment).list()
                .forEach(comment -> latest.computeIfAbsent(comment.chapterId(), k -> new ArrayList<>()).add(comment));
        return latest;
    }

    @PreAuthorize("isAuthenticated()")
    public Comment add(long chapterId, String blockId, String body) {
        Chapter chapter = chapters.chapter(chapterId);
        requireMayComment(chapter);
        if (chapter.getContent().block(blockId).isEmpty()) {
            throw new BusinessException("error.comment.noBlock");
        }
        return insert(chapter, blockId, null, body);
    }

    @PreAuthorize("isAuthenticated()")
    public Comment reply(long commentId, String body) {
        Comment parent = find(commentId);
        Chapter chapter = chapters.chapter(parent.chapterId());
        requireMayComment(chapter);
        long threadId = parent.parentId() == null ? parent.id() : parent.parentId();
        return insert(chapter, parent.blockId(), threadId, body);
    }

    @PreAuthorize("isAuthenticated()")
    public void resolve(long commentId, boolean resolved) {
        Comment comment = find(commentId);
        requireMayComment(chapters.chapter(comment.chapterId()));
        jdbc.sql("update review_comment set resolved_at = ?, resolved_by = ? where id = ?")
                .params(resolved ? Timestamp.from(clock.instant()) : null, resolved ? me().getUsername() : null, commentId)
                .update();
    }

    private Comment insert(Chapter chapter, String blockId, Long parentId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new BusinessException("error.comment.empty");
        }
        if (text.length() > BODY_MAX) {
            throw new BusinessException("error.comment.tooLong", BODY_MAX, text.length());
        }
        if (RichText.holdsScript(text)) {
            throw new BusinessException("error.comment.script");
        }
        long id = jdbc.sql("""
                        insert into review_comment (chapter_id, block_id, parent_id, author, body, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(chapter.getId(), blockId, parentId, me().getUsername(), text, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        String blockTitle = chapter.getContent().block(blockId).map(b -> b.title()).orElse("");
        events.publishEvent(new CommentAdded(chapter.getId(), chapter.getDirectionId(), chapter.getTitle(), blockTitle,
                me().getUsername(), me().hasRole(Role.REVIEWER), chapter.getAssignee(), text));
        return find(id);
    }

    private Comment find(long commentId) {
        Comment comment = jdbc.sql("select * from review_comment where id = ?").param(commentId)
                .query(CommentService::comment).optional()
                .orElseThrow(() -> new AccessDeniedException("comment " + commentId));
        chapters.chapter(comment.chapterId());
        return comment;
    }

    /** Reviewers, administrators and the direction's members talk about a chapter; communication reads. */
    private void requireMayComment(Chapter chapter) {
        RecueilUser user = me();
        boolean member = (user.hasRole(Role.CONTRIBUTOR) || user.hasRole(Role.DIRECTOR)) && user.belongsTo(chapter.getDirectionId());
        if (!member && !user.hasRole(Role.REVIEWER) && !user.hasRole(Role.ADMIN)) {
            throw new BusinessException("error.comment.notAllowed");
        }
    }

    private RecueilUser me() {
        return currentUser.require();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Comment(rs.getLong("id"), rs.getLong("chapter_id"), rs.getString("block_id"),
                (Long) rs.getObject("parent_id"), rs.getString("author"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), resolved == null ? null : resolved.toInstant(),
                rs.getString("resolved_by"));
    }
}
