package fr.recueil.home;

import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.organisation.UserService;
import fr.recueil.review.Comment;
import fr.recueil.review.CommentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contributor's home: each chapter of their directions in the open campaign, how late it is,
 * what to do next, why it was last sent back, and the latest comments on it, as the chapter and
 * review modules give them.
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
    private final CommentService comments;
    private final UserService users;
    private final Clock clock;

    MyWork(ChapterService chapters, CommentService comments, UserService users, Clock clock) {
        this.chapters = chapters;
        this.comments = comments;
        this.users = users;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Item> mine() {
        List<ChapterSummary> mine = chapters.myChapters();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(ChapterSummary::id).toList();
        Map<Long, String> reasons = chapters.changeRequestReasons(ids);
        Map<Long, List<Comment>> latest = comments.latestOpen(ids, COMMENTS_SHOWN);
        Map<String, String> names = users.displayNames(latest.values().stream().flatMap(List::stream)
                .map(Comment::author).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return mine.stream().map(chapter -> {
            long daysLeft = ChronoUnit.DAYS.between(today, chapter.deadline());
            String reason = chapter.state() == ChapterState.CHANGES_REQUESTED ? reasons.get(chapter.id()) : null;
            List<CommentLine> lines = latest.getOrDefault(chapter.id(), List.of()).stream()
                    .map(c -> new CommentLine(names.getOrDefault(c.author(), c.author()), c.body(), c.createdAt()))
                    .toList();
            return new Item(chapter, daysLeft, ChapterBoard.rag(chapter.state(), daysLeft), next(chapter), reason, lines);
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
