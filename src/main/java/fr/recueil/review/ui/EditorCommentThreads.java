package fr.recueil.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterPageExtension;
import fr.recueil.chapter.ChapterService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserService;
import fr.recueil.review.Comment;
import fr.recueil.review.CommentService;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import fr.recueil.organisation.ui.PeopleNames;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * On the editing page, each block's review comments beside it: the direction reads the reviewers'
 * remarks where they apply, answers them and marks them resolved.
 */
@org.springframework.stereotype.Component
class EditorCommentThreads implements ChapterPageExtension {

    private final CommentService comments;
    private final ChapterService chapters;
    private final UserService users;
    private final CurrentUser currentUser;

    EditorCommentThreads(CommentService comments, ChapterService chapters, UserService users, CurrentUser currentUser) {
        this.comments = comments;
        this.chapters = chapters;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public List<OpenPoint> openPoints(long chapterId) {
        PeopleNames names = new PeopleNames(users);
        return comments.comments(chapterId).stream()
                .filter(c -> c.parentId() == null && !c.isResolved())
                .map(c -> new OpenPoint(c.blockId(), names.of(c.author()), c.body()))
                .toList();
    }

    @Override
    public Function<String, Optional<Component>> besideBlocks(long chapterId) {
        Chapter chapter = chapters.chapter(chapterId);
        List<Comment> all = comments.comments(chapterId);
        RecueilUser user = currentUser.require();
        boolean member = (user.hasRole(Role.CONTRIBUTOR) || user.hasRole(Role.DIRECTOR)) && user.belongsTo(chapter.getDirectionId());
        boolean mayComment = member || user.hasRole(Role.REVIEWER) || user.hasRole(Role.ADMIN);
        PeopleNames names = new PeopleNames(users);
        return blockId -> {
            List<Comment> ofBlock = all.stream().filter(c -> c.blockId().equals(blockId)).toList();
            if (ofBlock.isEmpty() && !mayComment) {
                return Optional.empty();
            }
            long open = ofBlock.stream().filter(c -> c.parentId() == null && !c.isResolved()).count();
            CommentThreads threads = new CommentThreads(comments, names, chapterId, blockId, mayComment, ofBlock, () -> { });
            Details details = new Details(open > 0
                    ? threads.getTranslation("editor.comments.open", open)
                    : threads.getTranslation("editor.comments.title", ofBlock.size()), threads);
            details.setOpened(open > 0);
            details.addClassName("recueil-editor-comments");
            details.getElement().setAttribute("data-block", blockId);
            return Optional.of(details);
        };
    }
}
