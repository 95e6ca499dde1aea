package fr.recueil.workflow;

import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contributor's home: each chapter of their directions in the open campaign, how late it is,
 * what to do next, why it was last sent back, and the latest comments on it. Three queries in all.
 */
@Service
@Transactional(readOnly = true)
public class MyWork {

    public static final int COMMENTS_SHOWN = 3;

    /** What the contributor has to do on a chapter now. */
    public enum Next { COMPLETE, SUBMIT, AWAIT_DIRECTOR, AWAIT_REVIEW, IN_REVIEW, REWORK, DONE }

    public record CommentLine(String author, String body, Instant createdAt) {
    }

    public record Item(ChapterSummary chapter, long daysLeft, ChapterBoard.Rag rag, Next next, String lastRequest,
                       List<CommentLine> comments) {
    }

    private final ChapterService chapters;
    private final JdbcClient jdbc;
    private final Clock clock;

    MyWork(ChapterService chapters, JdbcClient jdbc, Clock clock) {
        this.chapters = chapters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Item> mine() {
        List<ChapterSummary> mine = chapters.myChapters();
        if (mine.isEmpty()) {
            return List.of();
        }
        Long[] ids = mine.stream().map(ChapterSummary::id).toArray(Long[]::new);
        Map<Long, String> reasons = new HashMap<>();
        jdbc.sql("""
                        select distinct on (chapter_id) chapter_id, reason from chapter_transition
                        where chapter_id = any(?) and to_state = 'CHANGES_REQUESTED' and reason is not null
                        order by chapter_id, occurred_at desc, id desc""")
                .param(ids)
                .query(rs -> {
                    reasons.put(rs.getLong("chapter_id"), rs.getString("reason"));
                });
        Map<Long, List<CommentLine>> comments = new HashMap<>();
        jdbc.sql("""
                        select chapter_id, author, display_name, body, created_at from (
                          select r.chapter_id, r.author, u.display_name, r.body, r.created_at,
                                 row_number() over (partition by r.chapter_id order by r.created_at desc, r.id desc) as n
                          from review_comment r left join app_user u on u.login = r.author
                          where r.chapter_id = any(?) and r.resolved_at is null
                        ) latest where n <= ? order by chapter_id, created_at desc""")
                .params(ids, COMMENTS_SHOWN)
                .query(rs -> {
                    String name = rs.getString("display_name");
                    comments.computeIfAbsent(rs.getLong("chapter_id"), k -> new ArrayList<>())
                            .add(new CommentLine(name == null ? rs.getString("author") : name, rs.getString("body"),
                                    rs.getTimestamp("created_at").toInstant()));
                });
        LocalDate today = LocalDate.now(clock);
        return mine.stream().map(chapter -> {
            long daysLeft = ChronoUnit.DAYS.between(today, chapter.deadline());
            String reason = chapter.state() == ChapterState.CHANGES_REQUESTED ? reasons.get(chapter.id()) : null;
            return new Item(chapter, daysLeft, ChapterBoard.rag(chapter.state(), daysLeft), next(chapter), reason,
                    comments.getOrDefault(chapter.id(), List.of()));
        }).toList();
    }

    static Next next(ChapterSummary chapter) {
        return switch (chapter.state()) {
            case DRAFT, CHANGES_REQUESTED -> !chapter.missingRequiredBlocks().isEmpty() ? Next.COMPLETE
                    : chapter.state() == ChapterState.CHANGES_REQUESTED ? Next.REWORK : Next.SUBMIT;
            case DIRECTOR_VALIDATION -> Next.AWAIT_DIRECTOR;
            case SUBMITTED -> Next.AWAIT_REVIEW;
            case IN_REVIEW -> Next.IN_REVIEW;
            case APPROVED -> Next.DONE;
        };
    }
}
